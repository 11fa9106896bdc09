// The metric vocabulary: the measures papers report results in, by one canonical lowercase name, with the
// surface forms abstracts write them in, which way is better and which units their values come in. Extraction
// names a result's metric by it; the leaderboard ranks by its direction. It imports nothing, so both sides can.

/** how a value is expressed: "92.3%", "+2.1 points", "3x", "12% relative", "28.4" */
export type MetricUnit = 'percent' | 'points' | 'times' | 'relative' | 'number';

export interface MetricDefinition {
  /** canonical lowercase name: "top-1 accuracy", "bleu", "error rate" */
  name: string;
  /**
   * surface forms, matched as whole words with any hyphen or space between parts; a form with a capital letter
   * matches only in that case ("EM", "mAP"), others in any case
   */
  aliases: readonly string[];
  higherIsBetter: boolean;
  /** the units its values are written in */
  units: readonly MetricUnit[];
  /** a change rather than a level: "speedup", "improvement", "parameter reduction" */
  change?: boolean;
}

const SCORE: readonly MetricUnit[] = ['percent', 'points', 'relative', 'number'];
const CHANGE: readonly MetricUnit[] = ['percent', 'relative', 'times', 'number'];

const score = (name: string, aliases: string[], higherIsBetter = true): MetricDefinition => ({
  name,
  aliases,
  higherIsBetter,
  units: SCORE,
});
const change = (name: string, aliases: string[], higherIsBetter = true): MetricDefinition => ({
  name,
  aliases,
  higherIsBetter,
  units: CHANGE,
  change: true,
});

