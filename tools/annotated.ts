// Reads the annotated papers in ../shared/eval: gold-train + gold-dev with their texts, in a fixed order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotated, GoldPaper } from '../ingest/extract/model/train.ts';

export const EVAL_DIR = process.env['EVAL_DIR'] ?? '../shared/eval';

const readJsonl = (file: string): GoldPaper[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldPaper);

type Paper = Annotated['paper'];

/** the annotated papers of one gold file, joined to their texts by number, sorted by number */
export function readAnnotated(goldFile: string, papersFile: string, dir = EVAL_DIR): Annotated[] {
  const papers = new Map(
    (JSON.parse(readFileSync(join(dir, papersFile), 'utf8')) as Paper[]).map((p) => [p.n, p]),
  );
  return readJsonl(join(dir, goldFile))
    .map((gold) => {
      const paper = papers.get(gold.n);
      if (!paper || paper.title.trim() !== gold.title.trim())
        throw new Error(`${goldFile}: paper ${gold.n} has no text in ${papersFile}`);
      return { paper: { n: paper.n, title: paper.title, abstract: paper.abstract }, gold };
    })
    .sort((a, b) => a.paper.n - b.paper.n);
}

/** gold-dev (the 72 sample papers) and gold-train (190 papers from nine venues) */
export const readDev = (dir = EVAL_DIR) => readAnnotated('gold-dev.jsonl', 'papers-all.json', dir);
export const readTrain = (dir = EVAL_DIR) => readAnnotated('gold-train.jsonl', 'papers-train.json', dir);
