// How names and ids are written in the graph. Ingest writes them and the API looks them up with the same code,
// so a name typed into a query meets the Alias keys and ids ingest stored.
import { createHash } from 'node:crypto';
import type { ConceptKind } from './model.ts';

/** accents and compatibility forms folded away: "Schrödinger" → "Schrodinger", "ﬁ" → "fi" */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The one normal form of a concept name, used for Alias keys at ingest and for lookups in the API,
 * so "Back-propagation", "backpropagation" and "BACKPROPAGATION" meet, as do "GNNs" and "GNN".
 */
export function aliasKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = computeAliasKey(name);
    KEYS.set(name, key);
  }
  return key;
}

// extraction keys the same names and words over and over (lexicon look-ups, merging, generic names): each is
// computed once; the cap bounds memory on endless input
const KEYS = new Map<string, string>();
const MAX_KEYS = 200_000;

function computeAliasKey(name: string): string {
  const words = foldText(name)
    .toLowerCase()
    .replace(/['’]s\b/g, '') // "Adam's" → "adam"
    .replace(/[^a-z0-9+#]+/g, ' ') // hyphens, dots and slashes separate words: "back-propagation" ≡ "back propagation"
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  const last = words.length - 1;
  if (last >= 0) words[last] = singular(words[last]!);
  // joined without spaces, so "back propagation" also meets "backpropagation" and "ResNet 50" meets "ResNet50"
  return words.join('');
}

/**
 * The singular of a name's last word, in the lower case of a key: only the plural forms names take in abstracts,
 * "networks", "gnns", "strategies", "approaches".
 */
export function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `kind:slug` of a canonical name, e.g. method:forward-forward */
export function conceptId(kind: ConceptKind, name: string): string {
  const slug = foldText(name)
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${kind}:${slug || aliasKey(name) || 'unnamed'}`;
}

/** the stable paper id: the source's id where given, else p- and the first 16 hex digits of the title's SHA-256 */
export function paperId(record: { id?: string | null | undefined; title: string }): string {
  if (record.id && record.id.trim() !== '') return record.id.trim();
  const normalised = record.title.toLowerCase().replace(/\s+/g, ' ').trim();
  return `p-${createHash('sha256').update(normalised).digest('hex').slice(0, 16)}`;
}

/** the stable id of a paper's result: the same number at the same place of the same paper is the same result */
export function resultId(
  paper: string,
  result: { metric: string; valueText: string; field: string; start: number; end: number },
): string {
  const key = JSON.stringify([
    paper,
    result.metric,
    result.valueText,
    result.field,
    result.start,
    result.end,
  ]);
  return `r-${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}
