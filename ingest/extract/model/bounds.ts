import { aliasKey } from '../../../src/graph/names.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { AcronymDefinition } from '../acronyms.ts';
import { DATASET_HEAD, NOT_A_CONCEPT, TASK_HEAD } from '../items.ts';
import type { Field, FieldName } from '../items.ts';
import type { Merged } from '../merge.ts';
import { HEADS } from '../phrases.ts';
import { sentenceAt } from '../sentences.ts';
import type { Sentence } from '../sentences.ts';
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
  /** how it differs: "L+1" one word more on the left, "R+1" on the right, "W" the whole words it cuts into */
  op: string;
  /** the words (or, for "W", the parts of words) it adds on the left and on the right */
  left: string[];
  right: string[];
}

/** a field's text as the bounds step reads it: its words (wordsOf) and its acronym definitions */
export interface BoundsField {
  field: Field;
  words: readonly Word[];
  acronyms: readonly AcronymDefinition[];
}

/**
 * A kept concept the decision model is this sure of keeps its bounds: in cross-validation the bounds model never
 * took other bounds for one, and they are half the kept concepts, so reading them would only cost time
 */
export const SURE = 0.9;
const WORD = /^[\p{L}\p{N}]/u;
const MISSED_STOP = /\.\p{L}{2}/u;
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
 * The other bounds of the name written at `start`–`end` of a field: completed to the whole words it cuts into
 * ("GPT-3" in "GPT-3.5"), or grown over the neighbouring name word on either side within its sentence ("source
 * separation" → "blind source separation", "MAP" → "MAP solvers"). Longer steps and names without their first or
 * last word were tried: the model never took them (docs/extraction.md, twelfth round), and each bound costs time.
 */
export function otherBounds({ field, words }: BoundsField, start: number, end: number): Bound[] {
  // the first word that ends after `start`
  let a = 0;
  for (let hi = words.length; a < hi;) {
    const mid = (a + hi) >> 1;
    if (words[mid]!.end <= start) a = mid + 1;
    else hi = mid;
  }
  let b = a;
  while (b + 1 < words.length && words[b + 1]!.start < end) b++;
  if (a >= words.length || words[a]!.start >= end) return [];
  for (let i = a; i < b; i++)
    if (!isNameWord(words[i + 1]!) || !joined(field.text, words[i]!, words[i + 1]!)) return [];
  // a full stop before letters is a missed sentence end ("explanation.Experiments"): no name runs over it
  if (MISSED_STOP.test(field.text.slice(words[a]!.start, words[b]!.end))) return [];
  const sentence = field.sentences[sentenceAt(field.sentences, start)];
  const out: Bound[] = [];
  // the parts of the first and last words outside the name: "GPT" in "GPT-4o" adds "4o"
  if (words[a]!.start !== start || words[b]!.end !== end)
    out.push(
      boundOf(field, words, a, b, 'W', {
        left: wordParts(field.text.slice(words[a]!.start, start)),
        right: wordParts(field.text.slice(end, words[b]!.end)),
      }),
    );
  const before = words[a - 1];
  if (before && isNameWord(before) && inSentence(sentence, before) && joined(field.text, before, words[a]!))
    out.push(boundOf(field, words, a - 1, b, 'L+1', { left: [before.text.toLowerCase()] }));
  const after = words[b + 1];
  if (after && isNameWord(after) && inSentence(sentence, after) && joined(field.text, words[b]!, after))
    out.push(boundOf(field, words, a, b + 1, 'R+1', { right: [after.text.toLowerCase()] }));
  return out;
}

const inSentence = (sentence: Sentence | undefined, w: Word) =>
  !sentence || (sentence.start <= w.start && w.end <= sentence.end);

/** the bound over words `from`–`to` of `field` */
function boundOf(
  field: Field,
  words: readonly Word[],
  from: number,
  to: number,
  op: string,
  change: { left?: string[]; right?: string[] },
): Bound {
  const start = words[from]!.start;
  const end = words[to]!.end;
  return {
    field: field.field,
    start,
    end,
    text: field.text.slice(start, end),
    op,
    left: change.left ?? [],
    right: change.right ?? [],
  };
}

/** what the paper says about a concept's names, read once per paper for every bound */
export interface BoundsContext {
  lexicon: Lexicon;
  priors: WordPriors;
  fields: readonly BoundsField[];
  /** the paper's title and abstract in lower case, to count how often a name is written */
  text: string;
  /** the title in lower case */
  title: string;
  /** every candidate: a bound that names another candidate */
  candidates: readonly Merged[];
  /** the kept concepts: no concept takes another's name */
  kept: readonly Merged[];
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
    title: fields[0]?.field.text.toLowerCase() ?? '',
    candidates,
    kept,
  };
}

