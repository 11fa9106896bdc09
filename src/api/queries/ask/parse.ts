import nlp from 'compromise';
import {
  AFTER_NAME,
  BREAK_TAGS,
  CUES,
  KIND_OF_NOUN,
  LEADERBOARD_PHRASES,
  MAX_NAME_WORDS,
  QUESTION_WORDS,
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

/**
 * The question as spans of words that may hold names, each with its role. One pass over compromise's terms: cues
 * set the role of the names after them until the next cue; question words and parts of speech that cannot be in
 * a name close a span. No database.
 */
export function parseQuestion(question: string): Span[] {
  const terms = tagTerms(question);
  const spans: Span[] = [];
  let role: Role = 'none';
  let current: Term[] = [];
  const close = (spanRole: Role = role) => {
    if (current.length > 0) spans.push({ terms: current, role: spanRole });
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
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
    const cue = CUES.find(({ words }) => words.every((word, k) => terms[i + k]?.lower === word));
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
    if (QUESTION_WORDS.has(term.lower) || BREAK_TAGS.some((tag) => term.tags.has(tag))) {
      close();
      continue;
    }
    current.push(term);
  }
  close();
  return spans;
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

function tagTerms(question: string): Term[] {
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
 * what the question asks for, and the question without the phrase that said so ("best results on CIFAR-10" →
 * leaderboard, " on CIFAR-10"), so the rest is parsed for names as any question is
 */
export function detectIntent(question: string): { intent: Intent; rest: string } {
  const cut = (match: RegExpExecArray) =>
    `${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`;
  for (const phrase of TOP_CONCEPT_PHRASES) {
    const match = phrase.exec(question);
    const kind = match && KIND_OF_NOUN.find(([noun]) => noun.test(match[1]!.toLowerCase()))?.[1];
    if (match && kind) return { intent: { kind: 'topConcepts', of: kind }, rest: cut(match) };
  }
  for (const phrase of LEADERBOARD_PHRASES) {
    const match = phrase.exec(question);
    if (match) return { intent: { kind: 'leaderboard' }, rest: cut(match) };
  }
  return { intent: { kind: 'papers' }, rest: question };
}
