import { DATASET_HEAD, NOT_A_CONCEPT, TASK_HEAD } from '../items.ts';
import type { Field, Item } from '../items.ts';
import { CURATED } from '../../lexicon/curated.ts';
import { lastWordOf } from '../tokens.ts';
import { isStopWord } from '../words.ts';

/** a merged candidate concept as the model sees it: its items and the fields they sit in */
export interface Candidate {
  name: string;
  kind: string;
  role: string;
  items: readonly Item[];
}

// the curated names by kind: a lexicon concept's name and kind are found without joining them into a new key
const CURATED_NAMES = new Map<string, Set<string>>();
for (const c of CURATED) {
  if (!CURATED_NAMES.has(c.kind)) CURATED_NAMES.set(c.kind, new Set());
  CURATED_NAMES.get(c.kind)!.add(c.name);
}
const PROPOSE =
  /\b(?:we|this (?:paper|work)|our)\b[^.]{0,60}?\b(?:propose|introduce|present|develop|design|devise|call|name|dub|term)/i;
const USE = /\b(?:using|use|uses|used|apply|applied|employ|leverag|adopt|based on|built on|via|with)\b/i;
const EVAL = /\b(?:on|dataset|benchmark|corpus|experiments?|evaluat|outperform|accuracy|results?)\b/i;
// built once here: the build (esbuild, through tsx) writes a \p{Lu} or \p{Ll} pattern literal as a new RegExp at
// every call
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const ACRONYM = /^\p{Lu}{2,}s?$/u;
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
// a word, not a mark, right after: "graph" in "graph neural network"
const WORD_AFTER = /^[\s‐-]\p{L}/u;

/** the finders that guess for the model to judge, as against the rules (list members: see list-members.ts) */
const GUESSING_FINDERS: ReadonlySet<string> = new Set([
  'phrase',
  'tagger',
  'list-member',
  'list-member-lower',
]);

/** whether only guessing finders found a candidate */
export const onlyGuessed = (m: { items: readonly { extractor: string }[] }) =>
  m.items.every((i) => GUESSING_FINDERS.has(i.extractor));

/** "ResNet-50" → "AaAa-0": runs of capitals, small letters and digits, at most 8 marks */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const mark =
      ch >= 'a' && ch <= 'z'
        ? 'a'
        : ch >= 'A' && ch <= 'Z'
          ? 'A'
          : ch >= '0' && ch <= '9'
            ? '0'
            : classify(ch);
    if (mark !== last || (mark !== 'a' && mark !== 'A' && mark !== '0')) {
      if (mark === last && mark === ' ') continue;
      out += mark;
      if (out.length >= 8) break;
    }
    last = mark;
  }
  return out;
}

function classify(ch: string): string {
  if (UPPER.test(ch)) return 'A';
  if (LOWER.test(ch)) return 'a';
  if (/\p{N}/u.test(ch)) return '0';
  return ch === '‐' ? '-' : ch;
}

/** the cue words of each sentence of the abstract, by index: read once per paper */
export type SentenceCues = Map<number, { propose: boolean; use: boolean; evaluate: boolean }>;

