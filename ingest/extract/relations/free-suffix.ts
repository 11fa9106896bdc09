import { subjectFor } from './subject.ts';
import { sentenceEvidence } from './scope.ts';
import type { FoundRelation, SentenceRule } from './scope.ts';

/**
 * "backpropagation-free", "BP-free": a method written with "-free" is what the sentence's subject (see
 * subjectFor), or else the next method it names, is an alternative to.
 */
export const freeSuffix: SentenceRule = {
  name: 'relation-free',
  find(s) {
    const found: FoundRelation[] = [];
    for (const o of s.inSentence) {
      if (!/^[-‐]free\b/i.test(s.text.slice(o.end, o.end + 6))) continue;
      const from =
        subjectFor(s, o.start, o.group, false) ??
        s.inSentence.find((x) => x.start > o.end && x.group !== o.group)?.group;
      if (from)
        found.push({
          from,
          type: 'ALTERNATIVE_TO',
          to: o.group,
          evidence: sentenceEvidence(s, o.start, o.end + 5, 0.75, 'relation-free'),
        });
    }
    return found;
  },
};
