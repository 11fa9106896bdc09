import { aliasKey, foldText, singular } from '../../src/graph/names.ts';

/**
 * The one tokenizer of the extractor. It scans a text into words and punctuation (`wordsOf`): a word runs over
 * inner dots, hyphens and "+"/"#" ("PP-LCNet", "C++", "node2vec"), the way a name is written. The lexicon's
 * keys split words at that inner punctuation (aliasKey does), so `tokenize` reads the same scan and splits each
 * word into its key parts, with their normal forms.
 */

/** a word or punctuation mark and its offsets */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** one part of a word as the lexicon's keys split it, with its two normal forms */
export interface Token extends Word {
  /** the word as aliasKey spells a word that is not the last: lower case, no accents */
  low: string;
  /** aliasKey of the word alone (singular): how a key spells its last word */
  key: string;
}

// what a character is to the scan: a letter or digit, "+" or "#", an inner mark (". _ -"), a punctuation mark
// phrases stop at, or nothing. Other than ASCII, only letters and digits count (\p{L}, \p{N}); each code unit of the
// BMP is classed once, by pattern, and kept
const NOTHING = 0;
const LETTER = 1;
const PLUS = 2;
const INNER = 3;
const MARK = 4;
const UNCLASSED = 255;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CLASS = new Uint8Array(0x10000).fill(UNCLASSED);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /[A-Za-z0-9]/.test(ch)
    ? LETTER
    : '+#'.includes(ch)
      ? PLUS
      : '._-'.includes(ch)
        ? INNER
        : ',;:()[]"'.includes(ch)
          ? MARK
          : NOTHING;
}
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** the class of the character at `i` and its width in code units (2 for a surrogate pair), as class * 4 + width */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (isHigh(unit) && isLow(text.charCodeAt(i + 1)))
    return (LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? LETTER : NOTHING) * 4 + 2;
  let c = CLASS[unit]!;
  if (c === UNCLASSED) c = CLASS[unit] = LETTER_OR_DIGIT.test(text[i]!) ? LETTER : NOTHING;
  return c * 4 + 1;
}
// a word's key parts: letters and digits, with a trailing "+"/"#" as in "C++"
const PART = /[\p{L}\p{N}]+[+#]*/gu;
const ONE_PART = /^[\p{L}\p{N}]+[+#]*$/u;
const PUNCTUATION = /^[,;:()[\]"]$/;

/**
 * The words and punctuation of `text`, offsets shifted by `offset`: a word is a letter or digit, then any letters,
 * digits and . _ - + #, up to its last letter, digit, "+" or "#" (the pattern
 * /[\p{L}\p{N}][\p{L}\p{N}+#._-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]|[,;:()[\]"]/gu). Written as a scan of character
 * classes: every field of every paper is scanned, and the pattern's match objects cost more than the words.
 */
export function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  const push = (start: number, end: number) =>
    words.push({ text: text.slice(start, end), start: offset + start, end: offset + end });
  for (let i = 0; i < text.length;) {
    const at = classAt(text, i);
    const c = at >> 2;
    if (c === MARK) push(i, i + 1);
    if (c !== LETTER) {
      i += at & 3;
      continue;
    }
    let end = i + (at & 3);
    for (let j = end; j < text.length;) {
      const next = classAt(text, j);
      const k = next >> 2;
      if (k !== LETTER && k !== PLUS && k !== INNER) break;
      j += next & 3;
      if (k !== INNER) end = j;
    }
    push(i, end);
    i = end;
  }
  return words;
}

/** the class of the character that ends at `end` (a surrogate pair read whole), as classAt gives it */
function classBefore(text: string, end: number): number {
  const pair = end >= 2 && isLow(text.charCodeAt(end - 1)) && isHigh(text.charCodeAt(end - 2));
  return classAt(text, pair ? end - 2 : end - 1);
}

/**
 * the last run of letters and digits (\p{L}, \p{N}) in `text`, or '' when it has none: the last word of
 * `text.split(/[^\p{L}\p{N}]+/u)`, read from the end instead of splitting the whole text
 */
export function lastWordOf(text: string): string {
  const end = backOver(text, text.length, false);
  return text.slice(backOver(text, end, true), end);
}

/** where the run that ends at `end` of letters and digits (`letters`) or of other characters starts */
function backOver(text: string, end: number, letters: boolean): number {
  while (end > 0) {
    const at = classBefore(text, end);
    if ((at >> 2 === LETTER) !== letters) break;
    end -= at & 3;
  }
  return end;
}

const PLAIN = /^[a-z0-9+#]*$/i;

// an accented part's forms are kept: words repeat across abstracts; the cap bounds memory on endless input
const FORMS = new Map<string, { low: string; key: string }>();
const MAX_FORMS = 200_000;
function formsOf(part: string): { low: string; key: string } {
  // a plain part needs no look-up, which costs more than lower-casing it: aliasKey only lower-cases such a word
  // and makes it singular
  if (PLAIN.test(part)) {
    const low = part.toLowerCase();
    return { low, key: low.endsWith('s') ? singular(low) : low };
  }
  let forms = FORMS.get(part);
  if (forms === undefined) {
    if (FORMS.size >= MAX_FORMS) FORMS.clear();
    const low = foldText(part)
      .toLowerCase()
      .replace(/[^a-z0-9+#]/g, '');
    forms = { low, key: aliasKey(part) };
    FORMS.set(part, forms);
  }
  return forms;
}

/**
 * the key parts of the words of `text` in order, as the lexicon matcher reads them; `words` is the scan of `text`
 * when the caller has it (the extractor scans each field once, for the tokenizer and the tagger)
 */
export function tokenize(text: string, words: readonly Word[] = wordsOf(text, 0)): Token[] {
  const tokens: Token[] = [];
  const push = (part: string, start: number) => {
    // aliasKey drops a possessive "'s"
    if (part === 's' && (text[start - 1] === "'" || text[start - 1] === '’')) return;
    const { low, key } = formsOf(part);
    if (key) tokens.push({ start, end: start + part.length, text: part, low, key });
  };
  for (const { text: word, start } of words) {
    if (ONE_PART.test(word)) push(word, start);
    else if (!PUNCTUATION.test(word)) for (const p of word.matchAll(PART)) push(p[0], start + p.index);
  }
  return tokens;
}
