import { sentenceEvidence } from './scope.ts';
import type { SentenceRule } from './scope.ts';

/** a title "From Softmax to Sparsemax": the method named right after "to" replaces the one named after "from" */
export const titleFromTo: SentenceRule = {
  name: 'relation-title',
  find(s) {
    const fromTo = s.field === 'title' ? /^(\s*from\s+)(.+?)\s+to\s+/i.exec(s.sentence.text) : null;
    if (!fromTo) return [];
    const toAt = s.sentence.start + fromTo[0].length;
    const old = s.inSentence.find((o) => o.start >= s.sentence.start + fromTo[1]!.length && o.end < toAt);
    const replacement = s.inSentence.find((o) => o.start === toAt);
    if (!old || !replacement || old.group === replacement.group) return [];
    return [
      {
        from: replacement.group,
        type: 'ALTERNATIVE_TO',
        to: old.group,
        evidence: sentenceEvidence(s, s.sentence.start, replacement.end, 0.6, 'relation-title'),
      },
    ];
  },
};
