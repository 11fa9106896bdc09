import { isGeneric } from '../lexicon/generic.ts';
import type { Cue } from './items.ts';
import { looksLikeName } from './words.ts';
import { wordsOf } from './tokens.ts';
import type { Word } from './tokens.ts';

// "the WikiVitals dataset", "CIFAR-10 and MNIST benchmarks"
const DATASET_AFTER =
  /\b((?:[\p{L}\p{N}][\p{L}\p{N}'’+.-]*\s+){1,4}?)(?:datasets?|benchmarks?|corpus|corpora)\b/giu;
// DATASET_AFTER tries up to four words at every word, so it is run only from the words before a noun (same flags)
const DATASET_NOUN = /dataset|benchmark|corpus|corpora/giu;
// what DATASET_AFTER's words and spaces are made of; surrogates count, so a run never stops inside a letter
const RUN_CHAR = /[\p{L}\p{N}'’+.\s\uD800-\uDFFF-]/u;

/**
 * DATASET_AFTER's matches in `text`, as matchAll finds them. A match holds a noun and is made of RUN_CHARs before
 * it, so none starts before the run of RUN_CHARs that ends at the next noun: the pattern is run from there.
 */
function* datasetPhrases(text: string): Generator<RegExpExecArray> {
  for (let from = 0; ;) {
    DATASET_NOUN.lastIndex = from;
    const noun = DATASET_NOUN.exec(text);
    if (!noun) return;
    let start = noun.index;
    while (start > from && RUN_CHAR.test(text[start - 1]!)) start--;
    DATASET_AFTER.lastIndex = start;
    const m = DATASET_AFTER.exec(text);
    if (!m) return;
    yield m;
    from = m.index + m[0].length;
  }
}
// "datasets such as X, Y and Z"; "benchmarks: X, Y, Z"
const DATASET_LIST =
  /\b(?:datasets?|benchmarks?|corpora)\s*(?:,\s*)?(?:such as|including|like|namely|i\.e\.,?|e\.g\.,?|:|\()\s*/gi;
// "experiments on Cora, CiteSeer and PubMed", "we evaluate our method on MNIST and SVHN"
const EVAL_LIST =
  /\b(?:experiments?|evaluat(?:e|es|ed|ing|ion)|results?|tested|tests?|trained|benchmarked|outperforms?\s+\S+)\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?/gi;

// "on English, German and French": languages and language pairs are settings, not datasets
const LANGUAGES = new Set(
  'english german french spanish chinese japanese korean russian arabic hindi italian portuguese dutch czech romanian turkish vietnamese vi en de fr es zh ja ko ru ar cs ro tr multilingual monolingual'.split(
    ' ',
  ),
);

// a name with two capitals, a digit or a capital inside ("ImageNet", "COCO", "MNIST-1D"); a constant, because the
// build writes a \p{Lu} pattern literal as a new RegExp at every call
const CODED_NAME = /\p{Lu}.*\p{Lu}|\d|^\p{Lu}\p{Ll}+\p{Lu}/u;

/** named datasets from cue phrases: "the X dataset", "datasets such as X, Y and Z" */
export function findDatasetNames(text: string): Cue[] {
  const cues: Cue[] = [];
  const add = (words: Word[], extractor: string, confidence: number) => {
    const names = words.filter((w) => !/^(?:and|or|the)$/i.test(w.text));
    if (
      names.length === 0 ||
      !names.every((w, i) => looksLikeName(w.text) || (i > 0 && /^\d+$/.test(w.text))) ||
      !names.some((w) => CODED_NAME.test(w.text) || names.length === 1)
    )
      return;
    const name = text.slice(names[0]!.start, names[names.length - 1]!.end);
    if (
      isGeneric(name) ||
      /^v\d+(?:\.\d+)*$/i.test(name) ||
      name.split(/[\s-]+/).every((w) => LANGUAGES.has(w.toLowerCase()) || w === 'to') ||
      /^(?:Our|This|These|The|Both|All|Several|Two|Three|Many|Public|Real|Large|New)$/i.test(names[0]!.text)
    )
      return;
    cues.push({
      kind: 'dataset',
      role: 'used',
      name,
      aliases: [name],
      start: names[0]!.start,
      end: names[names.length - 1]!.end,
      extractor,
      confidence,
    });
  };
  for (const m of datasetPhrases(text)) {
    const words = wordsOf(m[1]!, m.index);
    // keep the name-like tail: "on the large Natural Questions dataset" → "Natural Questions"
    const tail: Word[] = [];
    for (let i = words.length - 1; i >= 0 && looksLikeName(words[i]!.text); i--) tail.unshift(words[i]!);
    if (tail.length > 0) add(tail, 'dataset-cue', 0.7);
  }
  const list = (at: number, extractor: string, confidence: number) => {
    const chunk = text.slice(at, at + 200);
    const stop = chunk.search(/[.!?;](?:\s|$)/);
    const rest = wordsOf(stop >= 0 ? chunk.slice(0, stop) : chunk, at);
    let item: Word[] = [];
    for (const w of rest) {
      if (w.text === ',' || /^(?:and|or)$/i.test(w.text)) {
        if (item.length > 0) add(item, extractor, confidence);
        item = [];
        continue;
      }
      // a year or version inside a name: "WMT'14 English-German"
      const inner = item.length > 0 && /^\d+$/.test(w.text);
      if ((!looksLikeName(w.text) && !inner) || /^[;:()[\]"]$/.test(w.text)) break;
      item.push(w);
    }
    if (item.length > 0) add(item, extractor, confidence);
  };
  for (const m of text.matchAll(DATASET_LIST)) list(m.index + m[0].length, 'dataset-list', 0.6);
  // only a list of two or more names: "results on ImageNet" alone is left to the lexicon
  for (const m of text.matchAll(EVAL_LIST)) {
    const before = cues.length;
    list(m.index + m[0].length, 'dataset-eval-list', 0.55);
    if (cues.length - before < 2) cues.splice(before);
  }
  return cues;
}
