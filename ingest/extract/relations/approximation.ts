import { aliasKey } from '../../../src/graph/names.ts';
import { sentenceEvidence } from './scope.ts';
import type { FoundRelation, SentenceRule } from './scope.ts';

const APPROXIMATES = /\bapproximat(?:es|ing)\s+(?:the\s+)?/gi;

/**
 * "PFA closely approximates BP": an approximation stands in for what it approximates, when the approximated
 * method is named right after the verb ("we approximate the posterior with VI" approximates no method).
 */
export const approximation: SentenceRule = {
  name: 'relation-approximation',
  find(s) {
    const found: FoundRelation[] = [];
    for (const m of s.sentence.text.matchAll(APPROXIMATES)) {
      const cueAt = s.sentence.start + m.index;
      const target = s.inSentence.find((o) => o.start === cueAt + m[0].length && !o.group.proposed);
      const before = s.inSentence.filter((o) => o.end <= cueAt && o.group !== target?.group);
      // a proposal's later mentions are not matched as occurrences: its name before the verb is enough
      const lead = aliasKey(s.sentence.text.slice(0, cueAt - s.sentence.start));
      const primary = s.primary;
      const from =
        before.find((o) => o.group.proposed)?.group ??
        before[before.length - 1]?.group ??
        (primary && [...primary.keys].some((key) => key.length >= 3 && lead.includes(key))
          ? primary
          : undefined);
      if (target && from)
        found.push({
          from,
          type: 'ALTERNATIVE_TO',
          to: target.group,
          evidence: sentenceEvidence(s, cueAt, target.end, 0.6, 'relation-approximation'),
        });
    }
    return found;
  },
};
