import type { PairingRule } from './types.ts';

// between two values that share a metric: "99.33% and 98.28%", "0.9% for Mobile NASNet-A and 0.6%",
// "4.21%, 8.64%"; no clause break, no other number
const GAP =
  /^\s*(?:(?:for|on|in|with|at|and|or|vs\.?|versus)\b[^,;:()\d%]{0,40}?)?(?:,\s*(?:and|or|while)?|\s(?:and|or|while|\/))\s*(?:(?:up to|about|around|nearly|over)\s+)?$/i;

/** "X and Y": a value right after an earlier one joined by "and" takes its metric */
export const sharedMetric: PairingRule = (sentence, value, _metrics, paired) => {
  const prev = paired[paired.length - 1];
  if (!prev || prev.value.unit !== value.unit) return undefined;
  // "7.7% improvements in F-1 in low-data regimes and 1.9%": the gap starts after the earlier value's metric
  const from = Math.max(prev.value.end, prev.pairing.metric.end);
  if (from > value.start || !GAP.test(sentence.slice(from, value.start))) return undefined;
  return { ...prev.pairing, rule: 'shared-metric', confidence: prev.pairing.confidence - 0.1 };
};
