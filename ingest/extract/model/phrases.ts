import type { Token } from '../tokens.ts';
import type { Sentence } from '../sentences.ts';
import { canBeVerb, isStopWord } from '../words.ts';
import { DATASET_HEAD, TASK_HEAD, makeItem } from '../items.ts';
import type { Field, Item } from '../items.ts';

const MAX_WORDS = 4;
// words that open or describe rather than name: "novel", "proposed", "existing"
const NO_START = new Set([
  'novel',
  'new',
  'proposed',
  'existing',
  'various',
  'different',
  'several',
  'many',
  'multiple',
  'previous',
  'recent',
  'current',
  'standard',
  'traditional',
  'conventional',
  'popular',
  'prior',
  'state',
  'art',
  'based',
  'simple',
  'first',
  'second',
  'efficient',
  'effective',
  'large',
  'small',
  'high',
  'low',
  'better',
  'best',
  'strong',
  'significant',
  'extensive',
  'experimental',
  'empirical',
  'theoretical',
  'real',
  'world',
  'key',
]);

/**
 * Widened candidates for the model: the trailing 1–4 words of each run of content words in a sentence, when
 * the last word is one the model has seen end a name (`heads`) or a word is written like a name. Each is a
 * guess the model accepts or rejects; nothing here is kept on its own.
 */
export function findPhrases(tokens: readonly Token[], f: Field, heads: ReadonlySet<string>): Item[] {
  const items: Item[] = [];
  const { text, sentences, field } = f;
  let run: Token[] = [];
  let sentence = 0;
  // every span of up to MAX_WORDS words that ends at run[end]: each (end, length) once
  const emit = (end: number) => {
    const last = run[end]!;
    // a name written as one: "Gibbs Sampling", "ResNet" (not a capital opening the sentence)
    const named = /\p{Lu}/u.test(last.text) && (end > 0 || !startsSentence(sentences, last));
    if (!heads.has(last.key) && !named) return;
    // the head patterns match a last word: testing it alone is much cheaper than the whole phrase
    const kind = TASK_HEAD.test(last.text) ? 'task' : DATASET_HEAD.test(last.text) ? 'dataset' : 'method';
    let key = last.key;
    for (let n = 1; n <= MAX_WORDS && end - n + 1 >= 0; n++) {
      const first = run[end - n + 1]!;
      // aliasKey of the span, from its tokens: each word as written, the last one singular
      if (n > 1) key = first.low + key;
      // "improve multi-person tracking": a phrase does not open with a verb (nor with a noun that can be one)
      if (NO_START.has(first.low) || /^\d+$/.test(first.text) || (n > 1 && canBeVerb(first.low))) continue;
      const surface = text.slice(first.start, last.end);
      items.push(
        makeItem({
          kind,
          name: surface,
          field,
          start: first.start,
          end: last.end,
          extractor: 'phrase',
          confidence: 0.3,
          key,
        }),
      );
    }
  };
  const flush = () => {
    for (let end = 0; end < run.length; end++) emit(end);
    run = [];
  };
  for (const t of tokens) {
    while (sentence < sentences.length - 1 && t.start >= sentences[sentence]!.end) sentence++;
    const prev = run[run.length - 1];
    // one noun phrase: the words meet with a space or a hyphen, within a sentence
    const gap = prev ? t.start - prev.end : 0;
    const joined =
      prev !== undefined &&
      (gap === 0 || (gap === 1 && /[\s‐-]/.test(text[prev.end]!))) &&
      t.start < sentences[sentence]!.end;
    if (!joined) flush();
    if (t.low.length < 2 || isStopWord(t.low) || /^\d+$/.test(t.low)) {
      flush();
      continue;
    }
    run.push(t);
  }
  flush();
  return items;
}

const startsSentence = (sentences: readonly Sentence[], t: Token) =>
  sentences.some((s) => s.start === t.start);
