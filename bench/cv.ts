// Cross-validation's unit of work, one fold with one training seed, and the threads that run them side by side:
// each fold trains its own model, so the folds of every seed asked for spread over the cores.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createExtractor, toContractJson } from '../ingest/extract/index.ts';
import { random } from '../ingest/extract/model/logreg.ts';
import { trainModel, type Annotated, type TrainSettings } from '../ingest/extract/model/train.ts';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { readDev, readTrain } from '../tools/annotated.ts';

/** one fold to predict: its number of `folds`, with a model trained on the others (or the rules alone) */
export interface FoldTask {
  folds: number;
  fold: number;
  /** the model's training settings, its seed among them; absent: the rules alone */
  settings?: TrainSettings;
}

/** the fold's papers by number, each with its prediction as a `score.mjs` line */
export interface FoldPredictions {
  papers: { n: number; line: string }[];
}

/** gold-train then gold-dev, as the folds deal them */
export const annotatedPapers = (): Annotated[] => [...readTrain(), ...readDev()];

/**
 * the papers in `k` folds: a seeded shuffle of all papers by number, dealt round-robin. The split's seed is fixed,
 * so every training seed is judged on the same folds
 */
export function folds(papers: readonly Annotated[], k: number, seed = 11): Annotated[][] {
  const order = [...papers].sort((a, b) => a.paper.n - b.paper.n);
  const rnd = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}

/** trains on every fold but `task.fold` (unless rules alone) and predicts the papers of that fold */
export function predictFold(task: FoldTask): FoldPredictions {
  const lexicon = loadLexicon();
  const all = annotatedPapers();
  const test = folds(all, task.folds)[task.fold]!;
  const held = new Set(test.map((p) => p.paper.n));
  const model = task.settings
    ? trainModel(
        lexicon,
        all.filter((p) => !held.has(p.paper.n)),
        task.settings,
      )
    : undefined;
  const extract = createExtractor(lexicon, model);
  return {
    papers: test.map((p) => ({
      n: p.paper.n,
      line: JSON.stringify(toContractJson({ id: `n${p.paper.n}`, title: p.paper.title }, extract(p.paper))),
    })),
  };
}

const CV_WORKER = new URL('./cv-worker.ts', import.meta.url);
const SHIM = new URL('../ingest/workers/worker-shim.mjs', import.meta.url);

/**
 * every task's predictions, in the tasks' order, on up to `jobs` threads (one thread: this one). A task's thread
 * is its own, so the order they finish in changes nothing
 */
export async function predictFolds(
  tasks: readonly FoldTask[],
  jobs = availableParallelism(),
): Promise<FoldPredictions[]> {
  if (jobs <= 1) return tasks.map(predictFold);
  const results = new Array<FoldPredictions>(tasks.length);
  let next = 0;
  const runThread = async () => {
    const worker = new Worker(SHIM, { workerData: { module: CV_WORKER.href } });
    try {
      while (next < tasks.length) {
        const at = next++;
        results[at] = await new Promise<FoldPredictions>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(tasks[at]);
        });
        worker.removeAllListeners('error');
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, runThread));
  return results;
}
