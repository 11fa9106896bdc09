/** one sentence of a text and where it sits */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// words after which a full stop does not end a sentence
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Figs|Eq|Eqs|Sec|resp|approx|No|Dr|Mr|Ms)|\b[A-Z])\.$/;

/** split `text` into sentences at ., ! or ? followed by space and a capital, digit or bracket */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["')\]]?\s+(?=[A-Z0-9("[])/g)) {
    const end = m.index + 1;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
    push(sentences, text, start, end);
    start = m.index + m[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) sentences.push({ start: start + lead, end: start + lead + body.length, text: body });
}

/** index of the sentence holding offset `at` (sentences are sorted) */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
