import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../../ingest/extract/index.ts';
import { findResults } from '../../../../../ingest/extract/results/index.ts';
import type { KeptConcept } from '../../../../../ingest/extract/results/index.ts';
import { splitSentences } from '../../../../../ingest/extract/sentences.ts';

const concept = (
  kind: KeptConcept['mention']['kind'],
  name: string,
  role: 'proposed' | 'used' = 'used',
): KeptConcept => ({ mention: { kind, name, role, aliases: [name] }, occurrences: [] });

const find = (abstract: string, kept: KeptConcept[]) =>
  findResults(
    [
      { field: 'title', text: '', sentences: [] },
      { field: 'abstract', text: abstract, sentences: splitSentences(abstract) },
    ],
    kept,
  ).map((r) => [r.metric, r.valueText, r.value, r.unit, r.dataset, r.method]);

describe('findResults', () => {
  const kept = [
    concept('method', 'FooNet', 'proposed'),
    concept('dataset', 'CIFAR-10'),
    concept('dataset', 'WMT14'),
  ];

  it('pairs each value with its metric, dataset and method', () => {
    expect(
      find(
        'We propose FooNet. FooNet achieves 96.1% top-1 accuracy on CIFAR-10 and a BLEU score of 28.4 on WMT14. It is 3x faster than prior work.',
        kept,
      ),
    ).toEqual([
      ['top-1 accuracy', '96.1%', 96.1, 'percent', 'CIFAR-10', 'FooNet'],
      ['bleu', '28.4', 28.4, 'number', 'WMT14', 'FooNet'],
      ['speedup', '3x', 3, 'times', null, 'FooNet'],
    ]);
  });

  it('gives a difference in a score in points, and a relative one as relative', () => {
    expect(
      find('Our method improves accuracy by 2.1% and reduces the error rate by 12% relative.', kept),
    ).toEqual([
      ['accuracy', '2.1%', 2.1, 'points', null, 'FooNet'],
      ['error rate', '12% relative', 12, 'relative', null, 'FooNet'],
    ]);
  });

  it('keeps the evidence: the sentence and the offsets of the value in the abstract', () => {
    const abstract = 'We study FooNet. It reaches 80.5% accuracy.';
    const [r] = findResults(
      [{ field: 'abstract', text: abstract, sentences: splitSentences(abstract) }],
      kept,
    );
    expect(r?.evidence).toMatchObject({ sentence: 'It reaches 80.5% accuracy.', field: 'abstract' });
    expect(abstract.slice(r!.evidence.start, r!.evidence.end)).toBe('80.5%');
    expect(r?.higherIsBetter).toBe(true);
  });

  it.each([
    ['We train on 50,000 images from CIFAR-10 in 2019 with 12 layers.'],
    ['ResNet-50 and GPT-3 are evaluated in Section 4.'],
    ['We achieve state-of-the-art accuracy on CIFAR-10.'],
    ['The model uses 40% of the data.'],
  ])('states no result: %s', (abstract) => expect(find(abstract, kept)).toEqual([]));
});

describe('extractPaper', () => {
  it('reports results with the concepts it keeps, and lower-is-better metrics as such', () => {
    const { results } = extractPaper({
      title: 'A study of recurrent language models',
      abstract:
        'We evaluate LSTM language models on the Penn Treebank. Our model reaches a perplexity of 58.3 on the Penn Treebank.',
    });
    expect(results.map((r) => [r.metric, r.valueText, r.higherIsBetter])).toEqual([
      ['perplexity', '58.3', false],
    ]);
    expect(results[0]?.dataset).toBe('Penn Treebank');
  });
});
