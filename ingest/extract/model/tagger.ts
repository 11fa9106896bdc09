import type { ConceptKind } from '../../types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { makeItem } from '../items.ts';
import type { Field, Item } from '../items.ts';
import type { Hit } from '../matcher.ts';
import { wordsOf } from '../tokens.ts';
import { stringIds } from '../string-ids.ts';
import type { Word } from '../tokens.ts';
import { canBeVerb, isStopWord } from '../words.ts';
import { shape } from './features.ts';
import { random } from './logreg.ts';

/**
 * A sequence tagger for concept names: an averaged structured perceptron over the words of a sentence, with BIO
 * tags per kind and Viterbi decoding. The rules find names by cue and lexicon; the tagger learns from the
 * annotations where names begin and end from the words around them ("… on the X benchmark", "we use X to …"), so
 * it proposes names no rule and no lexicon knows. Its spans are candidates like any finder's: the decision model
 * judges them.
 */

export const TAGS = ['O', 'B-method', 'I-method', 'B-dataset', 'I-dataset', 'B-task', 'I-task'] as const;
const T = TAGS.length;
const KINDS: readonly ConceptKind[] = ['method', 'dataset', 'task'];

/** the trained tagger as stored: feature → one weight per tag, and tag-to-tag transition weights */
export interface TaggerModel {
  tags: readonly string[];
  weights: Record<string, number[]>;
  /** transitions[from * T + to]; from = T is the sentence start */
  transitions: number[];
}

/** a name the tagger reads in a field, with the weakest of its words' margins over the O tag */
export interface TaggedSpan {
  kind: ConceptKind;
  start: number;
  end: number;
  text: string;
  margin: number;
}

/** a word of a sentence with what the tagger reads beside it */
interface Slot {
  word: Word;
  /** the word's place in a lexicon match as a tag (index into TAGS: B-method, I-task, …), or 0 for none */
  lexicon: number;
}

// ── features ────────────────────────────────────────────────────────────────────────────────────────────────

const norm = (w: string) => w.toLowerCase();

/**
 * What the lexicon says about a word, as features: how many known names of each kind end with it, and how many
 * hold it elsewhere ("detection" ends many task names, "neural" sits inside many method names), in powers of
 * two. General knowledge from about 10,000 names of 9,000 concepts, which lets the tagger read a name it has never seen.
 */
export type WordPriors = ReadonlyMap<string, readonly string[]>;

export function wordPriors(lexicon: Lexicon): WordPriors {
  const counts = new Map<string, Map<string, number>>();
  const count = (word: string, what: string) => {
    let c = counts.get(word);
    if (!c) counts.set(word, (c = new Map()));
    c.set(what, (c.get(what) ?? 0) + 1);
  };
  for (const c of lexicon.concepts)
    for (const name of new Set([c.name, ...c.aliases].map(norm))) {
      const words = wordsOf(name, 0);
      words.forEach((w, i) => count(w.text, i === words.length - 1 ? `ends-${c.kind}` : 'inside'));
    }
  const priors = new Map<string, string[]>();
  for (const [word, c] of counts)
    priors.set(
      word,
      [...c].filter(([, n]) => n >= 2).map(([what, n]) => `${what}${Math.min(6, Math.floor(Math.log2(n)))}`),
    );
  return priors;
}

/**
 * The features a word gives the tag at `offset` words from it. They depend on the word and the offset only, so the
 * scoring side sums them once per distinct word and offset.
 */
export function wordFeatures(word: string, offset: number, priors: WordPriors): string[] {
  const low = norm(word);
  const known = priors.get(low) ?? [];
  if (offset !== 0) {
    const f = [`${offset}w=${low}`];
    if (offset === -1 || offset === 1)
      f.push(`${offset}s=${shape(word)}`, ...known.map((k) => `${offset}${k}`));
    return f;
  }
  const f = [
    `w=${low}`,
    `s=${shape(word)}`,
    `x3=${low.slice(-3)}`,
    `x4=${low.slice(-4)}`,
    `p3=${low.slice(0, 3)}`,
  ];
  if (/^\p{Lu}/u.test(word)) f.push('cap');
  if (isStopWord(low)) f.push('stop');
  else if (canBeVerb(low)) f.push('verb');
  f.push(...(known.length > 0 ? known : ['unknown']));
  return f;
}

