import { occurrenceEvidence } from './scope.ts';
import type { PairRule } from './scope.ts';

/** "Direct Feedback Alignment … close to backpropagation": what the field knows, once the paper names both */
export const lexiconAlternative: PairRule = {
  name: 'lexicon-alternative',
  find(child, parent, paper) {
    if (!child.alternativeTo.includes(parent.name)) return [];
    const evidence = occurrenceEvidence(paper, paper.first.get(child)!, 0.55, 'lexicon-alternative');
    return [{ from: child, type: 'ALTERNATIVE_TO', to: parent, evidence }];
  },
};
