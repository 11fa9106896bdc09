// Scores the extractor on the sample corpus: npx tsx bench/eval-extract.ts [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPaper, toContractJson } from '../ingest/extract/index.ts';

const EVAL = process.env['EVAL_DIR'] ?? '../shared/eval';
const papersFile = join(EVAL, 'papers-all.json');
const papers = JSON.parse(readFileSync(papersFile, 'utf8')) as {
  n: number;
  title: string;
  abstract: string;
}[];
const lines = papers.map((p) =>
  JSON.stringify(toContractJson({ id: `n${p.n}`, title: p.title }, extractPaper(p))),
);
const pred = join(mkdtempSync(join(tmpdir(), 'papergraph-eval-')), 'pred.jsonl');
writeFileSync(pred, `${lines.join('\n')}\n`);
console.log(`predictions: ${pred}`);
const args = [
  join(EVAL, 'score.mjs'),
  join(EVAL, 'gold-dev.jsonl'),
  pred,
  '--abstracts',
  papersFile,
  ...process.argv.slice(2),
];
process.stdout.write(execFileSync('node', args, { encoding: 'utf8' }));
