import { describe, expect, it } from 'vitest';
import { findMetricMentions } from '../../../../../src/graph/metric-mentions.ts';
import { metricAfter } from '../../../../../ingest/extract/results/pairing/metric-after.ts';
import { metricBefore } from '../../../../../ingest/extract/results/pairing/metric-before.ts';
import { sharedMetric } from '../../../../../ingest/extract/results/pairing/shared-metric.ts';
import type { Pairing, PairingRule } from '../../../../../ingest/extract/results/pairing/types.ts';
import { findValues } from '../../../../../ingest/extract/results/values.ts';
import type { ValueMention } from '../../../../../ingest/extract/results/values.ts';

/** what `rule` pairs the value written as `value` in `sentence` with: [metric, change] or undefined */
function pair(rule: PairingRule, sentence: string, value: string, earlier: PairingRule = metricAfter) {
  const values = findValues(sentence);
  const metrics = findMetricMentions(sentence);
  const paired: { value: ValueMention; pairing: Pairing }[] = [];
  for (const v of values) {
    if (v.text === value) {
      const p = rule(sentence, v, metrics, paired);
      return p && [p.metric.metric.name, p.change];
    }
    const p = earlier(sentence, v, metrics, paired);
    if (p) paired.push({ value: v, pairing: p });
  }
  throw new Error(`no value ${value} in ${sentence}`);
}

describe('metricAfter', () => {
  it.each([
    ['achieves 92.3% top-1 accuracy', '92.3%', ['top-1 accuracy', false]],
    ['a 28.4 BLEU', '28.4', ['bleu', false]],
    ['obtaining 7.7% improvements in F-1', '7.7%', ['f1', true]],
    ['by 4.21% and 8.64% F1-score', '4.21%', ['f1', false]],
    ['99.33% and 98.28% in terms of accuracy', '99.33%', ['accuracy', false]],
    ['a 40% net win rate', '40%', ['win rate', false]],
    ['a 6.7% improvement over NEFTune', '6.7%', ['improvement', true]],
    ['it is 24 times faster', '24 times', ['speedup', true]],
    ['a 68% reduction in the number of parameters', '68%', ['parameter reduction', true]],
  ])('%s: %s', (sentence, value, expected) => expect(pair(metricAfter, sentence, value)).toEqual(expected));

  it.each([
    ['reduced by 90% and speed-up is 2x', '90%'],
    ['92.3% on ImageNet with accuracy', '92.3%'],
    ['up to 22x during inference time', '22x'],
    ['within about 1% of our error rates', '1%'],
  ])('rejects a metric that belongs to another clause: %s', (sentence, value) =>
    expect(pair(metricAfter, sentence, value)).toBeUndefined(),
  );
});

describe('metricBefore', () => {
  it.each([
    ['an accuracy of 73.6% on WikiTableQuestions', '73.6%', ['accuracy', false]],
    ['a BLEU score of 28.4', '28.4', ['bleu', false]],
    ['perplexity (+13.9%)', '+13.9%', ['perplexity', true]],
    ['improves top-1 classification accuracy on ImageNet by 0.9%', '0.9%', ['top-1 accuracy', true]],
    ['improves accuracy by up to 6%', '6%', ['accuracy', true]],
    ['leading to F1 gain of +0.41%', '+0.41%', ['f1', true]],
    ['speedups of up to 80% on vision problems', '80%', ['speedup', true]],
    ['F1 scores ranging from 0.97 to 1.0', '0.97 to 1.0', ['f1', false]],
    ['the attack success rate is 100%', '100%', ['attack success rate', false]],
  ])('%s: %s', (sentence, value, expected) => expect(pair(metricBefore, sentence, value)).toEqual(expected));

  it.each([
    ['increases this score significantly to 69.04%', '69.04%'],
    ['accuracy, while using 40% of the data', '40%'],
    ['accuracy; in 58% of cases', '58%'],
    ['0% accuracy after the occlusion of at most 6.5% of the input', '6.5%'],
    ['72.3% mIoU on the Cityscapes dataset with a speed of 108', '108'],
  ])('rejects a value the metric is not tied to: %s', (sentence, value) => {
    const p = pair(metricBefore, sentence, value);
    expect(p === undefined || p[0] === 'score').toBe(true);
  });
});

describe('sharedMetric', () => {
  it.each([
    ['obtains 99.33% and 98.28% accuracy', '98.28%', ['accuracy', false]],
    ['up to 7.7% improvements in F-1 in low-data regimes and 1.9% when using all data', '1.9%', ['f1', true]],
  ])('%s: %s', (sentence, value, expected) => {
    const rule: PairingRule = (s, v, m, paired) =>
      metricAfter(s, v, m, paired) ?? sharedMetric(s, v, m, paired);
    expect(pair(rule, sentence, value, rule)).toEqual(expected);
  });

  it.each([
    ['92.3% accuracy; training takes 40% longer', '40%'],
    ['92.3% accuracy and 3x', '3x'],
  ])('rejects a value after a clause break or in another unit: %s', (sentence, value) =>
    expect(pair(sharedMetric, sentence, value)).toBeUndefined(),
  );
});