/** the features of the sentence position `i` that do not belong to one word */
function slotFeatures(slots: readonly Slot[], i: number, title: boolean): string[] {
  const f = ['bias'];
  const lex = slots[i]!.lexicon;
  if (lex) f.push(`lex=${TAGS[lex]}`, `lex=${TAGS[lex]}|w=${norm(slots[i]!.word.text)}`);
  const prev = slots[i - 1]?.lexicon;
  if (prev) f.push(`-1lex=${TAGS[prev]}`);
  if (i === 0) f.push('first');
  if (title) f.push('title', `title|s=${shape(slots[i]!.word.text)}`);
  return f;
}

const OFFSETS = [-2, -1, 0, 1, 2];

/** every feature at position `i`, as training reads them */
function featuresAt(slots: readonly Slot[], i: number, title: boolean, priors: WordPriors): string[] {
  const f = slotFeatures(slots, i, title);
  for (const o of OFFSETS) {
    const s = slots[i + o];
    f.push(...(s ? wordFeatures(s.word.text, o, priors) : [`${o}w=<edge>`]));
  }
  return f;
}

/** the sentences of a field as slots, each of its `words` marked with the lexicon match it lies in */
function sentencesOf(field: Field, hits: readonly Hit[], words: readonly Word[]): Slot[][] {
  const out: Slot[][] = [];
  let w = 0;
  let h = 0;
  for (const s of field.sentences) {
    const slots: Slot[] = [];
    for (; w < words.length && words[w]!.start < s.end; w++) {
      const word = words[w]!;
      if (word.start < s.start) continue;
      while (h < hits.length && hits[h]!.end <= word.start) h++;
      // the first of the next three hits that holds the word, read in place: this runs for every word
      let hit: Hit | undefined;
      for (let k = h; k < h + 3 && k < hits.length && !hit; k++)
        if (hits[k]!.start <= word.start && word.end <= hits[k]!.end) hit = hits[k];
      const lexicon = hit ? 1 + 2 * KINDS.indexOf(hit.concept.kind) + (hit.start === word.start ? 0 : 1) : 0;
      slots.push({ word, lexicon });
    }
    if (slots.length > 0) out.push(slots);
  }
  return out;
}

// ── decoding ────────────────────────────────────────────────────────────────────────────────────────────────

// I-x may follow only B-x or I-x of the same kind: ALLOWED[from * T + to], from = T at the sentence start
const ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, i) => {
  const [from, to] = [Math.floor(i / T), i % T];
  return to === 0 || to % 2 === 1 || (from !== T && from !== 0 && Math.ceil(from / 2) === Math.ceil(to / 2))
    ? 1
    : 0;
});
// the tags each tag may follow inside a sentence, in order: viterbi reads only those, tag t's being
// PREVIOUS[PREVIOUS_AT[t]] … PREVIOUS[PREVIOUS_AT[t + 1] − 1] (flat, so the innermost loop reads one typed array)
const PREVIOUS_LISTS = Array.from({ length: T }, (_, to) =>
  [...Array(T).keys()].filter((from) => ALLOWED[from * T + to] === 1),
);
const PREVIOUS = Int8Array.from(PREVIOUS_LISTS.flat());
const PREVIOUS_AT = Int32Array.from([
  0,
  ...PREVIOUS_LISTS.map((_, t) => PREVIOUS_LISTS.slice(0, t + 1).flat().length),
]);

// viterbi's tables, grown to the longest sentence and reused: a new typed array per sentence costs more than the
// decoding (every entry read is written first)
let score = new Float64Array(0);
let back = new Int8Array(0);

