import { describe, expect, it } from 'vitest';
import { lexiconAlternative } from '../../../../../ingest/extract/relations/lexicon-alternative.ts';
import { lexiconParent } from '../../../../../ingest/extract/relations/lexicon-parent.ts';
import { nameHead } from '../../../../../ingest/extract/relations/name-head.ts';
import { relate } from './paper.ts';

describe('pair rule: lexicon alternative', () => {
  it('relates two methods the lexicon knows as alternatives once the paper names both', () =>
    expect(
      relate({ pair: lexiconAlternative }, '', 'We study DFA. It differs from Backpropagation.', [
        { name: 'DFA', alternativeTo: ['Backpropagation'] },
        { name: 'Backpropagation' },
      ]),
    ).toEqual(['DFA ALTERNATIVE_TO Backpropagation']));

  it('rejects when the paper names only one of them', () =>
    expect(
      relate({ pair: lexiconAlternative }, '', 'We study DFA.', [
        { name: 'DFA', alternativeTo: ['Backpropagation'] },
        { name: 'Backpropagation' },
      ]),
    ).toEqual([]));
});

describe('pair rule: lexicon parent', () => {
  const GCN = { name: 'GCN', parents: ['GNN'] };
  it('relates a method to its lexicon parent named in the same sentence', () =>
    expect(
      relate({ pair: lexiconParent }, '', 'We compare GCN with other GNN models.', [GCN, { name: 'GNN' }]),
    ).toEqual(['GCN VARIANT_OF GNN']));

  it('rejects them in different sentences, unless the child is the proposal', () => {
    const apart = 'We compare GCN to MLP. Each GNN is slow.';
    expect(relate({ pair: lexiconParent }, '', apart, [GCN, { name: 'GNN' }])).toEqual([]);
    expect(relate({ pair: lexiconParent }, '', apart, [{ ...GCN, proposed: true }, { name: 'GNN' }])).toEqual(
      ['GCN VARIANT_OF GNN'],
    );
  });
});

describe('pair rule: name head', () => {
  it('a proposed name built on a known one varies it: "EvolveGCN"', () =>
    expect(
      relate({ pair: nameHead }, '', 'We propose EvolveGCN, which adapts GCN over time.', [
        { name: 'EvolveGCN', proposed: true },
        { name: 'GCN' },
      ]),
    ).toEqual(['EvolveGCN VARIANT_OF GCN']));

  it('rejects a head of fewer than three letters, and a name that is not proposed', () => {
    expect(
      relate({ pair: nameHead }, '', 'We propose GenAI, unlike AI.', [
        { name: 'GenAI', proposed: true },
        { name: 'AI' },
      ]),
    ).toEqual([]);
    expect(
      relate({ pair: nameHead }, '', 'We use EvolveGCN and GCN.', [{ name: 'EvolveGCN' }, { name: 'GCN' }]),
    ).toEqual([]);
  });
});
