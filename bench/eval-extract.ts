// Scores the extractor on the annotated papers: 5-fold cross-validation by paper over gold-train + gold-dev
// (each fold's model trained without that fold's papers), beside single-split figures.
//   npx tsx bench/eval-extract.ts [--json] [--threshold 0.5] [--rules-only] [--cv-only] [--seeds 11,1,2] [--jobs N]
// With several training seeds, each seed's figures and their mean; the folds of every seed run on --jobs threads
// (default: one per core).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { createExtractor, toContractJson } from '../ingest/extract/index.ts';
import type { ExtractPaper } from '../ingest/extract/index.ts';
import { loadModel } from '../ingest/extract/model/index.ts';
import { DEFAULT_SETTINGS, trainModel } from '../ingest/extract/model/train.ts';
import type { Annotated, TrainSettings } from '../ingest/extract/model/train.ts';
import { EVAL_DIR, readDev, readTrain } from '../tools/annotated.ts';
import { predictFolds, type FoldPredictions, type FoldTask } from './cv.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'rules-only': { type: 'boolean', default: false },
    // the model's cross-validation alone: for trying a change
    'cv-only': { type: 'boolean', default: false },
    threshold: { type: 'string' },
    'phrase-threshold': { type: 'string' },
    epochs: { type: 'string' },
    rate: { type: 'string' },
    l2: { type: 'string' },
    'head-rate': { type: 'string' },
    widen: { type: 'boolean', default: false },
    'no-title-purpose': { type: 'boolean', default: false },
    'no-list-members': { type: 'boolean', default: false },
    'no-tagger': { type: 'boolean', default: false },
    'tagger-epochs': { type: 'string' },
    'no-learned-relations': { type: 'boolean', default: false },
    'relation-threshold': { type: 'string' },
    'relation-epochs': { type: 'string' },
    'relation-rate': { type: 'string' },
    'no-bounds': { type: 'boolean', default: false },
    'bounds-threshold': { type: 'string' },
    'bounds-epochs': { type: 'string' },
    'bounds-rate': { type: 'string' },
    seed: { type: 'string' },
    // several training seeds (their mean is the figure to decide by); --seed is one of them
    seeds: { type: 'string' },
    folds: { type: 'string', default: '5' },
    jobs: { type: 'string', default: String(availableParallelism()) },
  },
});
const GROUPS = [
  'concepts',
  'methods',
  'methods_proposed',
  'datasets',
  'tasks',
  'relations',
  'code_urls',
  'results',
  'results_with_method',
];
type Counts = Record<string, { tp: number; fp: number; fn: number }>;
const settings = {
  ...DEFAULT_SETTINGS,
  ...(values.threshold ? { threshold: Number(values.threshold) } : {}),
  ...(values['phrase-threshold'] ? { phraseThreshold: Number(values['phrase-threshold']) } : {}),
  ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
  ...(values.rate ? { rate: Number(values.rate) } : {}),
  ...(values.l2 ? { l2: Number(values.l2) } : {}),
  ...(values['head-rate'] ? { minHeadRate: Number(values['head-rate']) } : {}),
  ...(values.widen ? { widen: true } : {}),
  ...(values['no-title-purpose'] ? { titlePurpose: false } : {}),
  ...(values['no-list-members'] ? { listMembers: false } : {}),
  ...(values['no-tagger'] ? { tag: false } : {}),
  ...(values['tagger-epochs'] ? { taggerEpochs: Number(values['tagger-epochs']) } : {}),
  ...(values['no-learned-relations'] ? { learnRelations: false } : {}),
  ...(values['relation-threshold'] ? { relationThreshold: Number(values['relation-threshold']) } : {}),
  ...(values['relation-epochs'] ? { relationEpochs: Number(values['relation-epochs']) } : {}),
  ...(values['relation-rate'] ? { relationRate: Number(values['relation-rate']) } : {}),
  ...(values['no-bounds'] ? { bounds: false } : {}),
  ...(values['bounds-threshold'] ? { boundsThreshold: Number(values['bounds-threshold']) } : {}),
  ...(values['bounds-epochs'] ? { boundsEpochs: Number(values['bounds-epochs']) } : {}),
  ...(values['bounds-rate'] ? { boundsRate: Number(values['bounds-rate']) } : {}),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
};
const SEEDS = values.seeds ? values.seeds.split(',').map(Number) : [settings.seed];
const JOBS = Number(values.jobs);
if (!SEEDS.every(Number.isInteger))
  throw new Error(`--seeds: whole numbers joined by commas, not ${values.seeds}`);
