import { aliasKey, foldText } from '../../src/graph/names.ts';

/** one word of a text, with its offsets and two normal forms */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** the word as aliasKey spells a word that is not the last: lower case, no accents */
  low: string;
  /** aliasKey of the word alone (singular): how a key spells its last word */
  key: string;
}

// letters and digits, with a trailing "+"/"#" as in "C++"; aliasKey splits words the same way
const WORD = /[\p{L}\p{N}]+[+#]*/gu;

// words repeat across abstracts, so their keys are kept; the cap bounds memory on endless input
const KEYS = new Map<string, string>();
const MAX_KEYS = 200_000;
function keyOf(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = aliasKey(word);
    KEYS.set(word, key);
  }
  return key;
}

/** the words of `text` in order */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    // aliasKey drops a possessive "'s"
    if (word === 's' && /['’]$/.test(text.slice(0, m.index))) continue;
    const key = keyOf(word);
    if (!key) continue;
    const low = /^[a-z0-9+#]*$/i.test(word)
      ? word.toLowerCase()
      : foldText(word)
          .toLowerCase()
          .replace(/[^a-z0-9+#]/g, '');
    tokens.push({ start: m.index, end: m.index + word.length, text: word, low, key });
  }
  return tokens;
}
