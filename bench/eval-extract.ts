// Scores the extractor on the annotated papers: 5-fold cross-validation by paper over gold-train + gold-dev
// (each fold's model trained without that fold's papers), beside single-split figures.
//   npx tsx bench/eval-extract.ts [--json] [--threshold 0.5] [--rules-only]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { createExtractor, toContractJson } from '../ingest/extract/index.ts';
import type { ExtractPaper } from '../ingest/extract/index.ts';
import { loadModel } from '../ingest/extract/model/index.ts';
import { DEFAULT_SETTINGS, trainModel } from '../ingest/extract/model/train.ts';
import type { Annotated } from '../ingest/extract/model/train.ts';
import { random } from '../ingest/extract/model/logreg.ts';
import { EVAL_DIR, readDev, readTrain } from '../tools/annotated.ts';

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
    folds: { type: 'string', default: '5' },
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
const lexicon = loadLexicon();
const dev = readDev();
const train = readTrain();
const all = [...train, ...dev];
const tmp = mkdtempSync(join(tmpdir(), 'papergraph-eval-'));

/** score.mjs's tp/fp/fn per group for `extract` on `papers` */
function score(extract: ExtractPaper, papers: readonly Annotated[], name: string): Counts {
  const gold = join(tmp, `${name}-gold.jsonl`);
  const pred = join(tmp, `${name}-pred.jsonl`);
  const texts = join(tmp, `${name}-papers.json`);
  writeFileSync(gold, papers.map((p) => JSON.stringify(p.gold)).join('\n') + '\n');
  writeFileSync(texts, JSON.stringify(papers.map((p) => p.paper)));
  writeFileSync(
    pred,
    papers
      .map((p) =>
        JSON.stringify(toContractJson({ id: `n${p.paper.n}`, title: p.paper.title }, extract(p.paper))),
      )
      .join('\n') + '\n',
  );
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

const add = (a: Counts, b: Counts): Counts =>
  Object.fromEntries(
    GROUPS.map((g) => [g, { tp: a[g]!.tp + b[g]!.tp, fp: a[g]!.fp + b[g]!.fp, fn: a[g]!.fn + b[g]!.fn }]),
  );
const zero = (): Counts => Object.fromEntries(GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0 }]));

/** the papers in `k` folds: a seeded shuffle of all papers by number, dealt round-robin */
export function folds(papers: readonly Annotated[], k: number, seed = 11): Annotated[][] {
  const order = [...papers].sort((a, b) => a.paper.n - b.paper.n);
  const rnd = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}

/** pooled counts over the folds: on all papers, and on the gold-train and gold-dev papers apart */
function crossValidate(useModel: boolean): { all: Counts; train: Counts; dev: Counts } {
  const k = Number(values.folds);
  const total = { all: zero(), train: zero(), dev: zero() };
  const devIds = new Set(dev.map((p) => p.paper.n));
  folds(all, k).forEach((test, f) => {
    const ids = new Set(test.map((p) => p.paper.n));
    const model = useModel
      ? trainModel(
          lexicon,
          all.filter((p) => !ids.has(p.paper.n)),
          settings,
        )
      : undefined;
    const extract = createExtractor(lexicon, model);
    const name = `cv${f}-${useModel ? 'model' : 'rules'}`;
    const t = score(
      extract,
      test.filter((p) => !devIds.has(p.paper.n)),
      `${name}-train`,
    );
    const d = score(
      extract,
      test.filter((p) => devIds.has(p.paper.n)),
      `${name}-dev`,
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

const rows: Record<string, Counts> = {};
for (const [name, useModel] of [
  ['rules', false],
  ['model', true],
] as const) {
  if (useModel && values['rules-only']) continue;
  if (!useModel && values['cv-only']) continue;
  const cv = crossValidate(useModel);
  rows[`${name}, 5-fold CV, all 262 papers`] = cv.all;
  rows[`${name}, 5-fold CV, the 190 gold-train papers`] = cv.train;
  rows[`${name}, 5-fold CV, the 72 gold-dev papers`] = cv.dev;
}
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
      Object.fromEntries(
        Object.entries(rows).map(([k, c]) => [
          k,
          Object.fromEntries(GROUPS.map((g) => [g, { ...c[g], ...prf(c[g]!) }])),
        ]),
      ),
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
}
