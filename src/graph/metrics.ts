// How a metric name typed into a query meets the canonical lowercase names results are stored under. The curated
// metric vocabulary (ingest's) is the authority; this small table only folds the spellings people type.

const ALIASES: Record<string, string> = {
  acc: 'accuracy',
  top1: 'top-1 accuracy',
  'top 1': 'top-1 accuracy',
  'top1 accuracy': 'top-1 accuracy',
  'top 1 accuracy': 'top-1 accuracy',
  top5: 'top-5 accuracy',
  'top 5': 'top-5 accuracy',
  'top5 accuracy': 'top-5 accuracy',
  'top 5 accuracy': 'top-5 accuracy',
  'bleu score': 'bleu',
  'f1 score': 'f1',
  'f score': 'f1',
  'f measure': 'f1',
  'f1 measure': 'f1',
  'mean average precision': 'map',
  error: 'error rate',
  err: 'error rate',
  ppl: 'perplexity',
};

/** the canonical metric name for a name as typed: "Top1 Accuracy", "top-1" → "top-1 accuracy"; "BLEU" → "bleu" */
export function canonicalMetric(name: string): string {
  const folded = name.toLowerCase().replace(/\s+/g, ' ').trim();
  // hyphens and underscores typed as spaces: "f1-score", "top_1"
  const key = folded.replace(/[-_]/g, ' ');
  return ALIASES[key] ?? ALIASES[folded] ?? folded;
}
