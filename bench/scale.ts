// How PaperGraph behaves as the graph grows: npm run bench:scale -- --papers 10000,100000,1000000 [--reuse]
// For each size: a synthetic corpus (npm run synth), a bulk load from empty (`papergraph ingest --bulk` in a child
// process: its time and peak RSS), then, single client and 16 clients, p50/p99 of the headline question (papers
// using Cora that propose alternatives to backprop) through findPapers, the generated filters and ask, of
// relatedPapers, recommendPapers and searchPapers, and of the best hand-written Cypher (the floor; single-client
// requests interleaved, one of each query a round, so the rows' ratios hold while the load moves); then an
// incremental transactional ingest of fresh papers on top (twice, then once more with the papers extracted
// beforehand by `papergraph extract --format extracted`, untimed: the loader alone). One JSON line per measurement
// on stdout; the results of every size measured so far are kept under ~/.cache/papergraph/scale/ and written to
// docs/scale.md and docs/scale-latency.svg. Each size has its own Neo4j home there (--reuse keeps a graph already
// built).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { ingest } from '../ingest/index.ts';
import { loadConfig, type LocalNeo4jConfig } from '../src/config.ts';
import { connect, type Database } from '../src/db/connect.ts';
import { stopLocal } from '../src/db/local-server.ts';
import { loadPool, synthRecords } from '../tools/synth/corpus.ts';
import { PAPERLISTS, postGraphQL, quantile, servePapergraph, timedRequests } from './bench-db.ts';
import { writeScaleDoc, type Measurement } from './scale-report.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '10000,100000' },
    reuse: { type: 'boolean', default: false },
    seed: { type: 'string', default: '7' },
  },
});
const SIZES = values.papers.split(',').map(Number);
const SEED = Number(values.seed);
// p99 of n requests is about their (n/100)-th slowest: of 60 the slowest alone, which one pause of the JVM or of another
// process decides; of 400 the fourth slowest
const SINGLE_REQUESTS = Number(process.env.BENCH_SINGLE_REQUESTS ?? 400);
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 200);
const CLIENTS = 16;
const CONCURRENT_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 320);
const INCREMENTAL_PAPERS = Number(process.env.BENCH_INCREMENTAL_PAPERS ?? 5000);

const base = loadConfig();
const ROOT = join(base.local.cacheDir, 'scale');
const RESULTS = join(ROOT, 'results.jsonl');

const FIND = `{ findPapers(filter: {datasets: ["Cora"], proposesAlternativeTo: ["backprop"]}, limit: 20) { id title } }`;
const GENERATED = `{ papers(limit: 20, where: {evaluatesOn: {some: {name: {eq: "Cora"}}},
  proposes: {some: {alternativeTo: {some: {name: {eq: "Backpropagation"}}}}}}) { id title } }`;
// the same question through the generated API, from the rare end: Dataset.usedIn (the reverse EVALUATES_ON field)
const GENERATED_FROM_CORA = `{ datasets(where: {name: {eq: "Cora"}}) { usedIn(limit: 20,
  where: {proposes: {some: {alternativeTo: {some: {name: {eq: "Backpropagation"}}}}}}) { id title } } }`;
const ASK =
  '{ ask(question: "papers using Cora that propose alternatives to backprop") { papers { id title } } }';
const RELATED = 'query($id: ID!) { relatedPapers(id: $id, limit: 10) { score paper { id title } } }';
const RECOMMEND =
  'query($l: [ID!]!, $d: [ID!]) { recommendPapers(liked: $l, disliked: $d, limit: 10) { score paper { id } } }';
const SEARCH = 'query($q: String!) { searchPapers(text: $q, limit: 10) { score paper { id title } } }';
const SEARCH_WORDS = ['graph neural network', 'contrastive learning', 'machine translation', 'reinforcement'];

