import { aliasKey } from '../../../src/graph/names.ts';
import { titledProposal } from './subtitle.ts';
import { sentenceEvidence } from './scope.ts';
import type { SentenceRule } from './scope.ts';

// a way of learning, which a method can be one instance of: "Semi-Supervised Learning", "Meta-Learning"
const A_WAY_OF_LEARNING = /\blearning$/i;

/**
 * A title "Momentum Auxiliary Network for Supervised Local Learning": the proposal the title opens with is a
 * variant of the way of learning it serves, named right after "for". Not in a title with a subtitle (see
 * subtitle). The proposal may be named in the title without having been matched there.
 */
export const titleFor: SentenceRule = {
  name: 'relation-title-for',
  find(s) {
    if (s.field !== 'title' || titledProposal(s)) return [];
    const forAt = s.sentence.text.search(/\s+for\s+(?=\S)/i);
    if (forAt <= 0) return [];
    const paradigmAt = s.sentence.start + forAt + /\s+for\s+/i.exec(s.sentence.text.slice(forAt))![0].length;
    const lead = aliasKey(s.sentence.text.slice(0, forAt));
    const proposal = s.groups.find((g) => g.proposed && g.kind === 'method' && g.keys.has(lead));
    const paradigm = s.inSentence.find(
      (o) => o.start === paradigmAt && !o.group.proposed && A_WAY_OF_LEARNING.test(o.group.name),
    );
    if (!proposal || !paradigm) return [];
    return [
      {
        from: proposal,
        type: 'VARIANT_OF',
        to: paradigm.group,
        evidence: sentenceEvidence(s, s.sentence.start, paradigm.end, 0.5, 'relation-title-for'),
      },
    ];
  },
};
