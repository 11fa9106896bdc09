import type { Occurrence, PairRule, PairScope } from './scope.ts';
import { occurrenceEvidence } from './scope.ts';

/**
 * A method the lexicon files under another is a variant of it when the text puts them side by side: "GCN and GAT
 * with other GNNs", not one in each half. A proposal the lexicon already knows is placed by its parent wherever
 * they appear.
 */
export const lexiconParent: PairRule = {
  name: 'lexicon-parent',
  find(child, parent, paper) {
    if (!child.parents.includes(parent.name)) return [];
    const together = child.proposed
      ? paper.first.get(child)
      : paper.methods.find(
          (o) =>
            o.group === child &&
            paper.methods.some((p) => p.group === parent && p.field === o.field && sameSentence(paper, o, p)),
        );
    if (!together) return [];
    const evidence = occurrenceEvidence(paper, together, 0.6, 'lexicon-parent');
    return [{ from: child, type: 'VARIANT_OF', to: parent, evidence }];
  },
};

function sentenceOf(paper: PairScope, o: Occurrence) {
  return paper.fields
    .find((f) => f.field === o.field)
    ?.sentences.find((s) => s.start <= o.start && o.end <= s.end);
}

const sameSentence = (paper: PairScope, a: Occurrence, b: Occurrence): boolean =>
  sentenceOf(paper, a) !== undefined && sentenceOf(paper, a) === sentenceOf(paper, b);
