import { aliasKey } from '../../../src/graph/names.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { AcronymDefinition } from '../acronyms.ts';
import { DATASET_HEAD, NOT_A_CONCEPT, TASK_HEAD } from '../items.ts';
import type { Field, FieldName } from '../items.ts';
import type { Merged } from '../merge.ts';
import { HEADS } from '../phrases.ts';
import { sentenceAt } from '../sentences.ts';
import type { Word } from '../tokens.ts';
import { canBeVerb, isStopWord } from '../words.ts';
import { shape } from './features.ts';
import { predict } from './logreg.ts';
import type { Scorer } from './logreg.ts';
import type { WordPriors } from './tagger.ts';

/** another reading of where a concept's name begins and ends, at one place it is written */
export interface Bound {
  field: FieldName;
  start: number;
  end: number;
  text: string;
  /** how it differs: "L+2" two words more on the left, "R-1" the last word left out, "W" the whole words */
  op: string;
  /** the words it adds on the left and on the right, and the words it leaves out */
  left: string[];
  right: string[];
  dropped: string[];
}

/** a field's text as the bounds step reads it: its words (wordsOf) and its acronym definitions */
export interface BoundsField {
  field: Field;
  words: readonly Word[];
  acronyms: readonly AcronymDefinition[];
}

// names grow by at most this many words a side: longer runs are clauses ("… based on the source-language data")
const MAX_ADDED = 3;
const MAX_DROPPED = 2;
const WORD = /^[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;

const wordParts = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** a word that can sit inside a name: a letter or digit first, not a function word or a common verb form */
const isNameWord = (w: Word) => WORD.test(w.text) && !isStopWord(w.text.toLowerCase());

/** two neighbouring words written as one phrase: only spaces between them, or a slash ("CNN/Dailymail") */
const joined = (text: string, a: Word, b: Word) => /^(?: +|\/)$/.test(text.slice(a.end, b.start));

/**
 * The other bounds of the name written at `start`–`end` of `f`: completed to whole words ("GPT" in "GPT-4o"),
 * grown over up to three neighbouring name words on either side within its sentence ("language models" →
 * "large-scale language models", "source separation" → "blind source separation", "MAP" → "MAP solvers"), or
 * without its first or last words ("Meta Pruning" → "Pruning").
 */
export function otherBounds({ field, words }: BoundsField, start: number, end: number): Bound[] {
  let a = 0;
  while (a < words.length && words[a]!.end <= start) a++;
  let b = a;
  while (b + 1 < words.length && words[b + 1]!.start < end) b++;
  if (a >= words.length || words[a]!.start >= end) return [];
  for (let i = a; i < b; i++)
    if (!isNameWord(words[i + 1]!) || !joined(field.text, words[i]!, words[i + 1]!)) return [];
  const sentence = field.sentences[sentenceAt(field.sentences, start)];
  const inSentence = (w: Word) => !sentence || (sentence.start <= w.start && w.end <= sentence.end);
  const lower = (from: number, to: number) => words.slice(from, to + 1).map((w) => w.text.toLowerCase());
  const bound = (
    from: number,
    to: number,
    op: string,
    left: string[],
    right: string[],
    dropped: string[],
  ) => ({
    field: field.field,
    start: words[from]!.start,
    end: words[to]!.end,
    text: field.text.slice(words[from]!.start, words[to]!.end),
    op,
    left,
    right,
    dropped,
  });
  const out: Bound[] = [];
  // the parts of the first and last words outside the name: "GPT" in "GPT-4o" adds "4o"
  const outside = (from: number, to: number) => wordParts(field.text.slice(from, to));
  if (words[a]!.start !== start || words[b]!.end !== end)
    out.push(bound(a, b, 'W', outside(words[a]!.start, start), outside(end, words[b]!.end), []));
  for (let k = 1; k <= MAX_ADDED; k++) {
    const w = words[a - k];
    if (!w || !isNameWord(w) || !inSentence(w) || !joined(field.text, w, words[a - k + 1]!)) break;
    out.push(bound(a - k, b, `L+${k}`, lower(a - k, a - 1), [], []));
  }
  for (let k = 1; k <= MAX_ADDED; k++) {
    const w = words[b + k];
    if (!w || !isNameWord(w) || !inSentence(w) || !joined(field.text, words[b + k - 1]!, w)) break;
    out.push(bound(a, b + k, `R+${k}`, [], lower(b + 1, b + k), []));
  }
  for (let k = 1; k <= MAX_DROPPED && a + k <= b; k++)
    out.push(bound(a + k, b, `L-${k}`, [], [], lower(a, a + k - 1)));
  if (a < b) out.push(bound(a, b - 1, 'R-1', [], [], lower(b, b)));
  return out;
}

/** what the paper says about a concept's names, read once per paper for every bound */
export interface BoundsContext {
  lexicon: Lexicon;
  priors: WordPriors;
  fields: readonly BoundsField[];
  /** the paper's title and abstract in lower case, to count how often a name is written */
  text: string;
  /** the keys of every candidate's names: a bound that names another candidate */
  candidateKeys: ReadonlySet<string>;
  /** the keys of the kept concepts' names: no concept takes another's name */
  keptKeys: ReadonlySet<string>;
  /** the keys of the long forms of the acronym definitions */
  longForms: ReadonlySet<string>;
}

/** the paper-level reading the bound features need */
export function boundsContext(
  lexicon: Lexicon,
  priors: WordPriors,
  fields: readonly BoundsField[],
  candidates: readonly Merged[],
  kept: readonly Merged[],
): BoundsContext {
  return {
    lexicon,
    priors,
    fields,
    text: fields.map((f) => f.field.text.toLowerCase()).join('\n'),
    candidateKeys: new Set(candidates.flatMap((m) => [...m.group.keys])),
    keptKeys: new Set(kept.flatMap((m) => [...m.group.keys])),
    longForms: new Set(fields.flatMap((f) => f.acronyms.map((d) => aliasKey(d.long)))),
  };
}

const count = (text: string, phrase: string) => {
  let n = 0;
  for (let i = text.indexOf(phrase); i >= 0 && n < 3; i = text.indexOf(phrase, i + 1)) n++;
  return n;
};

/** the priors of a word from the lexicon (how many known names end with it or hold it), under a tag */
const priorsOf = (priors: WordPriors, word: string, tag: string) =>
  (priors.get(word) ?? []).map((p) => `${tag}:${p}`);

/**
 * The features of reading concept `m` with bounds `b` instead of its own; `confidence` is the decision model's
 * probability that `m` as it stands is a concept
 */
export function boundFeatures(m: Merged, confidence: number, b: Bound, c: BoundsContext): string[] {
  const { kind } = m.mention;
  const known = m.items.some((i) => i.concept) ? 'lex' : 'new';
  const sure = `p=${Math.min(9, Math.floor(confidence * 10))}`;
  const f = [
    `op=${b.op}`,
    `op=${b.op}|k=${kind}`,
    `op=${b.op}|${known}`,
    `op=${b.op}|f=${b.field}`,
    sure,
    `${sure}|${b.op}`,
  ];
  const surface = c.fields.find((x) => x.field.field === b.field)?.field.text ?? '';
  const capitalised = CAPITALISED.test(m.mention.aliases[0] ?? m.mention.name) ? 'C' : 'c';
  const side = (words: readonly string[], tag: string, written: readonly string[]) =>
    words.forEach((w, i) => {
      f.push(
        `${tag}=${w}`,
        `${tag}s3=${w.slice(-3)}`,
        `${tag}shape=${shape(written[i] ?? w)}|${capitalised}`,
      );
      if (canBeVerb(w)) f.push(`${tag}verb`);
    });
  const written = (from: number, to: number) =>
    surface
      .slice(from, to)
      .split(/[\s/]+/)
      .filter(Boolean);
  side(b.left, 'L', written(b.start, b.start + 1e6).slice(0, b.left.length));
  side(b.right, 'R', written(b.start, b.end).slice(-b.right.length));
  for (const w of b.dropped) f.push(`d=${w}`, `ds3=${w.slice(-3)}`);
  const last =
    b.text
      .toLowerCase()
      .split(/[\s/-]+/)
      .at(-1) ?? '';
  const head = b.right.at(-1) ?? (b.op === 'R-1' ? last : undefined);
  if (head !== undefined) {
    f.push(...priorsOf(c.priors, head, 'head'));
    if (HEADS.has(head)) f.push('head-noun');
  }
  for (const w of b.left) f.push(...priorsOf(c.priors, w, 'left'));
  const tail = b.text.toLowerCase().split(/\s+/).slice(-2).join(' ');
  if (TASK_HEAD.test(tail)) f.push(`task-head|k=${kind}`);
  if (DATASET_HEAD.test(tail)) f.push(`dataset-head|k=${kind}`);
  if (NOT_A_CONCEPT.test(tail)) f.push('not-a-concept-head');
  const key = aliasKey(b.text);
  if (c.candidateKeys.has(key)) f.push(`bound-candidate|${b.op}`);
  if (c.lexicon.lookup(b.text).length > 0) f.push(`bound-lex|${known}`);
  if (c.longForms.has(key)) f.push('bound-long-form');
  const written2 = count(c.text, b.text.toLowerCase());
  f.push(`bound-occ=${written2}`, `bound-occ=${written2}|${b.op}`);
  if (b.field === 'abstract' && c.fields[0]!.field.text.toLowerCase().includes(b.text.toLowerCase()))
    f.push('bound-in-title');
  return f;
}

/** a concept's other bounds, one per name, at every place it is written, with the places that give each */
export function conceptBounds(m: Merged, c: BoundsContext): { bound: Bound; places: Set<string> }[] {
  const own = new Set([m.mention.name, ...m.mention.aliases].map(aliasKey));
  const byKey = new Map<string, { bound: Bound; places: Set<string> }>();
  for (const o of m.occurrences) {
    const f = c.fields.find((x) => x.field.field === o.field);
    if (!f) continue;
    for (const bound of otherBounds(f, o.start, o.end)) {
      const key = aliasKey(bound.text);
      // a kept concept's name is that concept: the decision model has judged the two apart
      if (!key || own.has(key) || c.keptKeys.has(key)) continue;
      let seen = byKey.get(key);
      if (!seen) byKey.set(key, (seen = { bound, places: new Set() }));
      seen.places.add(`${o.field}:${o.start}`);
    }
  }
  return [...byKey.values()];
}

/** the features of each of a concept's other bounds, with how many of its places are written without them */
export function scoredBounds(
  m: Merged,
  confidence: number,
  c: BoundsContext,
): { bound: Bound; features: string[] }[] {
  const places = new Set(m.occurrences.map((o) => `${o.field}:${o.start}`)).size;
  return conceptBounds(m, c).map(({ bound, places: given }) => {
    const alone = `alone=${Math.min(places - given.size, 2)}`;
    return { bound, features: [...boundFeatures(m, confidence, bound, c), alone, `${alone}|${bound.op}`] };
  });
}

/**
 * The kept concepts, each read with the bounds the bounds model prefers when it is sure enough (`threshold`):
 * "multi-lingual Transformer" for "Transformer", "MAP solvers" for "MAP". A concept whose new name is another kept
 * concept's is that concept, and is dropped.
 */
export function rebound(
  model: Scorer,
  threshold: number,
  kept: readonly Merged[],
  c: BoundsContext,
): Merged[] {
  const out: Merged[] = [];
  const keys = new Set(kept.flatMap((m) => [...m.group.keys]));
  for (const m of kept) {
    let best: { bound: Bound; p: number } | undefined;
    for (const { bound, features } of scoredBounds(m, m.mention.evidence.confidence, c)) {
      const p = predict(model, features)[1]!;
      if (p >= threshold && p > (best?.p ?? 0)) best = { bound, p };
    }
    if (!best) {
      out.push(m);
      continue;
    }
    const key = aliasKey(best.bound.text);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(withBounds(m, best.bound, c));
  }
  return out;
}

/** concept `m` named as written at `b`: a name of the paper's own, with the sentence that holds it */
function withBounds(m: Merged, b: Bound, c: BoundsContext): Merged {
  const f = c.fields.find((x) => x.field.field === b.field)!.field;
  const sentence = f.sentences[sentenceAt(f.sentences, b.start)]?.text ?? f.text;
  const group = {
    ...m.group,
    name: b.text,
    keys: new Set([aliasKey(b.text)]),
    parents: [],
    alternativeTo: [],
  };
  return {
    ...m,
    mention: {
      ...m.mention,
      name: b.text,
      aliases: [b.text],
      origin: 'discovered',
      evidence: { ...m.mention.evidence, sentence, field: b.field, start: b.start, end: b.end },
    },
    group,
    occurrences: [{ group, field: b.field, start: b.start, end: b.end }],
  };
}
