import nlp from 'compromise';
import { findMetricMentions } from '../../../graph/metric-mentions.ts';
import {
  AFTER_NAME,
  BREAK_TAGS,
  CUES,
  KIND_OF_NOUN,
  LEADERBOARD_PHRASES,
  MAX_NAME_WORDS,
  QUESTION_WORDS,
  SUPERLATIVE_BEFORE,
  TOP_CONCEPT_PHRASES,
  type Intent,
  type Role,
} from './vocabulary.ts';

/** one word of the question, with compromise's parts of speech */
export interface Term {
  text: string;
  /** the separator after the term in the question: a space, a hyphen, nothing */
  post: string;
  tags: Set<string>;
  lower: string;
}

/** a run of words that may hold names, and the role the cue before it gives them */
export interface Span {
  terms: Term[];
  role: Role;
}

/** whether a run of words, as written, is a known concept's name or alias */
export type KnownName = (written: string) => boolean;

/**
 * The question as spans of words that may hold names, each with its role. One pass over compromise's terms: cues
 * set the role of the names after them until the next cue; question words and parts of speech that cannot be in
 * a name close a span. A run of words that `known` says is a name stays whole even where such a word is inside
 * it ("learning to rank", "Alternating Direction Method of Multipliers", "novel class discovery"). No database.
 */
export function parseQuestion(question: string, known: KnownName = () => false): Span[] {
  return parseTerms(tagTerms(question), known);
}

/** `parseQuestion` over terms tagged already */
export function parseTerms(terms: readonly Term[], known: KnownName = () => false): Span[] {
  const spans: Span[] = [];
  let role: Role = 'none';
  let current: Term[] = [];
  const close = (spanRole: Role = role) => {
    if (current.length > 0) spans.push({ terms: current, role: spanRole });
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const name = knownAcrossBreak(terms, i, known);
    if (name > i) {
      close();
      current = terms.slice(i, name);
      close();
      i = name - 1;
      continue;
    }
    // "backprop-free": the name before "-free" is what the papers do without
    if (term.lower === 'free' && i > 0 && hyphen(terms[i - 1]!)) {
      close('alternative');
      continue;
    }
    // "few-shot", "on-device", "state-of-the-art": a hyphen holds a word to the name, whatever its part of speech
    if (hyphen(term) || (i > 0 && hyphen(terms[i - 1]!))) {
      current.push(term);
      continue;
    }
    const cue = cueAt(terms, i);
    if (cue) {
      close();
      role = cue.role;
      i += cue.words.length - 1;
      continue;
    }
    // "backprop alternatives": a cue noun after a name
    const afterName = AFTER_NAME[term.lower];
    if (afterName && current.length > 0) {
      close(afterName);
      continue;
    }
    if (breaks(term)) {
      close();
      continue;
    }
    current.push(term);
  }
  close();
  return spans;
}

const cueAt = (terms: readonly Term[], i: number) =>
  CUES.find(({ words }) => words.every((word, k) => terms[i + k]?.lower === word));

/** a question word or a part of speech that ends a name */
const breaks = (term: Term) => QUESTION_WORDS.has(term.lower) || BREAK_TAGS.some((tag) => term.tags.has(tag));

/** whether the parser would split a name at this term or read it as a cue */
const splits = (terms: readonly Term[], i: number) =>
  breaks(terms[i]!) || cueAt(terms, i) !== undefined || AFTER_NAME[terms[i]!.lower] !== undefined;

/**
 * the end of the longest known name from term `i` that a question word, cue or part of speech inside it would
 * split, or `i` when there is none: only such names need holding together, the others the spans keep whole
 */
function knownAcrossBreak(terms: readonly Term[], i: number, known: KnownName): number {
  for (let end = Math.min(terms.length, i + MAX_NAME_WORDS); end >= i + 2; end--) {
    let split = false;
    for (let k = i; k < end && !split; k++) split = splits(terms, k);
    if (split && known(surface(terms.slice(i, end)))) return end;
  }
  return i;
}

/**
 * the names to look up for a question: every word sequence of its spans, and every sequence that a question
 * word, cue or part of speech splits (known names among these are held together by `parseQuestion`)
 */
