// The extractor's output over a fixed set of abstracts, as one hash: run it before and after a change that must
// not change output (a speed-up, a refactor) and compare the two lines.
//   npx tsx tools/extract-fingerprint.ts [--out FILE]   (FILE: every extraction as JSON lines, to diff; keep it
//   outside the repo, it quotes the abstracts' words)
// The set: the 262 annotated papers (gold-train + gold-dev, tools/annotated.ts) and every fifth abstract of
// ../shared/external/paperlists, read in place in sorted file order.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractor } from '../ingest/extract/index.ts';
import { loadModel } from '../ingest/extract/model/index.ts';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { readDev, readTrain } from './annotated.ts';

const PAPERLISTS_DIR = process.env['PAPERLISTS_DIR'] ?? '../shared/external/paperlists';
const { values } = parseArgs({ options: { out: { type: 'string' } } });

type Paper = { title: string; abstract: string };

/** every fifth abstract of paperlists, in sorted venue and file order */
function everyFifthPaperlist(): Paper[] {
  const papers: Paper[] = [];
  for (const venue of readdirSync(PAPERLISTS_DIR).sort())
    for (const file of readdirSync(join(PAPERLISTS_DIR, venue)).sort())
      for (const p of JSON.parse(readFileSync(join(PAPERLISTS_DIR, venue, file), 'utf8')) as Partial<Paper>[])
        if (p.abstract) papers.push({ title: p.title ?? '', abstract: p.abstract });
  return papers.filter((_, i) => i % 5 === 0);
}

const annotated: Paper[] = [...readTrain(), ...readDev()].map((a) => a.paper);
const papers = [...annotated, ...everyFifthPaperlist()];
const extractPaper = createExtractor(loadLexicon(), loadModel());
const lines = papers.map((p) => JSON.stringify(extractPaper(p)));
const hash = createHash('sha256');
for (const line of lines) hash.update(line).update('\n');
if (values.out) writeFileSync(values.out, lines.join('\n') + '\n');
console.log(`${papers.length} abstracts, sha256 ${hash.digest('hex')}`);
