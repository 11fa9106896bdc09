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

// a word (letters and digits, with inner . _ - + # and a trailing + or #), or a punctuation mark phrases stop at
const SCAN = /[\p{L}\p{N}][\p{L}\p{N}+#._-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]|[,;:()[\]"]/gu;
// a word's key parts: letters and digits, with a trailing "+"/"#" as in "C++"
const PART = /[\p{L}\p{N}]+[+#]*/gu;
const ONE_PART = /^[\p{L}\p{N}]+[+#]*$/u;
const PUNCTUATION = /^[,;:()[\]"]$/;

/** the words and punctuation of `text`, offsets shifted by `offset` */
export function wordsOf(text: string, offset: number): Word[] {
  // written as a loop: every field is scanned, and a spread of the matches builds a second array
  const words: Word[] = [];
  for (const m of text.matchAll(SCAN))
    words.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return words;
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
