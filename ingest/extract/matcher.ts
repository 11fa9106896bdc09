import type { LexiconConcept, Lexicon } from '../lexicon/index.ts';
import { CURATED } from '../lexicon/curated.ts';
import { aliasKey } from '../../src/graph/names.ts';
import type { Token } from './tokens.ts';

/** a lexicon name found in a text */
export interface Hit {
  concept: LexiconConcept;
  /** first and last token of the match */
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  /** an all-capital name of 2–3 letters from the lists: trusted only if the concept shows up by another name too */
  weak: boolean;
}

interface Entry {
  concept: LexiconConcept;
  /** letters and digits of the name when it must match with its case ("GNN", "ResNet", "Cora") */
  exact?: string;
  weak: boolean;
  /** a plain capitalised word from the lists ("Charades"): not at the start of a sentence */
  plainWord: boolean;
}

/**
 * A string of key letters as the index knows it: the key of some names, the start of longer keys, or both. One
 * map answers both questions, so a word written as its own key costs one look-up per step of a match.
 */
interface Node {
  entries: Entry[] | undefined;
  /** whether some longer key starts with this string */
  continues: boolean;
}

/** finds lexicon names in tokenised text, longest match first, in one left-to-right pass */
export interface Matcher {
  match(tokens: readonly Token[], text: string, sentenceStarts: ReadonlySet<number>): Hit[];
}

const MAX_TOKENS = 10;
const alnum = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

/** build the name index of `lexicon` once; matching is then linear in the text */
export function buildMatcher(lexicon: Lexicon): Matcher {
  const curated = new Set(CURATED.map((c) => `${c.kind}:${c.name}`));
  // every key, and every prefix of every key: a match stops growing as soon as no name can continue it
  const index = new Map<string, Node>();
  const nodeOf = (key: string): Node => {
    let node = index.get(key);
    if (!node) index.set(key, (node = { entries: undefined, continues: false }));
    return node;
  };
  for (const concept of lexicon.concepts) {
    const core = curated.has(`${concept.kind}:${concept.name}`);
    for (const form of new Set([concept.name, ...concept.aliases])) {
      const tokens = form.match(/[\p{L}\p{N}]+[+#]*/gu);
      if (!tokens) continue;
      const key = aliasKey(form);
      if (!key) continue;
      const single = tokens.length === 1;
      const needsCase =
        /\p{Lu}/u.test(form) && (single || concept.kind === 'dataset' || /\p{L}\p{Lu}/u.test(form));
      const entry: Entry = {
        concept,
        ...(needsCase ? { exact: alnum(form) } : {}),
        weak: !core && /^[A-Z0-9]{2,3}s?$/.test(alnum(form)),
        plainWord: !core && single && /^\p{Lu}\p{Ll}+$/u.test(form),
      };
      const node = nodeOf(key);
      (node.entries ??= []).push(entry);
      for (let i = 1; i < key.length; i++) nodeOf(key.slice(0, i)).continues = true;
    }
  }

  const accepts = (
    entry: Entry,
    surface: string,
    start: number,
    sentenceStarts: ReadonlySet<number>,
  ): boolean => {
    if (entry.plainWord && sentenceStarts.has(start)) return false;
    if (!entry.exact) return true;
    const letters = alnum(surface);
    return letters.startsWith(entry.exact) && ['', 's', 'es'].includes(letters.slice(entry.exact.length));
  };

  return {
    match(tokens, text, sentenceStarts) {
      const hits: Hit[] = [];
      for (let i = 0; i < tokens.length;) {
        let best: Hit | undefined;
        let prefix = '';
        for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
          const token = tokens[j]!;
          if (j > i && !joins(text, tokens[j - 1]!, token)) break;
          const keyed = prefix + token.key;
          const node = index.get(keyed);
          const entries = node?.entries;
          if (entries) {
            const start = tokens[i]!.start;
            const surface = text.slice(start, token.end);
            const entry = entries.find((e) => accepts(e, surface, start, sentenceStarts));
            if (entry)
              best = {
                concept: entry.concept,
                first: i,
                last: j,
                start,
                end: token.end,
                surface,
                weak: entry.weak,
              };
          }
          // most words are written as their own key: the look-up above already says whether a name goes on
          const continued = token.low === token.key ? node : index.get(prefix + token.low);
          if (!continued?.continues) break;
          prefix = token.low === token.key ? keyed : prefix + token.low;
        }
        if (best) {
          hits.push(best);
          i = best.last + 1;
        } else i++;
      }
      return hits;
    },
  };
}

// two words belong to one name only across a space, hyphen or slash ("back-propagation", "k-NN", "GPT-3.5")
function joins(text: string, a: Token, b: Token): boolean {
  // a gap of one space is by far the most common: it needs no slice and no pattern
  if (b.start - a.end === 1 && text[a.end] === ' ') return true;
  const gap = text.slice(a.end, b.start);
  return /^(?:\s|[-‐‑–/]\s?)$/.test(gap) || (gap === '.' && /\d$/.test(a.text) && /^\d/.test(b.text));
}
