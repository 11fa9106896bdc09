// Incremental ingest on a graph already built (npm run bench:scale built it; start it with `papergraph db start`
// and the same env): npx tsx bench/scale-ingest.ts --mode full|extract|write|pre-extracted|profile --papers N --seed S
// [--batch B]
// full: `ingest` of N fresh synthetic papers (seed S: new ids) with extraction on worker threads, as a user runs it;
// pre-extracted: the same papers extracted first (untimed) into a file as `extract --format extracted` writes it,
// then `ingest` of that file, timed: the loader's rate when extraction runs on other machines;
// extract: the same reading and extraction on the workers, nothing written (the ceiling full can reach);
// write: the same papers extracted first (untimed), then only the loader's transactions, timed per batch;
// profile: one batch's statements PROFILE'd one by one in a transaction that is rolled back (db hits, time, plan).
// The papers of full and write stay in the graph: each run needs a seed not used before. One JSON line per run,
// with the 1-minute load average at the start and the end (the 2 cores are shared).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  extractPaper,
  extractedBatches,
  extractedRecord,
  ingest,
  EXTRACTOR_VERSION,
} from '../ingest/index.ts';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { writeBatch } from '../ingest/load/index.ts';
import * as statements from '../ingest/load/statements.ts';
import { toGraphBatch } from '../ingest/rows.ts';
import { toItem } from '../ingest/sources/record.ts';
import type { PaperRecord } from '../ingest/types.ts';
import { BUMP_GRAPH_VERSION } from '../src/graph/version.ts';
import { loadPool, synthRecords } from '../tools/synth/corpus.ts';
import { PAPERLISTS } from './bench-db.ts';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'write' },
    papers: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    batch: { type: 'string', default: '500' },
    workers: { type: 'string', default: String(availableParallelism()) },
    port: { type: 'string', default: process.env.PAPERGRAPH_BOLT_PORT ?? '17987' },
  },
});
if (!values.seed) throw new Error('--seed: a seed not used before on this graph (the papers stay in it)');
const PAPERS = Number(values.papers);
const SEED = Number(values.seed);
const BATCH = Number(values.batch);
const load = () => Math.round(loadavg()[0]! * 10) / 10;

