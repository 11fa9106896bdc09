import type { PairingRule } from './types.ts';
import { CHANGE_WORDS } from './types.ts';

// what may stand between a value and the metric after it: "92.3% top-1 accuracy", "7.7% improvements in F-1",
// "97.20% and 96.41% in terms of F1 score", "25.3% F1", "2.6 absolute points of BLEU"
const GAP =
  /^(?:\s|[-+±.,%×x\d]|\band\s+(?=[-+]?\d)|\b(?:absolute|relative|average|avg|overall|mean|higher|lower|better|worse|improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|points?|in|of|on|on average|the|terms|an?|respectively)\b)*(?:(?!(?:and|or|during|with|for|at|by|from|over|than|to|while|when|using|our|their|its|this|these|those|that)\s)\p{L}[\p{L}-]*\s)?$/iu;
const MAX_GAP = 40;
const GENERIC = new Set(['improvement', 'gain', 'increase', 'reduction']);

/** "92.3% accuracy": the metric right after the value, a specific one before "improvement" */
export const metricAfter: PairingRule = (sentence, value, metrics) => {
  const near = metrics.filter(
    (m) =>
      m.start >= value.end && m.start - value.end <= MAX_GAP && GAP.test(sentence.slice(value.end, m.start)),
  );
  const metric = near.find((m) => !GENERIC.has(m.metric.name)) ?? near[0];
  if (!metric) return undefined;
  const gap = sentence.slice(value.end, metric.start);
  return {
    metric,
    change:
      value.signed ||
      CHANGE_WORDS.test(gap) ||
      GENERIC.has(near[0]!.metric.name) ||
      metric.metric.change === true,
    rule: 'metric-after',
    confidence: gap.trim() === '' ? 0.8 : 0.7,
  };
};