/** the best tag sequence for emission scores `e` (n × T) under `trans`, and each position's margin over O */
function viterbi(e: Float64Array, n: number, trans: ArrayLike<number>): number[] {
  if (score.length < n * T) {
    score = new Float64Array(2 * n * T);
    back = new Int8Array(2 * n * T);
  }
  for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T + t] ? e[t]! + trans[T * T + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const last = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = PREVIOUS_AT[t]!; k < PREVIOUS_AT[t + 1]!; k++) {
        const p = PREVIOUS[k]!;
        const s = score[last + p]! + trans[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + e[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  const path = new Array<number>(n);
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * T + last]!;
  }
  return path;
}

/** the spans a tag path names, with their weakest word's emission margin over O */
function spansOf(
  slots: readonly Slot[],
  path: readonly number[],
  e: Float64Array,
  text: string,
): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < path.length; i++) {
    const tag = path[i]!;
    if (tag === 0 || tag % 2 === 0) continue;
    let j = i;
    while (j + 1 < path.length && path[j + 1] === tag + 1) j++;
    let margin = Infinity;
    for (let k = i; k <= j; k++) margin = Math.min(margin, e[k * T + path[k]!]! - e[k * T]!);
    const start = slots[i]!.word.start;
    const end = slots[j]!.word.end;
    spans.push({ kind: KINDS[(tag - 1) / 2]!, start, end, text: text.slice(start, end), margin });
    i = j;
  }
  return spans;
}

/** a tagger ready to read fields: its weights indexed, and each word's summed weights kept per offset */
export interface Tagger {
  /** the names in `field`; `words` is its scan (`wordsOf`), which the extractor shares with the tokenizer */
  tag(field: Field, hits: readonly Hit[], words?: readonly Word[]): TaggedSpan[];
}

// the per-word sums repeat across abstracts; the cap bounds memory on endless input
const MAX_CACHED_WORDS = 100_000;