/** every metric, the more specific before the more general (a longer form wins where two match) */
export const METRICS: readonly MetricDefinition[] = [
  score('top-1 accuracy', ['top-1 accuracy', 'top-1 acc', 'top-1 classification accuracy', 'top1 accuracy']),
  score('top-5 accuracy', ['top-5 accuracy', 'top-5 acc', 'top-5 classification accuracy', 'top5 accuracy']),
  score('top-1 error', ['top-1 error', 'top-1 error rate', 'top-1 classification error'], false),
  score('top-5 error', ['top-5 error', 'top-5 error rate', 'top-5 classification error'], false),
  score('word error rate', ['word error rate', 'WER', 'WERs'], false),
  score('character error rate', ['character error rate', 'CER'], false),
  score('error rate', ['error rate', 'error rates', 'classification error', 'test error', 'error'], false),
  score('balanced accuracy', ['balanced accuracy']),
  score('exact match', ['exact match', 'exact-match accuracy', 'EM']),
  score('accuracy', ['accuracy', 'accuracies', 'acc', 'classification accuracy', 'test accuracy']),
  score('macro-f1', ['macro-f1', 'macro f1', 'macro-averaged f1', 'macro f1-score', 'macro-f1 score']),
  score('micro-f1', ['micro-f1', 'micro f1', 'micro-averaged f1', 'micro f1-score', 'micro-f1 score']),
  score('f1', ['f1', 'f1-score', 'f1 score', 'f1 scores', 'f-1', 'f-score', 'f-measure', 'f1-measure']),
  score('precision', ['precision']),
  score('recall', ['recall']),
  score('bleu', ['BLEU', 'bleu score', 'sacreBLEU', 'BLEU-4']),
  score('rouge-1', ['ROUGE-1', 'rouge-1']),
  score('rouge-2', ['ROUGE-2', 'rouge-2']),
  score('rouge-l', ['ROUGE-L', 'rouge-l']),
  score('rouge', ['ROUGE', 'rouge score']),
  score('meteor', ['METEOR']),
  score('cider', ['CIDEr', 'CIDER']),
  score('ap50', ['AP50', 'AP_50', 'AP@50', 'AP@0.5']),
  score('map', ['mAP', 'MAP', 'mean average precision']),
  score('ap', ['AP', 'average precision']),
  score('miou', ['mIoU', 'mean IoU', 'mean intersection over union']),
  score('iou', ['IoU', 'intersection over union']),
  score('roc-auc', ['ROC-AUC', 'AUROC', 'AUC-ROC', 'area under the ROC curve']),
  score('auc', ['AUC', 'area under the curve']),
  score('perplexity', ['perplexity', 'perplexities', 'PPL'], false),
  score('fid', ['FID', 'Fréchet Inception Distance', 'Frechet Inception Distance'], false),
  score('inception score', ['inception score']),
  score('psnr', ['PSNR', 'peak signal-to-noise ratio']),
  score('ssim', ['SSIM']),
  score('pass@1', ['pass@1']),
  score('pass@k', ['pass@k', 'pass@10', 'pass@100']),
  score('attack success rate', ['attack success rate', 'ASR']),
  score('success rate', ['success rate', 'success rates']),
  score('win rate', ['win rate', 'win-rate', 'net win rate', 'winning rate']),
  score('ndcg', ['NDCG', 'nDCG', 'NDCG@10', 'nDCG@10']),
  score('mrr', ['MRR', 'mean reciprocal rank']),
  score('hits@k', ['hits@1', 'hits@3', 'hits@10', 'hit@1', 'hit@10', 'hits@k']),
  score('recall@k', ['recall@1', 'recall@5', 'recall@10', 'R@1', 'R@5', 'R@10']),
  score('correlation', ['correlation', 'Pearson correlation', 'Spearman correlation']),
  score('reward', ['reward', 'return', 'episodic return', 'average return']),
  score('usability score', ['usability score', 'system usability score', 'SUS']),
  // the least specific: "a 29.79% score on AlpacaEval"
  score('score', ['score', 'scores']),
  change('relative error reduction', ['relative error reduction', 'relative reduction in error']),
  change('error reduction', ['error reduction', 'error rate reduction', 'reduction in error']),
  change('relative improvement', [
    'relative improvement',
    'relative improvements',
    'relative gain',
    'relative lift',
  ]),
  change('speedup', ['speedup', 'speed-up', 'speedups', 'speed up', 'speeds up', 'faster', 'acceleration']),
  change('parameter reduction', [
    'fewer parameters',
    'less parameters',
    'parameter reduction',
    'number of parameters',
    'parameter count',
  ]),
  change('compute reduction', [
    'less compute',
    'less computation',
    'fewer FLOPs',
    'compute reduction',
    'computational cost',
    'computation cost',
  ]),
  change('memory reduction', ['less memory', 'memory reduction', 'memory savings', 'memory footprint']),
  change('token reduction', ['fewer tokens', 'token reduction', 'number of tokens']),
  change('training time reduction', ['less training time', 'training time reduction', 'training time']),
  change('latency reduction', ['lower latency', 'latency reduction', 'latency', 'inference time']),
  change('model size reduction', [
    'smaller model',
    'model size reduction',
    'smaller models',
    'model size',
    'network size',
  ]),
  change('overhead reduction', ['overhead', 'overhead reduction']),
  change('throughput improvement', ['throughput']),
  change('improvement', ['improvement', 'improvements', 'boost', 'lift', 'margin', 'better', 'higher']),
  // the text's own word for a gain is kept: "a 6.7% gain", "a 137% increase"
  change('gain', ['gain', 'gains']),
  change('increase', ['increase', 'increases']),
  change('reduction', ['reduction', 'decrease', 'lower'], true),
];

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/** the metric named `name` (canonical lowercase), or undefined */
export function metricByName(name: string): MetricDefinition | undefined {
  return BY_NAME.get(name);
}

// shorthands people type into a query that abstracts do not write
const TYPED_SHORTHANDS: Record<string, string> = {
  top1: 'top-1 accuracy',
  'top 1': 'top-1 accuracy',
  top5: 'top-5 accuracy',
  'top 5': 'top-5 accuracy',
  err: 'error rate',
};

/** a name as typed or written, compared without case, hyphens, underscores or extra spaces */
const foldMetric = (name: string) =>
  name
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();

const BY_FORM = new Map<string, string>(Object.entries(TYPED_SHORTHANDS));
for (const metric of METRICS)
  for (const form of [metric.name, ...metric.aliases])
    if (!BY_FORM.has(foldMetric(form))) BY_FORM.set(foldMetric(form), metric.name);

/**
 * the canonical metric name for a name as typed: "Top1 Accuracy", "top-1" → "top-1 accuracy"; "BLEU score" →
 * "bleu"; a name the vocabulary does not know stays itself, lowercased, since results may be stored under it
 */
export function canonicalMetric(name: string): string {
  const folded = foldMetric(name);
  return BY_FORM.get(folded) ?? name.toLowerCase().replace(/\s+/g, ' ').trim();
}
