import type { ProposalRule } from './scope.ts';

/** "we propose to fill this gap by …": a proposal without a phrase, marked so that the title may name it */
export const bareVerb: ProposalRule = {
  name: 'propose-verb',
  find({ after }, found) {
    if (found.length > 0 || after.length === 0) return;
    found.push({
      kind: 'method',
      role: 'proposed',
      name: after[0]!.text,
      aliases: [],
      start: after[0]!.start,
      end: after[0]!.end,
      extractor: 'propose-verb',
      confidence: 0.2,
    });
  },
};