export function tagger(model: TaggerModel, priors: WordPriors, maxCachedWords = MAX_CACHED_WORDS): Tagger {
  // a file trained with other tags would read every span wrongly, silently
  if (model.tags.join() !== TAGS.join())
    throw new Error(`tagger model tags ${model.tags.join()} are not ${TAGS.join()}`);
  // feature f's weights are weights[id * T] … weights[id * T + T − 1], id its number in `features`
  const features = stringIds(Object.keys(model.weights).length);
  const weights = new Float64Array(T * Object.keys(model.weights).length);
  for (const [f, w] of Object.entries(model.weights)) weights.set(w, features.idOf(f) * T);
  const add = (into: Float64Array, at: number, feature: string) => {
    const id = features.find(feature);
    if (id >= 0) for (let t = 0; t < T; t++) into[at + t]! += weights[id * T + t]!;
  };
  // each word's summed weights at every offset (OFFSETS order), one block a word in one array, found by the word's
  // number (`stringIds`). The first block holds the sums of the sentence's edge at each offset, so a position reads
  // its five neighbours' sums alike
  const SUMS = OFFSETS.length * T;
  const EDGE = 0;
  const ids = stringIds(maxCachedWords);
  // the words whose sums are in `sums`: ids 0 … summed − 1
  let summed = 0;
  let sums = new Float64Array(1024 * SUMS);
  OFFSETS.forEach((o, k) => add(sums, EDGE + k * T, `${o}w=<edge>`));
  const wordSums = (word: string): number => {
    const id = ids.idOf(word);
    const at = (id + 1) * SUMS;
    if (id === summed) {
      if (at === sums.length) {
        const grown = new Float64Array(2 * sums.length);
        grown.set(sums);
        sums = grown;
      }
      // a block freed by a clear still holds an earlier word's sums
      sums.fill(0, at, at + SUMS);
      for (let k = 0; k < OFFSETS.length; k++)
        for (const f of wordFeatures(word, OFFSETS[k]!, priors)) add(sums, at + k * T, f);
      summed++;
    }
    return at;
  };
  // the slot features of most words are the same few sets: each summed once, kept per combination of the word's
  // and the previous word's lexicon tags, sentence start and title, and by the word (its place in `sums`) when
  // they read it; a number key costs less to look up than the word
  const COMBINATIONS = T * T * 4;
  const slotSums = new Map<number, Float64Array>();
  // the emission scores of a sentence and where its words' sums start, reused like viterbi's tables
  let emissions = new Float64Array(0);
  let starts = new Int32Array(0);
  const plain = new Float64Array(T);
  add(plain, 0, 'bias');
  const slotSum = (slots: readonly Slot[], i: number, title: boolean, wordAt: number): Float64Array => {
    const lexicon = slots[i]!.lexicon;
    const prev = slots[i - 1]?.lexicon ?? 0;
    // most words: inside a sentence of the abstract, in no lexicon match and after none
    if (!lexicon && !prev && i > 0 && !title) return plain;
    const combination = ((lexicon * T + prev) * 2 + (i === 0 ? 1 : 0)) * 2 + (title ? 1 : 0);
    const key = combination + (title || lexicon ? (wordAt / SUMS) * COMBINATIONS : 0);
    let sum = slotSums.get(key);
    if (sum === undefined) {
      if (slotSums.size >= maxCachedWords) slotSums.clear();
      sum = new Float64Array(T);
      for (const f of slotFeatures(slots, i, title)) add(sum, 0, f);
      slotSums.set(key, sum);
    }
    return sum;
  };
  return {
    tag(field, hits, fieldWords = wordsOf(field.text, 0)) {
      const title = field.field === 'title';
      const spans: TaggedSpan[] = [];
      for (const slots of sentencesOf(field, hits, fieldWords)) {
        const n = slots.length;
        // cleared between sentences only: a sentence's words must not overwrite each other's sums
        if (ids.size + n > maxCachedWords) {
          ids.clear();
          summed = 0;
          // their keys name words by their place in `sums`, which the next words take
          slotSums.clear();
        }
        // where each position's neighbours' sums start, the sentence padded with two edges at each end
        if (starts.length < n + 4) starts = new Int32Array(2 * (n + 4));
        starts[n + 2] = starts[n + 3] = EDGE;
        for (let i = 0; i < n; i++) starts[i + 2] = wordSums(slots[i]!.word.text);
        if (emissions.length < n * T) emissions = new Float64Array(2 * n * T);
        const e = emissions;
        // a position's score for tag t: its slot sum, then its neighbours' sums at offsets −2 … 2 added in that order
        // (the order fixes the rounding), summed in a local and written once; the tables read into locals, which the
        // compiler keeps out of the loop
        const table = sums;
        const at = starts;
        for (let i = 0; i < n; i++) {
          const own = slotSum(slots, i, title, at[i + 2]!);
          for (let t = 0; t < T; t++) {
            let total = own[t]!;
            total += table[at[i]! + t]!;
            total += table[at[i + 1]! + T + t]!;
            total += table[at[i + 2]! + 2 * T + t]!;
            total += table[at[i + 3]! + 3 * T + t]!;
            total += table[at[i + 4]! + 4 * T + t]!;
            e[i * T + t] = total;
          }
        }
        spans.push(...spansOf(slots, viterbi(e, n, model.transitions), e, field.text));
      }
      return spans;
    },
  };
}

/**
 * A tagged span as a candidate item. Its confidence stays below every rule's (0.1–0.3, rising with the margin), so a
 * rule's item gives a concept its evidence when both find it.
 */
export const taggedItem = (span: TaggedSpan, field: Field['field']): Item =>
  makeItem({
    kind: span.kind,
    name: span.text,
    field,
    start: span.start,
    end: span.end,
    extractor: 'tagger',
    confidence: Math.round((0.1 + 0.2 / (1 + Math.exp(-span.margin / 4))) * 1000) / 1000,
  });

// ── training ────────────────────────────────────────────────────────────────────────────────────────────────

/** one field of an annotated paper: its text, sentences, lexicon matches and the annotated names with kinds */
export interface TaggedField {
  field: Field;
  hits: readonly Hit[];
  names: readonly { kind: ConceptKind; surface: string }[];
}

export interface TaggerSettings {
  epochs: number;
  seed: number;
  /** features seen at fewer positions are left out */
  minCount: number;
}

