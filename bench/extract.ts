// Throughput of extractPaper over every abstract in ../shared/external/paperlists:
//   npx tsx bench/extract.ts [--rules-only]   (--rules-only: the candidate finders without the model, for comparison)
// then the same abstracts on ingest's pool (one thread per core: the calling thread and workers), fed as
// `papergraph ingest --workers N` feeds it
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../ingest/extract/index.ts';
import { loadModel } from '../ingest/extract/model/index.ts';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { createSharedExtractPool, type ExtractResult } from '../ingest/workers/pool.ts';

const ROOT = process.env['PAPERLISTS_DIR'] ?? '../shared/external/paperlists';

const papers: { title: string; abstract: string }[] = [];
for (const venue of readdirSync(ROOT)) {
  for (const file of readdirSync(join(ROOT, venue))) {
    for (const p of JSON.parse(readFileSync(join(ROOT, venue, file), 'utf8')) as {
      title?: string;
      abstract?: string;
    }[]) {
      if (p.abstract) papers.push({ title: p.title ?? '', abstract: p.abstract });
    }
  }
}

// loading the lexicon and model and building the matcher is timed on its own
let t = performance.now();
const extractPaper = createExtractor(
  loadLexicon(),
  process.argv.includes('--rules-only') ? undefined : loadModel(),
);
extractPaper({ title: '', abstract: '' });
const warmup = performance.now() - t;

let mentions = 0;
let relations = 0;
t = performance.now();
for (const p of papers) {
  const e = extractPaper(p);
  mentions += e.mentions.length;
  relations += e.relations.length;
}
const seconds = (performance.now() - t) / 1000;
const chars = papers.reduce((n, p) => n + p.abstract.length, 0);
console.log(`abstracts        ${papers.length} (${(chars / papers.length).toFixed(0)} chars on average)`);
console.log(`lexicon, model  ${warmup.toFixed(0)} ms`);
console.log(`extraction       ${seconds.toFixed(2)} s, ${(papers.length / seconds).toFixed(0)} abstracts/s`);
console.log(
  `mentions         ${mentions} (${(mentions / papers.length).toFixed(1)} per abstract), relations ${relations}`,
);
console.log(
  `peak RSS         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (heap used now ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB)`,
);

if (!process.argv.includes('--rules-only')) {
  const workers = availableParallelism();
  const pool = createSharedExtractPool(workers);
  const records = papers.map((p, line) => ({ ...p, from: { file: 'paperlists', line } }));
  const BATCH = 500;
  // startup (a worker loads the modules, the lexicon and the model) is part of what an ingest pays, so it is
  // timed; as in ingest, up to two batches a thread are extracted ahead of the one taken next
  t = performance.now();
  const ahead: Promise<ExtractResult[]>[] = [];
  let extracted = 0;
  for (let i = 0; i < records.length; i += BATCH) {
    ahead.push(pool.extract(records.slice(i, i + BATCH)));
    if (ahead.length >= 2 * pool.size) extracted += (await ahead.shift()!).length;
  }
  for (const results of ahead) extracted += (await results).length;
  const threaded = (performance.now() - t) / 1000;
  await pool.close();
  console.log(
    `threads (${workers})      ${threaded.toFixed(2)} s, ${(extracted / threaded).toFixed(0)} abstracts/s (worker start-up included)`,
  );
}
