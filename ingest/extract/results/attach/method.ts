import type { AttachRule } from './types.ts';

// a method named after these is compared against or used, not the one the number belongs to
const OBJECT_CUE =
  /\b(?:over|than|to|vs\.?|versus|against|compared|outperform\w*|surpass\w*|beat\w*|with|using|use[sd]?|leverag\w*|replac\w*|from|of|and|baselines?|like|such as|including)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}-]+\s+){0,1}$/iu;
// the paper speaking of its own work
const OWN_WORK =
  /\b(?:we|our|ours|proposed|this (?:method|approach|model|framework|technique|system|work|paper|algorithm))\b/i;
// "from a previous best of 67.71%", "over the baseline's 64.69%": a number that belongs to another method
const OTHERS = /\b(?:from|previous|prior|baselines?'?s?|compared to|whereas|while)\b[^.;]{0,40}$/i;

/**
 * Whose number it is: the method written as the value's clause's subject (the last method before it that is
 * not an object of "over", "than", "using"…), else the paper's proposed method when the sentence speaks of the
 * paper's own work or names no other method; null for a number stated for an earlier, other method.
 */
export const attachMethod: AttachRule = (s, value) => {
  const lead = s.text.slice(0, value.start);
  if (OTHERS.test(lead.slice(-48))) return null;
  const subjects = s.spans.filter(
    (sp) =>
      sp.concept.kind === 'method' && sp.end <= value.start && !OBJECT_CUE.test(s.text.slice(0, sp.start)),
  );
  const proposed = subjects.filter((sp) => sp.concept.proposed);
  if (proposed.length > 0) return proposed[proposed.length - 1]!.concept.name;
  if (subjects.length > 0) return subjects[subjects.length - 1]!.concept.name;
  const own = s.proposedMethods[0];
  if (!own) return null;
  return OWN_WORK.test(s.text) || !s.spans.some((sp) => sp.concept.kind === 'method') ? own.name : null;
};
