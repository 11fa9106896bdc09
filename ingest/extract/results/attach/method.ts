import type { AttachRule, ConceptSpan } from './types.ts';

// a method named after these is compared against or used, not the one the number belongs to
const OBJECT_CUE =
  /\b(?:over|than|to|vs\.?|versus|against|compared|outperform\w*|surpass\w*|beat\w*|with|using|use[sd]?|leverag\w*|replac\w*|from|of|and|baselines?|like|such as|including)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}-]+\s+)?$/iu;
// the paper speaking of its own work
const OWN_WORK =
  /\b(?:we|our|ours|proposed|this (?:method|approach|model|framework|technique|system|work|paper|algorithm))\b/i;
// "from a previous best of 67.71%", "from 31.8% to", "the baseline's 64.69%": a number that belongs to another method
// ("outperforms the baseline by 2%" is the paper's own)
const OTHERS =
  /\b(?:from|previous best|prior best|baseline'?s?|compared to)\s+(?:(?!by\s)[\p{L}-]+\s+){0,4}$/iu;
// where the value's clause starts: after the last clause break before it
const CLAUSE_BREAK = /[;,:]\s|\b(?:that|which|where|while|whereas|and)\s/gi;

/**
 * Whose number it is, by the first rule that says: a number for an earlier, other method ("from a previous
 * best of") has none; "NEFTune (64.69%)" is NEFTune's; a proposed method named before it in the sentence; the
 * paper's proposed method where the sentence speaks of the paper's own work; the first method that is the
 * subject of the value's clause; the proposed method when no method is named before the value.
 */
export const attachMethod: AttachRule = (s, { value }) => {
  const lead = s.text.slice(0, value.start);
  if (OTHERS.test(lead)) return null;
  const methods = s.spans.filter((sp) => sp.concept.kind === 'method' && sp.end <= value.start);
  const named = methods.find((sp) => /^\s*\(\s*$/.test(s.text.slice(sp.end, value.start)));
  if (named) return named.concept.name;
  const proposed = methods.filter((sp) => sp.concept.proposed);
  if (proposed.length > 0) return proposed[proposed.length - 1]!.concept.name;
  const own = s.proposedMethods[0]?.name ?? null;
  if (OWN_WORK.test(lead)) return own;
  const clause = Math.max(0, ...[...lead.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length));
  // the value's clause's subject, else the sentence's: "Classifiers that incorporate RoBERTa yield …, with F1
  // scores that are 25 points over"
  const subjects = methods.filter((sp: ConceptSpan) => !OBJECT_CUE.test(s.text.slice(0, sp.start)));
  const subject = subjects.find((sp) => sp.start >= clause) ?? subjects[0];
  if (subject) return subject.concept.name;
  return methods.length === 0 ? own : null;
};