/** the general features of a candidate: its words, shape, finders, lexicon prior, cue words and position */
export function candidateFeatures(c: Candidate, fields: readonly Field[], cues?: SentenceCues): string[] {
  const f: string[] = [];
  const words = c.name
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
  const head = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  const n = Math.min(words.length, 5);
  f.push(
    `fs3=${first.slice(-3)}`,
    `head=${head}`,
    `first=${first}`,
    `nw=${n}`,
    `hs3=${head.slice(-3)}`,
    `hs4=${head.slice(-4)}`,
  );
  if (words.length > 1) f.push(`head2=${words.slice(-2).join(' ')}`);
  const extractors = new Set(c.items.map((i) => i.extractor.replace(/-\d+$/, '')));
  // what a word or shape says differs between a rule's finding, a bare phrase and a tagged span
  const src =
    extractors.size === 1 && extractors.has('phrase')
      ? 'p'
      : extractors.size === 1 && extractors.has('tagger')
        ? 't'
        : 'r';
  f.push(`${src}|head=${head}`, `${src}|first=${first}`, `${src}|nw=${n}`);
  for (const x of extractors) f.push(`x=${x}`, `x=${x}|k=${c.kind}`);
  if (extractors.size === 1 && extractors.has('phrase')) f.push('only-phrase');
  // the tagger's confidence (see taggedItem), in tenths of its range
  const tagged = c.items.find((i) => i.extractor === 'tagger');
  if (tagged) f.push(`tc=${Math.floor((tagged.confidence - 0.1) * 50)}`, `tk=${tagged.kind}|${c.kind}`);
  f.push(`k=${c.kind}`, `r=${c.role}|k=${c.kind}`, `nx=${Math.min(extractors.size, 3)}`);
  const concept = c.items.find((i) => i.concept)?.concept;
  if (concept) {
    const src = CURATED_NAMES.get(concept.kind)?.has(concept.name) ? 'core' : 'pwc';
    f.push(`lex=${src}`, `lex=${src}|${concept.kind}`, `lex=${src}|k=${c.kind}`);
    if (concept.parents.length > 0) f.push('lex-parent');
  }
  if (c.items.some((i) => i.weak)) f.push('weak');
  // the first surface stands for the others: most concepts are written one way
  for (const s of [c.items[0]!.surface]) {
    f.push(`${src}|shape=${shape(s)}`);
    if (ACRONYM.test(s)) f.push('acronym');
    if (CAMEL.test(s)) f.push('camel');
    if (/\d/.test(s)) f.push('digit');
    if (/[‐-]/.test(s)) f.push('hyphen');
    if (s.split(/\s+/).every((w) => CAPITALISED.test(w))) f.push('capitalised');
    if (s === s.toLowerCase()) f.push('lower');
  }
  // the head patterns end in one or two words: testing those is much cheaper than the whole name
  const tail = words.slice(-2).join(' ');
  if (TASK_HEAD.test(tail)) f.push('task-head');
  if (DATASET_HEAD.test(tail)) f.push('dataset-head');
  if (NOT_A_CONCEPT.test(tail)) f.push('not-a-concept-head');
  const inTitle = c.items.some((i) => i.field === 'title');
  const inAbstract = c.items.filter((i) => i.field === 'abstract');
  if (inTitle) f.push('in-title', `in-title|k=${c.kind}`, `${src}|in-title`);
  const title = fields.find((x) => x.field === 'title')?.text ?? '';
  if (inTitle && /:/.test(title) && c.items.some((i) => i.field === 'title' && i.end <= title.indexOf(':')))
    f.push('title-lead');
  f.push(`occ=${Math.min(new Set(inAbstract.map((i) => i.start)).size, 4)}`);
  const abstract = fields.find((x) => x.field === 'abstract');
  const firstItem = earliest(inAbstract);
  if (abstract && firstItem) {
    const si = abstract.sentences.findIndex((s) => s.start <= firstItem.start && firstItem.start < s.end);
    const last = abstract.sentences.length - 1;
    f.push(`sent=${si === 0 ? 'first' : si === last ? 'last' : si === 1 ? 'second' : 'mid'}`);
    const sentence = abstract.sentences[si]?.text ?? '';
    const before = abstract.text.slice(Math.max(0, firstItem.start - 40), firstItem.start);
    const after = abstract.text.slice(firstItem.end, firstItem.end + 30);
    const prev = lastWordOf(before.toLowerCase());
    const next = /^\W*([\p{L}\p{N}]+)/u.exec(after)?.[1]?.toLowerCase();
    // a phrase whose neighbours are content words is part of a longer one: "graph" in "graph neural network"
    if (prev && /^[\s‐-]?$/.test(before.slice(-1)) && !isStopWord(prev)) f.push(`${src}|left-open`);
    if (next && WORD_AFTER.test(after) && !isStopWord(next)) f.push(`${src}|right-open`);
    if (prev) f.push(`${src}|prev=${prev}`);
    if (next) f.push(`${src}|next=${next}`);
    if (/^\s*\(/.test(after)) f.push('paren-after');
    if (/\(\s*$/.test(before)) f.push('in-paren');
    if (/^\s*,/.test(after)) f.push('comma-after');
    let cue = cues?.get(si);
    if (cue === undefined) {
      cue = { propose: PROPOSE.test(sentence), use: USE.test(sentence), evaluate: EVAL.test(sentence) };
      cues?.set(si, cue);
    }
    if (cue.propose) f.push('s-propose', `s-propose|k=${c.kind}`);
    if (cue.use) f.push('s-use');
    if (cue.evaluate) f.push(`s-eval|k=${c.kind}`);
  }
  return f;
}

/** the item that starts first, the first of equals (as a stable sort puts it) */
function earliest(items: readonly Item[]): Item | undefined {
  let first = items[0];
  for (const i of items) if (i.start < first!.start) first = i;
  return first;
}

const NON_WORD = /[^\p{L}\p{N}+#]+/u;

/** a name as padded lower-case words, plurals folded, so that " language model " finds itself in a longer name */
function wordForm(name: string): string {
  const words = name
    .toLowerCase()
    .split(NON_WORD)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return ` ${words.join(' ')} `;
}

/** whether a form of `inner` is written inside a longer form of `outer` */
const contains = (outer: readonly string[], inner: readonly string[]) =>
  outer.some((o) => inner.some((i) => i.length < o.length && o.includes(i)));

/**
 * What the paper's other candidates say about each one: a longer candidate written around it ("language model"
 * inside "large language model"), or a shorter one inside it. Annotators keep the most specific name a paper
 * gives, so a name nested in another is often not a concept of its own.
 */
export function nestingFeatures(candidates: readonly Candidate[]): string[][] {
  // names recur as other candidates' surfaces: each written form read once
  const read = new Map<string, string>();
  const formOf = (name: string) => {
    let form = read.get(name);
    if (form === undefined) read.set(name, (form = wordForm(name)));
    return form;
  };
  const forms = candidates.map((c) => [...new Set([c.name, ...c.items.map((i) => i.surface)].map(formOf))]);
  const n = candidates.length;
  // inside[i * n + j]: candidate i is written inside candidate j; each ordered pair tested once, and only when
  // i's shortest form is shorter than j's longest
  const shortest = forms.map((fs) => Math.min(...fs.map((f) => f.length)));
  const longest = forms.map((fs) => Math.max(...fs.map((f) => f.length)));
  const inside = new Uint8Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (j !== i && shortest[i]! < longest[j]! && contains(forms[j]!, forms[i]!)) inside[i * n + j] = 1;
  return candidates.map((c, i) => {
    const f: string[] = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const other = candidates[j]!;
      if (inside[i * n + j]) f.push(`in-longer|k=${c.kind}|${other.kind}`);
      if (inside[j * n + i]) f.push(`holds-shorter|k=${c.kind}|${other.kind}`);
    }
    return [...new Set(f)];
  });
}
