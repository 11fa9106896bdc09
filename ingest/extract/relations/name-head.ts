import { aliasKey } from '../../../src/graph/names.ts';
import { occurrenceEvidence } from './scope.ts';
import type { PairRule } from './scope.ts';

// a name shorter than this is no head of another ("GCN" is, "AI" is not)
const MIN_HEAD = 3;

/**
 * A proposed name built on a known one: "EvolveGCN", "Stack LSTM", "Stochastic Backpropagation" are variants of
 * the method their name ends with. Not where the lexicon already places the proposal (see lexiconParent).
 */
export const nameHead: PairRule = {
  name: 'name-head',
  find(child, parent, paper) {
    if (child.parents.includes(parent.name) || !child.proposed || parent.proposed) return [];
    const childKey = aliasKey(child.name);
    if (
      ![...parent.keys].some(
        (k) => k.length >= MIN_HEAD && childKey.length > k.length && childKey.endsWith(k),
      )
    )
      return [];
    const evidence = occurrenceEvidence(paper, paper.first.get(child)!, 0.55, 'name-head');
    return [{ from: child, type: 'VARIANT_OF', to: parent, evidence }];
  },
};
