import { sentenceEvidence } from './scope.ts';
import type { Occurrence, SentenceRule } from './scope.ts';

// "a promising alternative that …", "offering an alternative mechanism of learning": an alternative to nothing named
const DANGLING_ALTERNATIVE =
  /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?alternative(?=\s*[,.;]|\s+(?:that|which|(?:method|approach|algorithm|mechanism|scheme|strategy|framework|paradigm|technique|rule|procedure|solution)\b(?!\s+to\b)))/i;
const OURS = /\b(?:we|our|this (?:paper|work|method|approach|framework|algorithm))\b/i;

/**
 * An alternative to nothing named is one to the first method the abstract names, the practice it sets out from
 * (named before this sentence). What is the alternative: a proposal named before the cue, else the method named
 * just before it ("the forward-forward algorithm, a promising alternative"), else the paper's proposal when the
 * sentence speaks of it. "We propose an alternative approach": a proposal named by the cue says nothing more.
 */
export const danglingAlternative: SentenceRule = {
  name: 'relation-dangling',
  withoutMethods: true,
  find(s) {
    // the word itself first (same flags): the cue pattern is slow to fail on every article
    if (s.field !== 'abstract' || !/alternative/i.test(s.sentence.text)) return [];
    const cue = DANGLING_ALTERNATIVE.exec(s.sentence.text);
    if (!cue) return [];
    const cueAt = s.sentence.start + cue.index;
    const opening = s.methods
      .filter((o) => o.field === 'abstract' && !o.group.proposed)
      .reduce<Occurrence | undefined>((a, o) => (a && a.start <= o.start ? a : o), undefined);
    if (!opening || opening.end > s.sentence.start) return [];
    const before = s.inSentence.filter((o) => o.end <= cueAt && o.group !== opening.group);
    const from =
      before.find((o) => o.group.proposed)?.group ??
      before[before.length - 1]?.group ??
      (OURS.test(s.sentence.text) ? s.primary : undefined);
    if (!from || from === opening.group || /\balternative\b/i.test(from.name)) return [];
    return [
      {
        from,
        type: 'ALTERNATIVE_TO',
        to: opening.group,
        evidence: sentenceEvidence(s, cueAt, cueAt + cue[0].length, 0.5, 'relation-dangling'),
      },
    ];
  },
};