// the headline question by hand, from either end; PROFILE picks the one with fewer database hits (the floor). It
// asks less than findPapers does: only the named concepts, not the variants of the alternatives nor the concepts
// under the named ones (2 of findPapers' 19 answers at 10^6 papers), so it is a strict floor
const FLOORS = {
  'from Cora': `MATCH (:Alias {key: 'cora'})-[:NAMES]->(:Dataset)<-[:EVALUATES_ON|INTRODUCES]-(p:Paper)
    WHERE EXISTS { (p)-[:PROPOSES]->(:Method)-[:ALTERNATIVE_TO]->(:Method)<-[:NAMES]-(:Alias {key: 'backprop'}) }
    RETURN DISTINCT p.id AS id, p.title AS title LIMIT 20`,
  'from backprop': `MATCH (:Alias {key: 'backprop'})-[:NAMES]->(:Method)<-[:ALTERNATIVE_TO]-(:Method)<-[:PROPOSES]-(p:Paper)
    WHERE EXISTS { (p)-[:EVALUATES_ON|INTRODUCES]->(:Dataset)<-[:NAMES]-(:Alias {key: 'cora'}) }
    RETURN DISTINCT p.id AS id, p.title AS title LIMIT 20`,
};

const LOAD_MEASURES = ['bulk load', 'end to end'];

const emit = (m: Measurement) => console.log(JSON.stringify(m));

await mkdir(ROOT, { recursive: true });
const pool = loadPool(PAPERLISTS);
for (const papers of SIZES) await measureSize(papers);
await writeScaleDoc(RESULTS);

async function measureSize(papers: number) {
  const local: LocalNeo4jConfig = {
    ...base.local,
    homeDir: join(ROOT, `neo4j-${papers}`),
    boltPort: 17987,
    httpPort: 17774,
    heap: '2g',
    pageCache: papers >= 1_000_000 ? '3g' : '1g',
  };
  const corpus = join(ROOT, `synth-${papers}-${SEED}.jsonl`);
  if (!existsSync(corpus)) await writeCorpus(corpus, papers, SEED);
  const results: Measurement[] = [];
  // the machine is shared: the 1-minute load average says how much of it the measurement had; the Node version
  // changes both the API's and extraction's speed
  const record = (m: Measurement) => {
    const measured = { ...m, node: process.version, load: Math.round(loadavg()[0]! * 10) / 10 };
    emit(measured);
    results.push(measured);
  };
  const built = !(values.reuse && existsSync(join(local.homeDir, 'data', 'databases', 'neo4j')));
  const started = performance.now();
  if (built) record({ papers, ...(await bulkLoad(local, corpus)) });
  const config = { ...base, neo4j: { ...base.neo4j, uri: undefined }, local };
  const db = await connect(config, (line) => console.error(line));
  const servers: ChildProcess[] = [];
  try {
    const api = await servePapergraph(db, servers, { PAPERGRAPH_RESPONSE_CACHE_ENTRIES: '0' });
    await post(api, FIND);
    if (built) record({ papers, measure: 'end to end', seconds: (performance.now() - started) / 1000 });
    for (const m of await measureQueries(db, api)) record({ papers, ...m });
    // the first ingest after the server starts pays for Neo4j's JIT and plans of the write statements (about 4 ms of
    // its CPU a paper against under 1 once warm), so two steps: the first after the start, and the next, warm one
    record({ papers, ...(await incremental(db)) });
    record({ papers, ...(await incremental(db)), measure: 'incremental ingest, warm' });
    // the loader alone, as when extraction runs on other machines (`extract --format extracted`)
    record({ papers, ...(await incremental(db, true)) });
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await Promise.all(servers.map((s) => (s.exitCode === null ? once(s, 'exit') : undefined)));
    await db.driver.close();
    await stopLocal(local);
  }
  // the results file keeps the latest run of each size (and its bulk load when --reuse measured the graph again);
  // docs/scale.md shows every size measured
  const remeasured = (m: Measurement) => m.papers === papers && (built || !LOAD_MEASURES.includes(m.measure));
  const kept = existsSync(RESULTS)
    ? readFileSync(RESULTS, 'utf8')
        .split('\n')
        .filter((line) => line && !remeasured(JSON.parse(line) as Measurement))
    : [];
  await writeFile(RESULTS, [...kept, ...results.map((m) => JSON.stringify(m))].join('\n') + '\n');
}

