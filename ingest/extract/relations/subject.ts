import type { ConceptGroup, SentenceScope } from './scope.ts';

const WE_INTRODUCE = /^\s*(?:we|our)\s+(?:\w+\s+)?(?:introduce|propose|present|develop|design)/i;

/**
 * What a cue at `cueStart` relates to `target`: a proposal in the sentence (before the cue first), else, unless
 * `proposedOnly`, the paper's proposal when the sentence introduces it, else the method named last before the
 * cue, else the paper's proposal.
 */
export function subjectFor(
  s: SentenceScope,
  cueStart: number,
  target: ConceptGroup,
  proposedOnly: boolean,
): ConceptGroup | undefined {
  const before = s.inSentence.filter((o) => o.end <= cueStart && o.group !== target);
  const proposed =
    before.find((o) => o.group.proposed)?.group ??
    s.inSentence.find((o) => o.group.proposed && o.group !== target)?.group;
  if (proposed) return proposed;
  // a weak cue ("based on") relates only what its own sentence proposes
  if (proposedOnly) return undefined;
  // "We introduce a design with classification heads instead of X": what the paper introduces replaces X
  if (s.primary && WE_INTRODUCE.test(s.sentence.text)) return s.primary;
  return before[before.length - 1]?.group ?? s.primary;
}

/** a kind noun after a method's name says nothing more: "a Meta Learning Framework" */
export const KIND_NOUN = /\s+(?:framework|approach|method|model|architecture|system)s?$/i;
