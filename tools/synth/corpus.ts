// A synthetic corpus of any size, recombined from the sentences of a real one (paperlists, read in place).
// Each synthetic paper starts from a real paper and swaps about half of its sentences for sentences at the same
// place (opening, middle, closing) in other real papers. Sentences are drawn uniformly from the real corpus, so a
// concept appears in the same share of papers as it does in the real corpus: a few concepts in very many
// papers, most in few (the real corpus's Zipf-like tail), at any N. Extraction sees ordinary abstracts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** one real paper, cut into sentences */
export interface PoolPaper {
  title: string;
  sentences: string[];
  venue: string;
  year: number;
}

/** one synthetic record, as `papergraph ingest` reads a JSON line */
export interface SynthRecord {
  id: string;
  title: string;
  abstract: string;
  year: number;
  venue: string;
}

// "iclr2018.json" → ICLR, 2018 (the paperlists naming)
const FILE_NAME = /^([a-z]+)(\d{4})\.json$/i;
// a sentence ends at . ! or ? followed by a space and a capital; enough for recombination, not for extraction
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z(])/;
const MIN_SENTENCES = 2;

/** every paper with a title and an abstract of at least two sentences, in a fixed order (sorted file names) */
export function loadPool(dir: string): PoolPaper[] {
  const pool: PoolPaper[] = [];
  for (const venueDir of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, venueDir)).sort()) {
      const name = FILE_NAME.exec(file);
      if (!name) continue;
      const papers = JSON.parse(readFileSync(join(dir, venueDir, file), 'utf8')) as {
        title?: unknown;
        abstract?: unknown;
      }[];
      for (const paper of papers) {
        if (typeof paper.title !== 'string' || typeof paper.abstract !== 'string') continue;
        const title = paper.title.replace(/\s+/g, ' ').trim();
        const sentences = paper.abstract
          .replace(/\s+/g, ' ')
          .trim()
          .split(SENTENCE_END)
          .filter((s) => s.length > 0);
        if (title === '' || sentences.length < MIN_SENTENCES) continue;
        pool.push({ title, sentences, venue: name[1]!.toUpperCase(), year: Number(name[2]) });
      }
    }
  }
  if (pool.length === 0) throw new Error(`no papers with a title and an abstract under ${dir}`);
  return pool;
}

/** the `papers` synthetic records for `seed`: the same pool and seed give the same records, in order */
export function* synthRecords(
  pool: readonly PoolPaper[],
  options: { papers: number; seed: number },
): Generator<SynthRecord> {
  const random = mulberry32(options.seed);
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  for (let i = 0; i < options.papers; i++) {
    const base = pick();
    const abstract = base.sentences.map((sentence, at) =>
      random() < KEEP_SENTENCE ? sentence : samePlace(pick().sentences, at, base.sentences.length, random),
    );
    yield {
      id: `synth-${options.seed}-${i}`,
      title: mixedTitle(base.title, pick().title, random),
      abstract: abstract.join(' '),
      year: base.year,
      venue: base.venue,
    };
  }
}

const KEEP_SENTENCE = 0.5;

// openings state the problem, closings the results: a swapped sentence keeps its role in the abstract
function samePlace(sentences: readonly string[], at: number, length: number, random: () => number): string {
  if (at === 0) return sentences[0]!;
  if (at === length - 1) return sentences.at(-1)!;
  const middle = sentences.length - 2;
  return middle > 0 ? sentences[1 + Math.floor(random() * middle)]! : sentences[0]!;
}

// "Name: what it does" titles swap their second half; the others stay as they are
function mixedTitle(title: string, other: string, random: () => number): string {
  const colon = title.indexOf(': ');
  const otherColon = other.indexOf(': ');
  if (colon < 0 || otherColon < 0 || random() < KEEP_SENTENCE) return title;
  return `${title.slice(0, colon)}${other.slice(otherColon)}`;
}

/** a small fast seeded PRNG (mulberry32): uniform in [0, 1) */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
