import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../../ingest/extract/acronyms.ts';
import { splitSentences } from '../../../../ingest/extract/sentences.ts';
import { tokenize } from '../../../../ingest/extract/tokens.ts';

describe('findAcronyms', () => {
  it.each([
    ['We use Direct Feedback Alignment (DFA) here.', 'Direct Feedback Alignment', 'DFA'],
    ['Graph Neural Networks (GNNs) are popular.', 'Graph Neural Networks', 'GNNs'],
    ['the forward-forward algorithm (FF) of Hinton', 'forward-forward algorithm', 'FF'],
    [
      'Relational Graph Convolutional Networks (R-GCNs) are new',
      'Relational Graph Convolutional Networks',
      'R-GCNs',
    ],
  ])('%s', (text, long, short) => {
    const [d] = findAcronyms(text);
    expect(
      d && [d.long, d.short, text.slice(d.longStart, d.longEnd), text.slice(d.shortStart, d.shortEnd)],
    ).toEqual([long, short, long, short]);
  });

  it.each([
    ['results (see Table 2) hold'],
    ['a model (Smith) of'],
    ['in 2020 (N=5)'],
    ['the Transformer (TF) is not an acronym of these words'],
  ])('%s → none', (text) => expect(findAcronyms(text)).toEqual([]));
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations, and keeps offsets', () => {
    const text = 'We use e.g. GCNs, cf. Fig. 2. Results improve by 3.5 points! Next one?  Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'We use e.g. GCNs, cf. Fig. 2.',
      'Results improve by 3.5 points!',
      'Next one?',
      'Yes.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('tokenize', () => {
  it('keeps offsets and the two normal forms', () => {
    const text = "Schrödinger's GNNs, C++ and BERT-large";
    expect(tokenize(text).map((t) => [text.slice(t.start, t.end), t.low, t.key])).toEqual([
      ['Schrödinger', 'schrodinger', 'schrodinger'],
      ['GNNs', 'gnns', 'gnn'],
      ['C++', 'c++', 'c++'],
      ['and', 'and', 'and'],
      ['BERT', 'bert', 'bert'],
      ['large', 'large', 'large'],
    ]);
  });
});
