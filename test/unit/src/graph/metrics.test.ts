import { describe, expect, it } from 'vitest';
import { METRICS, canonicalMetric, metricByName } from '../../../../src/graph/metrics.ts';

describe('METRICS', () => {
  it('names each metric once, in lower case', () => {
    const names = METRICS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toBe(name.toLowerCase());
  });

  it('gives every metric a surface form and a unit', () => {
    for (const m of METRICS) {
      expect(m.aliases.length).toBeGreaterThan(0);
      expect(m.units.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['accuracy', true],
    ['top-1 accuracy', true],
    ['bleu', true],
    ['f1', true],
    ['map', true],
    ['error rate', false],
    ['word error rate', false],
    ['perplexity', false],
    ['fid', false],
    ['speedup', true],
  ])('%s: higher is better = %s', (name, higher) => expect(metricByName(name)?.higherIsBetter).toBe(higher));

  it('knows no metric by an unknown name', () => expect(metricByName('vibes')).toBeUndefined());
});

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
    ['speed-up', 'speedup'],
    ['Vibes Index', 'vibes index'],
  ])('%j → %j', (typed, canonical) => {
    expect(canonicalMetric(typed)).toBe(canonical);
  });
});
