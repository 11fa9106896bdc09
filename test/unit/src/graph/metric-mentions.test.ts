import { describe, expect, it } from 'vitest';
import { findMetricMentions } from '../../../../src/graph/metric-mentions.ts';

const read = (sentence: string) =>
  findMetricMentions(sentence).map((m) => [sentence.slice(m.start, m.end), m.metric.name]);

describe('findMetricMentions', () => {
  it.each([
    ['55.1% top-1 accuracy', [['top-1 accuracy', 'top-1 accuracy']]],
    ['the top-5 error rate', [['top-5 error rate', 'top-5 error']]],
    ['a BLEU score of 28.4', [['BLEU score', 'bleu']]],
    [
      'F1-score, F1 scores and F-measure',
      [
        ['F1-score', 'f1'],
        ['F1 scores', 'f1'],
        ['F-measure', 'f1'],
      ],
    ],
    [
      'macro-F1 and micro F1',
      [
        ['macro-F1', 'macro-f1'],
        ['micro F1', 'micro-f1'],
      ],
    ],
    [
      'ROUGE-L and ROUGE-2',
      [
        ['ROUGE-L', 'rouge-l'],
        ['ROUGE-2', 'rouge-2'],
      ],
    ],
    [
      'mAP, AP50 and mIoU',
      [
        ['mAP', 'map'],
        ['AP50', 'ap50'],
        ['mIoU', 'miou'],
      ],
    ],
    [
      'word error rate (WER)',
      [
        ['word error rate', 'word error rate'],
        ['WER', 'word error rate'],
      ],
    ],
    ['an EM of 80', [['EM', 'exact match']]],
    [
      'pass@1 and NDCG@10',
      [
        ['pass@1', 'pass@1'],
        ['NDCG@10', 'ndcg'],
      ],
    ],
    [
      '3x speed-up, 2x faster',
      [
        ['speed-up', 'speedup'],
        ['faster', 'speedup'],
      ],
    ],
    ['10x fewer parameters', [['fewer parameters', 'parameter reduction']]],
    ['a relative error reduction', [['relative error reduction', 'relative error reduction']]],
    [
      'lower perplexity and FID',
      [
        ['lower', 'reduction'],
        ['perplexity', 'perplexity'],
        ['FID', 'fid'],
      ],
    ],
  ])('%s', (sentence, expected) => expect(read(sentence)).toEqual(expected));

  it.each([['we map the inputs'], ['an ap of'], ['the em dash'], ['errorless and accurate']])(
    'a form with a capital letter matches only in that case, and only whole words: %s',
    (sentence) => expect(read(sentence)).toEqual([]),
  );
});
