// Builds ingest/lexicon/pwc.json from the Papers with Code lists in ../shared/external (CC BY-SA 4.0).
// Run from the project root: npx tsx tools/build-lexicon.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ConceptKind } from '../ingest/types.ts';
import type { LexiconConcept } from '../ingest/lexicon/index.ts';
import { aliasKey } from '../src/graph/names.ts';
import { isGeneric } from '../ingest/lexicon/generic.ts';

const EXTERNAL = process.env['PWC_DIR'] ?? '../shared/external';
const OUT = new URL('../ingest/lexicon/pwc.json', import.meta.url);
const MAX_DESCRIPTION = 200;
// a single word that abstracts write in lower case this often is English, not a name ("parrot", "base")
const ENGLISH_DOC_FREQ = 4;

interface PwcMethod {
  url: string;
  name: string;
  full_name: string | null;
  description: string | null;
  collections: { collection: string; area: string }[];
}

/** the lower-case words of the paper lists, each with the number of abstracts that write it so */
function lowerCaseWordFrequency(): Map<string, number> {
  const freq = new Map<string, number>();
  const root = join(EXTERNAL, 'paperlists');
  for (const venue of readdirSync(root)) {
    for (const file of readdirSync(join(root, venue))) {
      const papers = JSON.parse(readFileSync(join(root, venue, file), 'utf8')) as { abstract?: string }[];
      for (const paper of papers) {
        const words = new Set((paper.abstract ?? '').match(/(?<![\w-])[a-z][a-z0-9]*(?![\w-])/g) ?? []);
        for (const word of words) freq.set(word, (freq.get(word) ?? 0) + 1);
      }
    }
  }
  return freq;
}

// RFC 4180 with quoted fields spanning lines
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else if (c !== '\r') field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

