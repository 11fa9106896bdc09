// Writes a synthetic corpus: npm run synth -- --papers N --seed S --out FILE.jsonl [--from DIR]
// One JSON record per line, streamed: memory holds the real corpus's sentences, never the output.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadPool, synthRecords } from './synth/corpus.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    from: { type: 'string', default: process.env['PAPERLISTS_DIR'] ?? '../shared/external/paperlists' },
  },
});
const papers = Number(values.papers);
const seed = Number(values.seed);
if (!Number.isInteger(papers) || papers < 1 || !Number.isInteger(seed) || seed < 0 || !values.out) {
  console.error('usage: npm run synth -- --papers N --seed S --out FILE.jsonl  (N ≥ 1, S an integer ≥ 0)');
  process.exit(2);
}

const started = performance.now();
const pool = loadPool(values.from);
const out = createWriteStream(values.out);
let written = 0;
for (const record of synthRecords(pool, { papers, seed })) {
  // backpressure: wait for the file to take what is buffered, so memory stays flat whatever N is
  if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  written += 1;
}
out.end();
await once(out, 'finish');
console.error(
  `${written} papers from ${pool.length} real abstracts (seed ${seed}) → ${values.out} in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