export function questionNames(terms: readonly Term[]): string[] {
  const names = new Set(nameCandidates(parseTerms(terms)));
  for (let a = 0; a < terms.length; a++)
    for (let b = a + 2; b <= Math.min(terms.length, a + MAX_NAME_WORDS); b++)
      if (terms.slice(a, b).some((_, k) => splits(terms, a + k))) names.add(surface(terms.slice(a, b)));
  return [...names];
}

/** every word sequence of every span up to MAX_NAME_WORDS long: the names to look up, each once */
export function nameCandidates(spans: readonly Span[]): string[] {
  const names = new Set<string>();
  for (const { terms } of spans) {
    for (let a = 0; a < terms.length; a++) {
      for (let b = a + 1; b <= Math.min(terms.length, a + MAX_NAME_WORDS); b++)
        names.add(surface(terms.slice(a, b)));
    }
  }
  return [...names];
}

/** the question's words with compromise's parts of speech */
export function tagTerms(question: string): Term[] {
  return nlp(question)
    .terms()
    .json()
    .map((entry: { terms: { text: string; post: string; tags: string[] }[] }) => {
      const term = entry.terms[0]!;
      return { text: term.text, post: term.post, tags: new Set(term.tags), lower: term.text.toLowerCase() };
    })
    .filter((term: Term) => term.text !== '');
}

/** whether a hyphen joins the term to the next one: "few-shot", not the dash of "MNIST papers - alternatives" */
const hyphen = (term: Term) => /^[-‐]$/.test(term.post);

/** the words as written in the question, hyphens kept */
export function surface(terms: readonly Term[]): string {
  return terms
    .map((term, i) => term.text + (i < terms.length - 1 ? (hyphen(term) ? '-' : ' ') : ''))
    .join('');
}

/**
 * what the question asks for, and the question without the words that said so ("best results on CIFAR-10" →
 * leaderboard, " on CIFAR-10"), so the rest is parsed for names as any question is. A leaderboard question that
 * names a metric ("highest BLEU on WMT14") ranks by it, and a metric after a superlative is itself such a question.
 */
export function detectIntent(question: string): { intent: Intent; rest: string } {
  const without = ({ start, end }: { start: number; end: number }) =>
    `${question.slice(0, start)} ${question.slice(end)}`;
  const at = (match: RegExpExecArray) => ({ start: match.index, end: match.index + match[0].length });
  for (const phrase of TOP_CONCEPT_PHRASES) {
    const match = phrase.exec(question);
    const kind = match && KIND_OF_NOUN.find(([noun]) => noun.test(match[1]!.toLowerCase()))?.[1];
    if (match && kind) return { intent: { kind: 'topConcepts', of: kind }, rest: without(at(match)) };
  }
  // a level to rank by, not a change ("best improvement") nor "score", which any result has
  const metrics = findMetricMentions(question).filter((m) => !m.metric.change && m.metric.name !== 'score');
  const phrase = LEADERBOARD_PHRASES.map((p) => p.exec(question)).find((m) => m !== null);
  if (phrase) {
    const said = at(phrase);
    // "state-of-the-art BLEU", "BLEU leaderboard", "top accuracy": only a metric next to the phrase, so that
    // "state of the art in grammatical error correction" keeps its task whole
    const metric = metrics.find(
      (m) =>
        (m.start < said.end && said.start < m.end) ||
        (m.start >= said.end && question.slice(said.end, m.start).trim() === '') ||
        (m.end <= said.start && question.slice(m.end, said.start).trim() === ''),
    );
    if (!metric) return { intent: { kind: 'leaderboard' }, rest: without(said) };
    const both = { start: Math.min(said.start, metric.start), end: Math.max(said.end, metric.end) };
    return { intent: { kind: 'leaderboard', metric: metric.metric.name }, rest: without(both) };
  }
  // "highest BLEU on WMT14", "lowest perplexity": a superlative just before a metric
  for (const metric of metrics) {
    const superlative = SUPERLATIVE_BEFORE.exec(question.slice(0, metric.start));
    if (superlative)
      return {
        intent: { kind: 'leaderboard', metric: metric.metric.name },
        rest: without({ start: superlative.index, end: metric.end }),
      };
  }
  return { intent: { kind: 'papers' }, rest: question };
}