if (!Number.isInteger(JOBS) || JOBS < 1)
  throw new Error(`--jobs: a number of threads, 1 or more, not ${values.jobs}`);
const lexicon = loadLexicon();
const dev = readDev();
const train = readTrain();
const devIds = new Set(dev.map((p) => p.paper.n));
const tmp = mkdtempSync(join(tmpdir(), 'papergraph-eval-'));

/** score.mjs's tp/fp/fn per group for the predictions (`score.mjs` lines by paper number) of `papers` */
function scoreLines(papers: readonly Annotated[], lines: ReadonlyMap<number, string>, name: string): Counts {
  const gold = join(tmp, `${name}-gold.jsonl`);
  const pred = join(tmp, `${name}-pred.jsonl`);
  const texts = join(tmp, `${name}-papers.json`);
  writeFileSync(gold, papers.map((p) => JSON.stringify(p.gold)).join('\n') + '\n');
  writeFileSync(texts, JSON.stringify(papers.map((p) => p.paper)));
  writeFileSync(pred, papers.map((p) => lines.get(p.paper.n)!).join('\n') + '\n');
  const out = execFileSync(
    'node',
    [join(EVAL_DIR, 'score.mjs'), gold, pred, '--abstracts', texts, '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const summary = (JSON.parse(out) as { summary: Counts }).summary;
  return Object.fromEntries(
    GROUPS.map((g) => [g, { tp: summary[g]!.tp, fp: summary[g]!.fp, fn: summary[g]!.fn }]),
  );
}

/** score.mjs's tp/fp/fn per group for `extract` on `papers` */
function score(extract: ExtractPaper, papers: readonly Annotated[], name: string): Counts {
  const lines = papers.map((p): [number, string] => [
    p.paper.n,
    JSON.stringify(toContractJson({ id: `n${p.paper.n}`, title: p.paper.title }, extract(p.paper))),
  ]);
  return scoreLines(papers, new Map(lines), name);
}

const add = (a: Counts, b: Counts): Counts =>
  Object.fromEntries(
    GROUPS.map((g) => [g, { tp: a[g]!.tp + b[g]!.tp, fp: a[g]!.fp + b[g]!.fp, fn: a[g]!.fn + b[g]!.fn }]),
  );
const zero = (): Counts => Object.fromEntries(GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0 }]));

/**
 * one cross-validation's counts from its folds' predictions, each fold scored apart and the counts pooled: on all
 * papers, and on the gold-train and gold-dev papers apart
 */
function pooled(
  predicted: readonly FoldPredictions[],
  name: string,
): { all: Counts; train: Counts; dev: Counts } {
  const byNumber = new Map([...train, ...dev].map((p) => [p.paper.n, p]));
  const total = { all: zero(), train: zero(), dev: zero() };
  predicted.forEach((fold, f) => {
    const lines = new Map(fold.papers.map((p) => [p.n, p.line]));
    const papers = fold.papers.map((p) => byNumber.get(p.n)!);
    const t = scoreLines(
      papers.filter((p) => !devIds.has(p.paper.n)),
      lines,
      `${name}-${f}-train`,
    );
    const d = scoreLines(
      papers.filter((p) => devIds.has(p.paper.n)),
      lines,
      `${name}-${f}-dev`,
    );
    total.train = add(total.train, t);
    total.dev = add(total.dev, d);
    total.all = add(total.all, add(t, d));
  });
  return total;
}

const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

