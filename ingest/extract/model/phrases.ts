import type { Token } from '../tokens.ts';
import type { Sentence } from '../sentences.ts';
import { canBeVerb, isStopWord } from '../words.ts';
import { DATASET_HEAD, TASK_HEAD } from '../items.ts';
import type { Field, Item } from '../items.ts';

const MAX_WORDS = 4;
// what may stand between two words of one noun phrase: a space or a hyphen
const JOIN = /^[\s‐-]?$/;
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
  const flush = () => {
    for (let end = 1; end <= run.length; end++) emit(run.slice(0, end));
    run = [];
  };
  const emit = (words: Token[]) => {
    const last = words[words.length - 1]!;
    // a name written as one: "Gibbs Sampling", "ResNet" (not a capital opening the sentence)
    const named = /\p{Lu}/u.test(last.text) && (words.length > 1 || !startsSentence(sentences, last));
    if (!heads.has(last.key) && !named) return;
    for (let n = 1; n <= Math.min(MAX_WORDS, words.length); n++) {
      const span = words.slice(words.length - n);
      const first = span[0]!;
      // "study multi-person tracking": a phrase does not open with a verb (nor with a noun that can be one)
      if (NO_START.has(first.low) || /^\d+$/.test(first.text) || (n > 1 && canBeVerb(first.low))) continue;
      const surface = text.slice(first.start, last.end);
      items.push({
        kind: TASK_HEAD.test(surface) ? 'task' : DATASET_HEAD.test(surface) ? 'dataset' : 'method',
        role: 'used',
        name: surface,
        surface,
        extraAliases: [],
        weak: false,
        field,
        start: first.start,
        end: last.end,
        extractor: 'phrase',
        confidence: 0.3,
        // aliasKey of the span, from its tokens: each word as written, the last one singular
        key: span.map((w, i) => (i === span.length - 1 ? w.key : w.low)).join(''),
      });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (sentence < sentences.length - 1 && t.start >= sentences[sentence]!.end) sentence++;
    const prev = run[run.length - 1];
    const joined = prev && JOIN.test(text.slice(prev.end, t.start)) && t.start < sentences[sentence]!.end;
    if (!joined) flush();
    if (isStopWord(t.low) || t.low.length < 2 || /^\d+$/.test(t.low)) {
      flush();
      continue;
    }
    run.push(t);
  }
  flush();
  // each run's prefixes were emitted above: keep one item per span
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = `${i.start}:${i.end}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const startsSentence = (sentences: readonly Sentence[], t: Token) =>
  sentences.some((s) => s.start === t.start);