/** whether one of `concepts` has a name of key `key` (a few per paper: cheaper to scan than to index) */
const names = (concepts: readonly Merged[], key: string) => concepts.some((m) => m.group.keys.has(key));

const count = (text: string, phrase: string) => {
  let n = 0;
  for (let i = text.indexOf(phrase); i >= 0 && n < 3; i = text.indexOf(phrase, i + 1)) n++;
  return n;
};

/** the features of a word a bound adds on side `tag`: the word, its ending and shape, and the lexicon's priors */
function addedWord(
  f: string[],
  word: string,
  tag: 'L' | 'R',
  written: string,
  capitalised: string,
  priors: WordPriors,
): void {
  f.push(`${tag}=${word}`, `${tag}s3=${word.slice(-3)}`, `${tag}shape=${shape(written)}|${capitalised}`);
  if (canBeVerb(word)) f.push(`${tag}verb`);
  if (tag === 'L') for (const p of priors.get(word) ?? []) f.push(`left:${p}`);
}

/**
 * The features of reading concept `m` with bounds `b` instead of its own; `confidence` is the decision model's
 * probability that `m` as it stands is a concept
 */
function boundFeatures(m: Merged, confidence: number, b: Bound, c: BoundsContext): string[] {
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
  const capitalised = CAPITALISED.test(m.mention.aliases[0] ?? m.mention.name) ? 'C' : 'c';
  // the added words as written, for their shape: the bound's first and last words
  const written = b.op === 'W' ? [] : b.text.split(/[\s/]+/);
  for (const w of b.left) addedWord(f, w, 'L', written[0] ?? w, capitalised, c.priors);
  for (const w of b.right) addedWord(f, w, 'R', written.at(-1) ?? w, capitalised, c.priors);
  const lower = b.text.toLowerCase();
  const head = b.right.at(-1);
  if (head !== undefined) {
    for (const p of c.priors.get(head) ?? []) f.push(`head:${p}`);
    if (HEADS.has(head)) f.push('head-noun');
  }
  const tail = lower.split(/\s+/).slice(-2).join(' ');
  if (TASK_HEAD.test(tail)) f.push(`task-head|k=${kind}`);
  if (DATASET_HEAD.test(tail)) f.push(`dataset-head|k=${kind}`);
  if (NOT_A_CONCEPT.test(tail)) f.push('not-a-concept-head');
  const key = aliasKey(b.text);
  if (names(c.candidates, key)) f.push(`bound-candidate|${b.op}`);
  if (c.lexicon.lookup(b.text).length > 0) f.push(`bound-lex|${known}`);
  if (c.fields.some((x) => x.acronyms.some((d) => aliasKey(d.long) === key))) f.push('bound-long-form');
  const occurrences = count(c.text, lower);
  f.push(`bound-occ=${occurrences}`, `bound-occ=${occurrences}|${b.op}`);
  if (b.field === 'abstract' && c.title.includes(lower)) f.push('bound-in-title');
  return f;
}

/** a concept's other bounds, one per name, at every place it is written, with the places that give each */
function conceptBounds(m: Merged, c: BoundsContext): { bound: Bound; places: Set<string> }[] {
  const own = m.group.keys;
  const byKey = new Map<string, { bound: Bound; places: Set<string> }>();
  for (const o of m.occurrences) {
    const f = c.fields.find((x) => x.field.field === o.field);
    if (!f) continue;
    for (const bound of otherBounds(f, o.start, o.end)) {
      const key = aliasKey(bound.text);
      // a kept concept's name is that concept: the decision model has judged the two apart
      if (!key || own.has(key) || names(c.kept, key)) continue;
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
 * "GPT-3.5" for "GPT-3", "few-shot cross-lingual transfer" for "cross-lingual transfer". Two concepts that take
 * the same new name are one concept: the first keeps it.
 */
export function rebound(
  model: Scorer,
  threshold: number,
  kept: readonly Merged[],
  c: BoundsContext,
): Merged[] {
  const out: Merged[] = [];
  const taken = new Set<string>();
  for (const m of kept) {
    if (m.mention.evidence.confidence >= SURE) {
      out.push(m);
      continue;
    }
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
    if (taken.has(key)) continue;
    taken.add(key);
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