// CPU time says what a run cost whatever else the shared cores ran meanwhile: this process's (worker threads
// included) and the Neo4j server's, from its pid file under PAPERGRAPH_NEO4J_HOME
const NEO4J_PID = (() => {
  const home = process.env.PAPERGRAPH_NEO4J_HOME;
  const file = home && join(home, 'run', 'neo4j.pid');
  return file && existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
})();
const TICK_MS = 10; // USER_HZ is 100 on Linux
function neo4jCpuMs() {
  if (!NEO4J_PID) return NaN;
  const fields = readFileSync(`/proc/${NEO4J_PID}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
}
function cpu() {
  const own = process.cpuUsage();
  return { ingest: (own.user + own.system) / 1000, neo4j: neo4jCpuMs() };
}
let cpuStart = cpu();

const driver = neo4j.driver(`bolt://127.0.0.1:${values.port}`, undefined, { disableLosslessIntegers: true });
const pool = loadPool(PAPERLISTS);
const records = [...synthRecords(pool, { papers: PAPERS, seed: SEED })];
const loadBefore = load();
try {
  const before = await paperCount();
  if (values.mode === 'full') await full(before);
  else if (values.mode === 'write') await writeOnly(before);
  else if (values.mode === 'profile') await profile();
  else if (values.mode === 'extract') await full(before, false);
  else if (values.mode === 'pre-extracted') await full(before, true, true);
  else throw new Error(`--mode: full, extract, write, pre-extracted or profile, not ${values.mode}`);
} finally {
  await driver.close();
}

async function paperCount() {
  const { records } = await driver.executeQuery(
    'MATCH (p:Paper) RETURN count(p) AS n',
    {},
    { routing: 'READ' },
  );
  return records[0]!.get('n') as number;
}

/**
 * `ingest` as a user runs it; without `write`, the same reading and extraction on the workers with no writes;
 * with `preExtracted`, of a file whose records carry their extraction (made before the clock starts)
 */
async function full(before: number, write = true, preExtracted = false) {
  const file = join(tmpdir(), `scale-ingest-${SEED}.jsonl`);
  const out = createWriteStream(file);
  for (const [i, r] of records.entries()) {
    if (!out.write(`${JSON.stringify(preExtracted ? withExtraction(r, file, i + 1) : r)}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  cpuStart = cpu();
  const started = performance.now();
  const options = { batchSize: BATCH, workers: Number(values.workers) };
  let stored = 0;
  let reused = 0;
  if (write) ({ stored, preExtracted: reused } = await ingest([file], { driver, ...options }));
  else
    for await (const { extracted } of extractedBatches(
      [file],
      options,
      () => {},
      () => {},
    ))
      stored += extracted.length;
  const seconds = (performance.now() - started) / 1000;
  await rm(file);
  report({ stored, storedBefore: before, seconds, workers: options.workers, preExtracted: reused });
}

/** a synthetic record as `extract --format extracted` writes it: read as ingest reads it, then extracted */
function withExtraction(value: unknown, file: string, line: number) {
  const item = toItem(value, { file, line }, {}, '');
  if (!item.ok) throw new Error(`synthetic record ${line}: ${item.rejected.reason}`);
  return extractedRecord(item.record, extractPaper(item.record), EXTRACTOR_VERSION);
}

function extracted() {
  const lexicon = loadLexicon();
  const items = records.map((r, i) => {
    const record: PaperRecord = { ...r, from: { file: 'bench', line: i + 1 } } as PaperRecord;
    return { record, extraction: extractPaper(record) };
  });
  const batches = [];
  for (let i = 0; i < items.length; i += BATCH)
    batches.push(toGraphBatch(items.slice(i, i + BATCH), lexicon, EXTRACTOR_VERSION));
  return batches;
}

async function writeOnly(before: number) {
  const batches = extracted();
  const times: number[] = [];
  const steps: Record<string, number> = {};
  let stored = 0;
  cpuStart = cpu();
  const started = performance.now();
  for (const graph of batches) {
    const t = performance.now();
    stored += (
      await writeBatch(driver, undefined, graph, (step, ms) => (steps[step] = (steps[step] ?? 0) + ms))
    ).stored;
    times.push(Math.round(performance.now() - t));
  }
  const seconds = (performance.now() - started) / 1000;
  for (const step of Object.keys(steps)) steps[step] = Math.round(steps[step]!);
  report({ stored, storedBefore: before, seconds, batchMs: times, stepMs: steps });
}

function report(fields: { stored: number; seconds: number } & Record<string, unknown>) {
  const end = cpu();
  const perPaper = (ms: number) => Math.round((ms / fields.stored) * 100) / 100;
  console.log(
    JSON.stringify({
      mode: values.mode,
      seed: SEED,
      batch: BATCH,
      ...fields,
      seconds: Math.round(fields.seconds * 10) / 10,
      papersPerSecond: Math.round(fields.stored / fields.seconds),
      cpuMsPerPaper: {
        ingest: perPaper(end.ingest - cpuStart.ingest),
        neo4j: perPaper(end.neo4j - cpuStart.neo4j),
      },
      load: [loadBefore, load()],
    }),
  );
}

/** the loader's statements for the first batch, each PROFILE'd, in a transaction that is then rolled back */
async function profile() {
  const [graph] = extracted();
  const papers = graph!.papers;
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  const tx = session.beginTransaction();
  const run = async (name: string, cypher: string, params: object) => {
    const t = performance.now();
    const result = await (tx as unknown as ManagedTransaction).run(`PROFILE ${cypher}`, params);
    const ms = Math.round(performance.now() - t);
    const plan = result.summary.profile;
    console.log(
      JSON.stringify({ statement: name, ms, dbHits: dbHits(plan), plan: operators(plan).join(' < ') }),
    );
  };
  try {
    for (const kind of ['method', 'dataset', 'task'] as const) {
      const rows = graph!.concepts.filter((c) => c.kind === kind);
      await run(`MERGE_CONCEPTS ${kind} (${rows.length})`, statements.MERGE_CONCEPTS[kind], { rows });
    }
    const withParents = graph!.concepts.filter((c) => c.parentIds.length > 0);
    await run('MERGE_HIERARCHY', statements.MERGE_HIERARCHY, { rows: withParents });
    const rows = papers.map(({ results: _, ...paper }) => paper);
    const edges = papers.reduce((n, p) => n + p.edges.length, 0);
    await run(`MERGE_PAPERS (${rows.length} papers, ${edges} edges)`, statements.MERGE_PAPERS, { rows });
    const relations = papers.flatMap((p) => p.relations.map((r) => ({ ...r, paperId: p.id })));
    await run(`MERGE_RELATIONS (${relations.length})`, statements.MERGE_RELATIONS, { rows: relations });
    const results = papers.flatMap((p) => p.results.map((r) => ({ ...r, paperId: p.id })));
    await run(`MERGE_RESULTS (${results.length})`, statements.MERGE_RESULTS, { rows: results });
    const ids = graph!.concepts.map((c) => c.id);
    await run(`COUNT_PAPERS (${ids.length})`, statements.COUNT_PAPERS, { ids });
    await run('BUMP_GRAPH_VERSION', BUMP_GRAPH_VERSION, {});
  } finally {
    await tx.rollback();
    await session.close();
  }
}

function dbHits(plan: unknown): number {
  const step = plan as { dbHits?: number; children?: unknown[] } | false;
  if (!step) return 0;
  return (step.dbHits ?? 0) + (step.children ?? []).reduce((sum: number, c) => sum + dbHits(c), 0);
}

function operators(plan: unknown): string[] {
  const step = plan as { operatorType?: string; dbHits?: number; children?: unknown[] } | false;
  if (!step) return [];
  return [`${step.operatorType}:${step.dbHits}`, ...(step.children ?? []).flatMap(operators)];
}
