// Lists the curated lexicon forms that look written for one gold-dev paper: matched in exactly one gold-dev paper,
// in no gold-train paper, and in at most --max-abstracts of the paperlists abstracts (read in place, never copied).
// Run from the project root: npx tsx tools/audit-lexicon.ts [--max-abstracts 5]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CURATED } from '../ingest/lexicon/curated.ts';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { buildMatcher } from '../ingest/extract/matcher.ts';
import { splitSentences } from '../ingest/extract/sentences.ts';
import { tokenize } from '../ingest/extract/tokens.ts';
import { aliasKey } from '../src/graph/names.ts';
import { readDev, readTrain } from './annotated.ts';

const PAPERLISTS = process.env['PAPERLISTS_DIR'] ?? '../shared/external/paperlists';
const { values } = parseArgs({ options: { 'max-abstracts': { type: 'string', default: '5' } } });
const maxAbstracts = Number(values['max-abstracts']);

const matcher = buildMatcher(loadLexicon());
const curated = new Set(CURATED.map((c) => `${c.kind}:${c.name}`));

/** the curated forms a title and abstract match, as "kind:Name|aliasKey of the surface" */
function curatedForms(paper: { title: string; abstract: string }): Set<string> {
  const forms = new Set<string>();
  for (const text of [paper.title, paper.abstract]) {
    const starts = new Set(splitSentences(text).map((s) => s.start));
    for (const hit of matcher.match(tokenize(text), text, starts)) {
      const id = `${hit.concept.kind}:${hit.concept.name}`;
      if (curated.has(id)) forms.add(`${id}|${aliasKey(hit.surface)}`);
    }
  }
  return forms;
}

/** how many of `papers` match each form */
function countForms(papers: Iterable<{ title: string; abstract: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const form of curatedForms(paper)) counts.set(form, (counts.get(form) ?? 0) + 1);
  return counts;
}

function* paperlists(): Generator<{ title: string; abstract: string }> {
  for (const venue of readdirSync(PAPERLISTS))
    for (const file of readdirSync(join(PAPERLISTS, venue)))
      for (const p of JSON.parse(readFileSync(join(PAPERLISTS, venue, file), 'utf8')) as {
        title?: string;
        abstract?: string;
      }[])
        if (p.abstract) yield { title: p.title ?? '', abstract: p.abstract };
}

const dev = countForms(readDev().map((p) => p.paper));
const train = countForms(readTrain().map((p) => p.paper));
const abstracts = countForms(paperlists());
const flagged = [...dev]
  .filter(([form, n]) => n === 1 && !train.has(form) && (abstracts.get(form) ?? 0) <= maxAbstracts)
  .map(([form]) => ({ form, abstracts: abstracts.get(form) ?? 0 }))
  .sort((a, b) => a.abstracts - b.abstracts || a.form.localeCompare(b.form));
for (const { form, abstracts: n } of flagged) console.log(`${n}\t${form}`);
console.error(
  `${flagged.length} of ${dev.size} curated forms matched in gold-dev look written for one dev paper`,
);