const key = (w: string) => {
  const low = w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return low.length > 3 && /[^su]s$/.test(low) ? low.slice(0, -1) : low;
};

/**
 * The gold tags of a sentence: each annotated surface form found as a run of whole words (compared lower case,
 * punctuation and a plural "s" aside), longest first, without overlaps.
 */
export function goldTags(words: readonly Word[], names: TaggedField['names']): number[] {
  const keys = words.map((w) => key(w.text));
  const forms = names
    .map((n) => ({ kind: n.kind, words: wordsOf(n.surface, 0).map((w) => key(w.text)) }))
    .filter((f) => f.words.length > 0 && f.words.join('').length > 1)
    .sort((a, b) => b.words.length - a.words.length);
  const tags = new Array<number>(words.length).fill(0);
  for (const f of forms)
    for (let i = 0; i + f.words.length <= words.length; i++) {
      if (!f.words.every((w, k) => keys[i + k] === w && tags[i + k] === 0)) continue;
      const b = 1 + 2 * KINDS.indexOf(f.kind);
      f.words.forEach((_, k) => (tags[i + k] = k === 0 ? b : b + 1));
    }
  return tags;
}

/** fit the tagger on annotated fields; the same fields and settings give the same weights */
export function trainTagger(
  fields: readonly TaggedField[],
  priors: WordPriors,
  s: TaggerSettings,
): TaggerModel {
  const sentences = fields.flatMap(({ field, hits, names }) =>
    sentencesOf(field, hits, wordsOf(field.text, 0)).map((slots) => ({
      features: slots.map((_, i) => featuresAt(slots, i, field.field === 'title', priors)),
      gold: goldTags(
        slots.map((s) => s.word),
        names,
      ),
    })),
  );
  const counts = new Map<string, number>();
  for (const x of sentences)
    for (const fs of x.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= s.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = sentences.map((x) => ({
    ids: x.features.map((fs) => fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
    gold: x.gold,
  }));
  // averaged perceptron: weights, their running sums, and when each was last brought up to date
  const w = new Float64Array(names.length * T);
  const total = new Float64Array(names.length * T);
  const stamp = new Float64Array(names.length * T);
  const tr = new Float64Array((T + 1) * T);
  const trTotal = new Float64Array((T + 1) * T);
  const trStamp = new Float64Array((T + 1) * T);
  let clock = 0;
  const bump = (v: Float64Array, sum: Float64Array, at: Float64Array, i: number, by: number) => {
    sum[i]! += (clock - at[i]!) * v[i]!;
    at[i] = clock;
    v[i]! += by;
  };
  const rnd = random(s.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      clock++;
      const { ids, gold } = rows[r]!;
      const n = gold.length;
      const e = new Float64Array(n * T);
      ids.forEach((fs, i) => {
        for (const id of fs) for (let t = 0; t < T; t++) e[i * T + t]! += w[id * T + t]!;
      });
      const guess = viterbi(e, n, tr);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = guess[i]!;
        const from = (path: readonly number[]) => (i === 0 ? T : path[i - 1]!);
        if (g !== p)
          for (const id of ids[i]!) {
            bump(w, total, stamp, id * T + g, 1);
            bump(w, total, stamp, id * T + p, -1);
          }
        if (g !== p || from(gold) !== from(guess)) {
          bump(tr, trTotal, trStamp, from(gold) * T + g, 1);
          bump(tr, trTotal, trStamp, from(guess) * T + p, -1);
        }
      }
    }
  }
  const average = (v: Float64Array, sum: Float64Array, at: Float64Array) =>
    Array.from(v, (x, i) => round((sum[i]! + (clock - at[i]!) * x) / clock));
  const avg = average(w, total, stamp);
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const ws = avg.slice(i * T, i * T + T);
    if (ws.some((x) => x !== 0)) weights[f] = ws;
  });
  return { tags: [...TAGS], weights, transitions: average(tr, trTotal, trStamp) };
}

// rounded so the file is small and the same bytes on every platform
const round = (x: number) => Math.round(x * 1e3) / 1e3;
