import type { PairingRule } from './types.ts';

// what may stand between a metric and its value after it: "accuracy of 73.6%", "BLEU score of 28.4",
// "perplexity (+13.9%)", "improves top-1 accuracy on ImageNet by 0.9%", "F1 scores for A and B at 75.0"
const HEDGE = String.raw`(?:up to|about|around|approximately|nearly|almost|over|above|below|more than|less than|at least|at most|only|roughly|as much as|as high as|an average of|on average|average|a|an|the)`;
const LINK = String.raw`(?:scores?|rates?|values?|results?|performance|metrics?|gains?|improvements?)?\s*(?:of|at|is|was|are|were|reaches|reached|achieves?|achieving|to|=|:|\(|by|reaching|ranging from|range from|between)`;
// a word may stand before any link ("the accuracy is", "F1 gain of"); a few before a verb's link
// ("improves top-1 accuracy on ImageNet by", "F1 scores for A and B at"), but "of" ties only a near metric
// ("accuracy after the occlusion of at most 6.5%" is no accuracy of 6.5%)
const NEAR = new RegExp(String.raw`^\s*(?:[^,;()\d%\s]+\s+)?${LINK}\s*(?:${HEDGE}\s+)*\(?$`, 'i');
const FAR = new RegExp(
  String.raw`^\s*(?:[^,;()\d%]{0,48}?\s)?(?:by|at|is|was|are|were|reaches|reached|achieves?|achieving|reaching|to|ranging from|range from|between)\s+(?:${HEDGE}\s+)*$`,
  'i',
);
const SHORT = new RegExp(String.raw`^\s*(?:\(|:|=)?\s*(?:${HEDGE}\s+)*$`, 'i');

/** "accuracy of 73.6%", "improves accuracy by 2%": the metric before the value, tied to it by a linking word */
export const metricBefore: PairingRule = (sentence, value, metrics) => {
  const last = [...metrics].reverse().find((m) => m.end <= value.start);
  if (!last) return undefined;
  // "F1 gain of +0.41%": a gain named after its score is a change in that score
  const scored = metrics.find((m) => !m.metric.change && m.end <= last.start && last.start - m.end <= 1);
  const metric = last.metric.change && scored ? scored : last;
  const gap = sentence.slice(metric.end, value.start);
  if (!SHORT.test(gap) && !NEAR.test(gap) && !FAR.test(gap)) return undefined;
  // "increases this score to 69.04%": a change's verb before a level
  if (metric.metric.change && /(?<!\bup\s)\bto\s*$/i.test(gap)) return undefined;
  // "from 71.2 to 75.6" and "increases this score to 69.04%" state levels, "by 2%" a difference
  const change =
    value.signed ||
    metric !== last ||
    (/\bby\b/i.test(gap) && !/(?<!\bup\s)\bto\s*$/.test(gap)) ||
    (metric.metric.change ?? false);
  return {
    metric,
    change,
    rule: 'metric-before',
    confidence: SHORT.test(gap) ? 0.75 : 0.65,
  };
};
