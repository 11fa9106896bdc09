import { isGeneric } from '../lexicon/generic.ts';
import type { Cue } from './cues.ts';
import { looksLikeName, wordsOf } from './words.ts';
import type { Word } from './words.ts';

// "the WikiVitals dataset", "CIFAR-10 and MNIST benchmarks"
const DATASET_AFTER =
  /\b((?:[\p{L}\p{N}][\p{L}\p{N}'’+.-]*\s+){1,4}?)(?:datasets?|benchmarks?|corpus|corpora)\b/giu;
// "datasets such as X, Y and Z"; "benchmarks: X, Y, Z"
const DATASET_LIST =
  /\b(?:datasets?|benchmarks?|corpora)\s*(?:,\s*)?(?:such as|including|like|namely|:|\()\s*/gi;

/** named datasets from cue phrases: "the X dataset", "datasets such as X, Y and Z" */
export function findDatasetNames(text: string): Cue[] {
  const cues: Cue[] = [];
  const add = (words: Word[], extractor: string, confidence: number) => {
    const names = words.filter((w) => !/^(?:and|or|the)$/i.test(w.text));
    if (
      names.length === 0 ||
      !names.every((w) => looksLikeName(w.text)) ||
      !names.some((w) => /\p{Lu}.*\p{Lu}|\d|^\p{Lu}\p{Ll}+\p{Lu}/u.test(w.text) || names.length === 1)
    )
      return;
    const name = text.slice(names[0]!.start, names[names.length - 1]!.end);
    if (
      isGeneric(name) ||
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
  for (const m of text.matchAll(DATASET_AFTER)) {
    const words = wordsOf(m[1]!, m.index);
    // keep the name-like tail: "on the large Natural Questions dataset" → "Natural Questions"
    const tail: Word[] = [];
    for (let i = words.length - 1; i >= 0 && looksLikeName(words[i]!.text); i--) tail.unshift(words[i]!);
    if (tail.length > 0) add(tail, 'dataset-cue', 0.7);
  }
  for (const m of text.matchAll(DATASET_LIST)) {
    const at = m.index + m[0].length;
    const rest = wordsOf(text.slice(at, at + 200), at);
    let item: Word[] = [];
    for (const w of rest) {
      if (w.text === ',' || /^(?:and|or)$/i.test(w.text)) {
        if (item.length > 0) add(item, 'dataset-list', 0.6);
        item = [];
        continue;
      }
      if (!looksLikeName(w.text) || /^[;:()[\]"]$/.test(w.text)) break;
      item.push(w);
    }
    if (item.length > 0) add(item, 'dataset-list', 0.6);
  }
  return cues;
}
