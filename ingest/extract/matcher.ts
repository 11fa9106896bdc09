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
 * Every key and every start of a key, as a trie of their letters in flat arrays: node n's children are the edges
 * firstEdge[n] … firstEdge[n + 1] − 1. Keys join a name's words without spaces ("back propagation" meets
 * "backpropagation"), so a match walks the letters of each word from where the previous word left off. A walk
 * touches a few small arrays; the map of every key prefix it replaces built, hashed and compared a new string at
 * each step of a match (the largest single cost of extraction in a CPU profile).
 */
interface KeyTrie {
  firstEdge: Int32Array;
  edgeLetter: Uint16Array;
  edgeNode: Int32Array;
  /** the root's children by letter code, the one node with many */
  rootChild: Int32Array;
  /** the names whose key ends at a node */
  entries: (Entry[] | undefined)[];
}

const ROOT = 0;
const NONE = -1;

function buildTrie(keyed: ReadonlyMap<string, Entry[]>): KeyTrie {
  // nodes are numbered as they are made, edge e leading to node e + 1; a node's child is found by one number in
  // one map (a map per node made a quarter of a million maps, the bulk of start-up): node * 128 + letter, a small
  // integer, for the ASCII letters aliasKey writes keys in, and a distinct negative one for any other
  const child = new Map<number, number>();
  const edgeFrom: number[] = [];
  const letters: number[] = [];
  const ends: [number, Entry[]][] = [];
  for (const [key, entries] of keyed) {
    let node = ROOT;
    for (let c = 0; c < key.length; c++) {
      const letter = key.charCodeAt(c);
      const at = letter < 128 ? node * 128 + letter : -1 - (node * 0x10000 + letter);
      let next = child.get(at);
      if (next === undefined) {
        next = edgeFrom.length + 1;
        edgeFrom.push(node);
        letters.push(letter);
        child.set(at, next);
      }
      node = next;
    }
    ends.push([node, entries]);
  }
  // laid out so each node's edges sit together, in the order they were made
  const nodes = edgeFrom.length + 1;
  const firstEdge = new Int32Array(nodes + 1);
  for (const from of edgeFrom) firstEdge[from + 1]!++;
  for (let n = 0; n < nodes; n++) firstEdge[n + 1]! += firstEdge[n]!;
  const edgeLetter = new Uint16Array(edgeFrom.length);
  const edgeNode = new Int32Array(edgeFrom.length);
  const filled = firstEdge.slice(0, nodes);
  for (let e = 0; e < edgeFrom.length; e++) {
    const at = filled[edgeFrom[e]!]!++;
    edgeLetter[at] = letters[e]!;
    edgeNode[at] = e + 1;
  }
  const rootChild = new Int32Array(128).fill(NONE);
  for (let e = firstEdge[ROOT]!; e < firstEdge[ROOT + 1]!; e++) rootChild[edgeLetter[e]!] = edgeNode[e]!;
  const entries = new Array<Entry[] | undefined>(nodes).fill(undefined);
  for (const [node, list] of ends) entries[node] = list;
  return { firstEdge, edgeLetter, edgeNode, rootChild, entries };
}

/** the node reached from `from` by the letters of `word`, or NONE; the empty key is no node */
function walk(trie: KeyTrie, from: number, word: string): number {
  if (word.length === 0) return from === ROOT ? NONE : from;
  let node = from;
  for (let c = 0; c < word.length; c++) {
    const letter = word.charCodeAt(c);
    if (node === ROOT) {
      node = letter < 128 ? trie.rootChild[letter]! : NONE;
    } else {
      const end = trie.firstEdge[node + 1]!;
      let e = trie.firstEdge[node]!;
      while (e < end && trie.edgeLetter[e] !== letter) e++;
      node = e < end ? trie.edgeNode[e]! : NONE;
    }
    if (node === NONE) return NONE;
  }
  return node;
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
  const keyed = new Map<string, Entry[]>();
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
      let entries = keyed.get(key);
      if (!entries) keyed.set(key, (entries = []));
      entries.push(entry);
    }
  }
  // a match stops growing as soon as no name can continue it
  const trie = buildTrie(keyed);

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
        let node = ROOT;
        for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
          const token = tokens[j]!;
          if (j > i && !joins(text, tokens[j - 1]!, token)) break;
          const keyedAt = walk(trie, node, token.key);
          const entries = keyedAt === NONE ? undefined : trie.entries[keyedAt];
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
          // a word not last in a name is read in its plain form: most words are written as their own key
          node = token.low === token.key ? keyedAt : walk(trie, node, token.low);
          if (node === NONE || trie.firstEdge[node] === trie.firstEdge[node + 1]) break;
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
