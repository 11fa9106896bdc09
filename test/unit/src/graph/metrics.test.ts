import { describe, expect, it } from 'vitest';
import { canonicalMetric } from '../../../../src/graph/metrics.ts';

describe('canonicalMetric', () => {
  it.each([
    ['accuracy', 'accuracy'],
    ['Accuracy', 'accuracy'],
    ['acc', 'accuracy'],
    ['Top-1', 'top-1 accuracy'],
    ['top1 accuracy', 'top-1 accuracy'],
    ['top-1 accuracy', 'top-1 accuracy'],
    ['BLEU score', 'bleu'],
    ['F1-score', 'f1'],
    ['mean  average precision', 'map'],
    ['error rate', 'error rate'],
    [' PPL ', 'perplexity'],
    ['word error rate', 'word error rate'],
  ])('%j → %j', (typed, canonical) => {
    expect(canonicalMetric(typed)).toBe(canonical);
  });
});