function cleanDescription(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const plain = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown links → their text
    .replace(/[*_`#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return undefined;
  if (plain.length <= MAX_DESCRIPTION) return plain;
  const cut = plain.slice(0, MAX_DESCRIPTION);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 100))}…`;
}

/** "Visual Question Answering (VQA)" → ["Visual Question Answering", "VQA"]; other odd names → [] */
function splitName(raw: string): string[] {
  const name = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  if (paren) return [paren[1]!, paren[2]!].filter((part) => !/\s/.test(part) || part === paren[1]);
  return [name];
}

function isNoiseName(name: string, english: Map<string, number>): boolean {
  if (/[(){}[\]<>=*$!@^|;?"]|\.\.|^\W|\W$/.test(name.replace(/[+#]$/, ''))) return true;
  const words = name.split(/\s+/);
  if (name.length <= 2 || words.length > 6 || name.length > 50) return true;
  if (/^[\d\s.,x×k%-]+$/i.test(name) || /^\d+[a-z]?$/i.test(name)) return true;
  if (isGeneric(name)) return true;
  // a plain word ("Airport", "dropout") is English once abstracts write it in lower case; an acronym needs more
  const seen = english.get(name.toLowerCase()) ?? 0;
  if (words.length === 1 && (/^[A-Z]?[a-z]+$/.test(name) ? seen >= 1 : seen >= ENGLISH_DOC_FREQ)) return true;
  return false;
}

function readMethods(english: Map<string, number>): LexiconConcept[] {
  const raw = JSON.parse(
    gunzipSync(readFileSync(join(EXTERNAL, 'pwc-methods/methods.json.gz'))).toString('utf8'),
  ) as PwcMethod[];
  const concepts: LexiconConcept[] = [];
  for (const m of raw) {
    const names = [m.full_name, m.name].filter((n): n is string => !!n).flatMap(splitName);
    const kept = unique(names.filter((n) => !isNoiseName(n, english)));
    // a long name first: "Graph Convolutional Network" rather than "GCN" is the canonical name
    kept.sort((a, b) => Number(isAcronym(a)) - Number(isAcronym(b)));
    if (kept.length === 0) continue;
    const description = cleanDescription(m.description);
    concepts.push({
      kind: 'method',
      name: kept[0]!,
      aliases: kept.slice(1),
      ...(description ? { description } : {}),
      pwcId: m.url.replace(/^.*\/method\//, 'method/'),
      categories: unique(m.collections.map((c) => c.collection)),
      parents: [],
    });
  }
  return concepts;
}

function readDatasets(english: Map<string, number>): LexiconConcept[] {
  const [header, ...rows] = parseCsv(
    readFileSync(join(EXTERNAL, 'pwc-datasets/paperswithcode_datasets.csv'), 'utf8'),
  );
  const col = (name: string) => header!.indexOf(name);
  const [id, area, modalities, url, description] = [
    'dataset_id',
    'area',
    'modalities',
    'pwc_url',
    'description',
  ].map(col);
  const concepts: LexiconConcept[] = [];
  for (const row of rows) {
    const names = unique(splitName(row[id!] ?? '').filter((n) => !isNoiseName(n, english)));
    if (names.length === 0) continue;
    const text = cleanDescription(row[description!]);
    const pwcId = (row[url!] ?? '').replace(/^.*\/dataset\//, 'dataset/');
    concepts.push({
      kind: 'dataset',
      name: names[0]!,
      aliases: names.slice(1),
      ...(text ? { description: text } : {}),
      ...(pwcId ? { pwcId } : {}),
      categories: unique([row[area!] ?? '', ...(row[modalities!] ?? '').split(/,\s*/)].filter(Boolean)),
      parents: [],
    });
  }
  return concepts;
}

function readTasks(english: Map<string, number>): LexiconConcept[] {
  const areaOf = new Map<string, string>();
  const areas: Record<string, string> = {
    audio: 'Audio',
    cv: 'Computer Vision',
    nlp: 'Natural Language Processing',
    other: 'Other',
  };
  for (const [file, area] of Object.entries(areas)) {
    const rows = parseCsv(
      readFileSync(join(EXTERNAL, `pwc-tasks/results/hierarchical/${file}_hierarchy.csv`), 'utf8'),
    );
    for (const row of rows.slice(1))
      if (row[0] && !areaOf.has(aliasKey(row[0]))) areaOf.set(aliasKey(row[0]), area);
  }
  const lines = readFileSync(join(EXTERNAL, 'pwc-tasks/all_tasks.txt'), 'utf8').split('\n');
  const concepts: LexiconConcept[] = [];
  for (const line of lines) {
    const names = unique(
      splitName(line.trim().replace(/^"|"$/g, '')).filter((n) => !isNoiseName(n, english)),
    );
    // one-word task names are mostly fields or things ("Cancer", "Video"); the core keeps the real ones
    if (names.length === 0 || !/\s|-/.test(names[0]!)) continue;
    const area = areaOf.get(aliasKey(names[0]!));
    concepts.push({
      kind: 'task',
      name: names[0]!.toLowerCase() === names[0] ? names[0]! : lowerTask(names[0]!),
      aliases: names.slice(1),
      categories: area ? [area] : [],
      parents: [],
    });
  }
  return concepts;
}

// "Node Classification" → "node classification", keeping acronyms and proper names ("3D", "SQL", "English")
function lowerTask(name: string): string {
  return name
    .split(' ')
    .map((w) =>
      /^[A-Z][a-z]+(-[A-Z]?[a-z]+)*$/.test(w) && !/^(English|Chinese|Arabic|German|French)/.test(w)
        ? w.toLowerCase()
        : w,
    )
    .join(' ');
}

const isAcronym = (name: string): boolean =>
  !/\s/.test(name) && /[A-Z].*[A-Z]/.test(name) && name.length <= 8;
const unique = (items: string[]): string[] => [...new Map(items.map((i) => [aliasKey(i), i])).values()];

/** drop names met earlier (methods first, then tasks, then datasets); a concept left nameless is dropped */
function dedupe(concepts: LexiconConcept[]): LexiconConcept[] {
  const seen = new Set<string>();
  const out: LexiconConcept[] = [];
  for (const c of concepts) {
    const names = [c.name, ...c.aliases].filter((n) => !seen.has(aliasKey(n)));
    if (names.length === 0 || seen.has(aliasKey(c.name))) continue;
    for (const n of names) seen.add(aliasKey(n));
    out.push({ ...c, aliases: names.slice(1) });
  }
  return out;
}

/** parents by head: "multi-label text classification" → "text classification", if that is a concept of the kind */
function addSuffixParents(concepts: LexiconConcept[]): void {
  const byWords = new Map<string, string>();
  const wordsOf = (name: string) => name.toLowerCase().split(/[\s-]+/);
  for (const c of concepts) byWords.set(`${c.kind}:${wordsOf(c.name).join(' ')}`, c.name);
  for (const c of concepts) {
    if (c.kind === 'dataset') continue;
    const words = wordsOf(c.name);
    // longest proper suffix of two words or more
    for (let i = 1; i <= words.length - 2; i++) {
      const parent = byWords.get(`${c.kind}:${words.slice(i).join(' ')}`);
      if (parent) {
        c.parents.push(parent);
        break;
      }
    }
  }
}

function main(): void {
  const english = lowerCaseWordFrequency();
  const concepts = dedupe([...readMethods(english), ...readTasks(english), ...readDatasets(english)]);
  addSuffixParents(concepts);
  const counts = (kind: ConceptKind) => concepts.filter((c) => c.kind === kind).length;
  const data = {
    source:
      'Derived from Papers with Code (paperswithcode.com) data, CC BY-SA 4.0: methods (June 2022 dump, via GitHub mariaayuso/topic-modeling-on-software), ' +
      'tasks (July 2025 snapshot, via GitHub World-Snapshot/papers-with-code), datasets (via GitHub dasarpai/AI-Benchmark-Metadata). ' +
      'Names cleaned, descriptions shortened; built by tools/build-lexicon.ts. See NOTICE.md.',
    license: 'CC BY-SA 4.0',
    counts: { method: counts('method'), dataset: counts('dataset'), task: counts('task') },
    concepts,
  };
  writeFileSync(OUT, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${concepts.length} concepts`, data.counts);
}

main();