// the cross-validations asked for: the rules', and the model's with each training seed; all their folds at once
const k = Number(values.folds);
const validations: { name: string; settings?: TrainSettings }[] = [
  ...(values['cv-only'] ? [] : [{ name: 'rules' }]),
  ...(values['rules-only']
    ? []
    : SEEDS.map((seed) => ({
        name: SEEDS.length > 1 ? `model (seed ${seed})` : 'model',
        settings: { ...settings, seed },
      }))),
];
const tasks = validations.flatMap(({ settings }) =>
  Array.from({ length: k }, (_, fold): FoldTask => ({ folds: k, fold, ...(settings ? { settings } : {}) })),
);
const predicted = await predictFolds(tasks, JOBS);
const rows: Record<string, Counts> = {};
const PARTS = {
  all: 'all 262 papers',
  train: 'the 190 gold-train papers',
  dev: 'the 72 gold-dev papers',
} as const;
const modelRuns: Record<keyof typeof PARTS, Counts[]> = { all: [], train: [], dev: [] };
validations.forEach(({ name, settings }, i) => {
  const cv = pooled(predicted.slice(i * k, (i + 1) * k), `cv${i}`);
  for (const part of Object.keys(PARTS) as (keyof typeof PARTS)[]) {
    rows[`${name}, 5-fold CV, ${PARTS[part]}`] = cv[part];
    if (settings) modelRuns[part].push(cv[part]);
  }
});
/** each group's precision, recall and F1 averaged over the seeds, with the F1s' range */
const means =
  SEEDS.length > 1
    ? Object.fromEntries(
        (Object.keys(PARTS) as (keyof typeof PARTS)[]).map((part) => [
          `model, 5-fold CV, ${PARTS[part]}, mean of seeds ${SEEDS.join(' / ')}`,
          Object.fromEntries(
            GROUPS.map((g) => {
              const runs = modelRuns[part].map((c) => prf(c[g]!));
              const mean = (key: 'precision' | 'recall' | 'f1') =>
                runs.reduce((sum, r) => sum + r[key], 0) / runs.length;
              const f1s = runs.map((r) => r.f1);
              return [
                g,
                {
                  precision: mean('precision'),
                  recall: mean('recall'),
                  f1: mean('f1'),
                  f1Min: Math.min(...f1s),
                  f1Max: Math.max(...f1s),
                },
              ];
            }),
          ),
        ]),
      )
    : {};
const rules = createExtractor(lexicon);
if (!values['cv-only']) {
  rows['rules, gold-dev'] = score(rules, dev, 'rules-dev');
  rows['rules, gold-train'] = score(rules, train, 'rules-train');
}
if (!values['rules-only'] && !values['cv-only']) {
  rows['model trained on train, gold-dev'] = score(
    createExtractor(lexicon, trainModel(lexicon, train, settings)),
    dev,
    'tt-dev',
  );
  rows['model trained on dev, gold-train'] = score(
    createExtractor(lexicon, trainModel(lexicon, dev, settings)),
    train,
    'td-train',
  );
  const shipped = createExtractor(lexicon, loadModel());
  rows['committed model, gold-dev (seen)'] = score(shipped, dev, 'shipped-dev');
  rows['committed model, gold-train (seen)'] = score(shipped, train, 'shipped-train');
}

if (values.json) {
  console.log(
    JSON.stringify(
      {
        ...Object.fromEntries(
          Object.entries(rows).map(([k, c]) => [
            k,
            Object.fromEntries(GROUPS.map((g) => [g, { ...c[g], ...prf(c[g]!) }])),
          ]),
        ),
        ...means,
      },
      null,
      1,
    ),
  );
} else {
  console.log(`papers: ${train.length} gold-train + ${dev.length} gold-dev; threshold ${settings.threshold}`);
  for (const [name, c] of Object.entries(rows)) {
    console.log(`\n${name}`);
    console.log('group              precision  recall     F1     tp    fp    fn');
    for (const g of GROUPS) {
      const s = prf(c[g]!);
      console.log(
        `${g.padEnd(18)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${String(c[g]!.tp).padStart(6)} ${String(c[g]!.fp).padStart(5)} ${String(c[g]!.fn).padStart(5)}`,
      );
    }
  }
  for (const [name, groups] of Object.entries(means)) {
    console.log(`\n${name}`);
    console.log('group              precision  recall     F1   F1 range');
    for (const g of GROUPS) {
      const m = groups[g]!;
      console.log(
        `${g.padEnd(18)} ${m.precision.toFixed(3).padStart(9)} ${m.recall.toFixed(3).padStart(7)} ${m.f1.toFixed(3).padStart(6)}   ${m.f1Min.toFixed(3)}–${m.f1Max.toFixed(3)}`,
      );
    }
  }
}
