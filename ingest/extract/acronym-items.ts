import { aliasKey } from '../../src/graph/names.ts';
import type { ConceptKind } from '../types.ts';
import { isGeneric } from '../lexicon/generic.ts';
import { DATASET_HEAD, NOT_A_CONCEPT, TASK_HEAD, makeItem } from './items.ts';
import type { FieldReading } from './reading.ts';
import type { Token } from './tokens.ts';

const ARTICLE = /^(?:the|a|an|our|novel|new)\s+/i;
// built once here: the build (esbuild, through tsx) writes a \p{Lu} or \p{Ll} pattern literal as a new RegExp at
// every call
const CAPITAL = /\p{Lu}/u;

/**
 * A short form defined here names what its long form names, whatever the lexicon says it means elsewhere: the
 * long form (unless the lexicon knows it) and every occurrence of the short form become items of one concept, and
 * lexicon matches of the short form are dropped. A long form that is generic, no concept ("… error rate"), or one
 * unhyphenated word is skipped.
 */
export function acronymItems({ field: f, tokens, hits, acronyms, items }: FieldReading): void {
  const { field, text } = f;
  for (const d of acronyms) {
    const long = hits.find((h) => h.start === d.longStart && h.end === d.longEnd);
    const known = long?.concept;
    const words = d.long.split(/\s+/);
    // "Social recommender systems (SocialRS)": a long form in lower case that ends in a known task names a kind
    // of that task; a capitalised one ("Stable Graph Matching (StableGM)") is rather a method's name
    const taskTail =
      !known &&
      words.slice(1).every((w) => !CAPITAL.test(w)) &&
      hits.some(
        (h) => h.concept.kind === 'task' && h.last > h.first && h.end === d.longEnd && h.start > d.longStart,
      );
    const kind: ConceptKind =
      known?.kind ??
      (taskTail || TASK_HEAD.test(d.long) ? 'task' : DATASET_HEAD.test(d.long) ? 'dataset' : 'method');
    if (
      !known &&
      (isGeneric(d.long) || NOT_A_CONCEPT.test(d.long) || (words.length < 2 && !/-/.test(d.long)))
    )
      continue;
    const name = known?.name ?? d.long.replace(ARTICLE, '');
    if (!known)
      items.push(
        makeItem({
          kind,
          name,
          surface: d.long,
          field,
          start: d.longStart,
          end: d.longEnd,
          extractor: 'acronym',
          confidence: 0.75,
        }),
      );
    const short = d.short.replace(/s$/, '');
    const shortKey = aliasKey(short);
    for (let i = items.length - 1; i >= 0; i--)
      if (items[i]!.extractor === 'lexicon' && aliasKey(items[i]!.surface) === shortKey) items.splice(i, 1);
    for (const t of shortForms(tokens, text, short))
      items.push(
        makeItem({
          kind,
          name,
          surface: t.text,
          ...(known ? { concept: known } : {}),
          field,
          start: t.start,
          end: t.end,
          extractor: 'acronym',
          confidence: 0.75,
        }),
      );
  }
}

// "HO-LC-CRFs" spans several tokens: a hyphenated short form is found in the text, whole and not inside a longer word
function shortForms(
  tokens: readonly Token[],
  text: string,
  short: string,
): { text: string; start: number; end: number }[] {
  const plural = `${short}s`;
  if (!/[-‐]/.test(short)) return tokens.filter((t) => t.text === short || t.text === plural);
  // the matches of /(?<![\p{L}\p{N}‐-])SHORTs?(?![\p{L}\p{N}‐-])/gu, found by indexOf: a pattern built per short
  // form and scanned over the whole text cost more than the rest of the acronym step
  const found: { text: string; start: number; end: number }[] = [];
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    if (at > 0 && WORD_MARK.test(pointBefore(text, at))) continue;
    let end = at + short.length;
    if (text[end] === 's' && !WORD_MARK.test(pointAt(text, end + 1))) end++;
    else if (WORD_MARK.test(pointAt(text, end))) continue;
    found.push({ text: text.slice(at, end), start: at, end });
    at = end - 1;
  }
  return found;
}

const WORD_MARK = /^[\p{L}\p{N}‐-]$/u;
// the code point that ends before `i` or starts at `i` (a surrogate pair as one), as the patterns' look-arounds read it
const pointBefore = (text: string, i: number) =>
  i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) && /[\uD800-\uDBFF]/.test(text[i - 2]!)
    ? text.slice(i - 2, i)
    : text.slice(i - 1, i);
const pointAt = (text: string, i: number) => {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
};