async function writeCorpus(path: string, papers: number, seed: number) {
  const out = createWriteStream(path);
  for (const record of synthRecords(pool, { papers, seed }))
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** empties the size's store and runs `papergraph ingest --bulk` as a user would, sampling its peak RSS */
async function bulkLoad(local: LocalNeo4jConfig, corpus: string) {
  await stopLocal(local);
  await rm(join(local.homeDir, 'data'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/papergraph.js', 'ingest', '--bulk', corpus, '--rejects', join(ROOT, 'rejects.jsonl')],
    {
      env: {
        ...process.env,
        NEO4J_URI: '',
        PAPERGRAPH_NEO4J_HOME: local.homeDir,
        PAPERGRAPH_BOLT_PORT: String(local.boltPort),
        PAPERGRAPH_HTTP_PORT: String(local.httpPort),
        PAPERGRAPH_NEO4J_HEAP: local.heap,
        PAPERGRAPH_NEO4J_PAGECACHE: local.pageCache,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let summary = '';
  child.stdout!.on('data', (chunk: Buffer) => (summary += chunk.toString()));
  // VmHWM is the process's peak resident set (worker threads included)
  let peakKb = 0;
  const sample = setInterval(() => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
  }, 250);
  const [code] = (await once(child, 'exit')) as [number];
  clearInterval(sample);
  if (code !== 0) throw new Error(`papergraph ingest --bulk exited with ${code}`);
  console.error(summary.trim());
  return {
    measure: 'bulk load',
    seconds: (performance.now() - started) / 1000,
    peakRssMb: Math.round(peakKb / 1024),
    summary: summary.trim(),
  };
}

async function post(url: string, query: string, variables?: object) {
  const { body } = await postGraphQL(url, query, variables);
  if (body.errors) throw new Error(body.errors[0]!.message);
  return body.data;
}

async function measureQueries(db: Database, api: string) {
  const { records } = await db.driver.executeQuery(
    'MATCH (p:Paper) WITH p SKIP 0 LIMIT 20000 RETURN collect(p.id) AS ids',
    {},
    { database: db.database, routing: 'READ' },
  );
  const ids = records[0]!.get('ids') as string[];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const anyId = () => ids[Math.floor(random() * ids.length)]!;
  const floor = await pickFloor(db);
  const queries: [string, () => Promise<unknown>][] = [
    // sent as the API sends its statements: one auto-commit read in a READ session, one round trip
    [`floor Cypher (${floor.name})`, () => autoCommitRead(db, floor.cypher)],
    ['findPapers (headline)', () => post(api, FIND)],
    ['generated filters (headline)', () => post(api, GENERATED)],
    ['generated filters from Cora (headline)', () => post(api, GENERATED_FROM_CORA)],
    ['ask (headline)', () => post(api, ASK)],
    ['relatedPapers', () => post(api, RELATED, { id: anyId() })],
    ['recommendPapers', () => post(api, RECOMMEND, { l: [anyId(), anyId(), anyId()], d: [anyId()] })],
    [
      'searchPapers',
      () => post(api, SEARCH, { q: SEARCH_WORDS[Math.floor(random() * SEARCH_WORDS.length)] }),
    ],
  ];
  const headline = (await post(api, FIND)) as { findPapers: unknown[] };
  // a fresh API server and driver answer a third slower over their first thousand requests (V8's and Neo4j's JIT,
  // plan caches): the rows measure a server that has been running, as users meet it
  for (let round = 0; round < WARMUP_ROUNDS; round++)
    for (const [, request] of queries) await request().catch(() => {});
  const single = await interleaved(queries.map(([, request]) => request));
  const rows = [];
  for (const [index, [query, request]] of queries.entries()) {
    for (const clients of [1, CLIENTS]) {
      const times =
        clients === 1 ? single[index]! : await timedRequests(request, clients, CONCURRENT_REQUESTS);
      rows.push({
        measure: 'query',
        query,
        clients,
        p50: round(quantile(times.sorted, 0.5)),
        p99: round(quantile(times.sorted, 0.99)),
        rps: Math.round(times.rps),
        ...(times.errors.length > 0 ? { errors: times.errors.length } : {}),
        ...(query.startsWith('floor') ? { dbHits: floor.dbHits } : {}),
        ...(query.startsWith('findPapers') ? { answers: headline.findPapers.length } : {}),
      });
    }
  }
  return rows;
}

/**
 * single-client timings of every query, taken in rounds of one request each (the first query of a round
 * rotating), so a change in the machine's load during the run reaches every row alike and their ratios hold
 */
async function interleaved(requests: (() => Promise<unknown>)[]) {
  const times = requests.map(() => ({ sorted: [] as number[], errors: [] as unknown[], busy: 0 }));
  for (let round = 0; round < SINGLE_REQUESTS; round++) {
    for (let k = 0; k < requests.length; k++) {
      const index = (round + k) % requests.length;
      const t = performance.now();
      await requests[index]!().catch((error: unknown) => times[index]!.errors.push(error));
      const took = performance.now() - t;
      times[index]!.sorted.push(took);
      times[index]!.busy += took;
    }
  }
  return times.map(({ sorted, errors, busy }) => ({
    sorted: sorted.sort((a, b) => a - b),
    rps: sorted.length / (busy / 1000),
    errors,
  }));
}

async function autoCommitRead(db: Database, cypher: string) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.run(cypher);
  } finally {
    await session.close();
  }
}

async function pickFloor(db: Database) {
  const profiled = [];
  for (const [name, cypher] of Object.entries(FLOORS)) {
    const session = db.driver.session({ database: db.database });
    try {
      const result = await session.run(`PROFILE ${cypher}`);
      profiled.push({ name, cypher, dbHits: totalDbHits(result.summary.profile) });
    } finally {
      await session.close();
    }
  }
  console.error(`floor candidates: ${profiled.map((p) => `${p.name} ${p.dbHits} db hits`).join(', ')}`);
  return profiled.sort((a, b) => a.dbHits - b.dbHits)[0]!;
}

function totalDbHits(plan: unknown): number {
  const step = plan as { dbHits?: number; children?: unknown[] } | false;
  if (!step) return 0;
  return (step.dbHits ?? 0) + (step.children ?? []).reduce((sum: number, c) => sum + totalDbHits(c), 0);
}

/**
 * fresh papers (another seed: new ids) written transactionally on top of the graph, extraction on workers; or,
 * `preExtracted`, extracted first (untimed) by `papergraph extract --format extracted`, and only loaded
 */
async function incremental(db: Database, preExtracted = false) {
  // a seed from the graph's size: papers new to it, also when a --reuse run measures the same graph again
  const { records } = await db.driver.executeQuery(
    'MATCH (p:Paper) RETURN count(p) AS n',
    {},
    { database: db.database },
  );
  const seed = SEED + 1000 + (records[0]!.get('n') as number);
  const corpus = join(ROOT, `incremental-${INCREMENTAL_PAPERS}-${seed}.jsonl`);
  await writeCorpus(corpus, INCREMENTAL_PAPERS, seed);
  const file = preExtracted ? await extractElsewhere(corpus) : corpus;
  const started = performance.now();
  const summary = await ingest([file], {
    driver: db.driver,
    database: db.database,
    batchSize: base.batchSize,
    workers: availableParallelism(),
  });
  const seconds = (performance.now() - started) / 1000;
  await rm(file);
  return {
    measure: preExtracted ? 'incremental ingest, pre-extracted' : 'incremental ingest',
    storedBefore: records[0]!.get('n') as number,
    stored: summary.stored,
    seconds: round(seconds),
    papersPerSecond: Math.round(summary.stored / seconds),
  };
}

/** `papergraph extract --format extracted` of `corpus` in a child process, as another machine would run it */
async function extractElsewhere(corpus: string): Promise<string> {
  const file = corpus.replace(/\.jsonl$/, '.extracted.jsonl');
  const child = spawn(process.execPath, ['bin/papergraph.js', 'extract', corpus, '--format', 'extracted'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  await pipeline(child.stdout, createWriteStream(file));
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`papergraph extract ${corpus} exited with ${code}`);
  await rm(corpus);
  return file;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
