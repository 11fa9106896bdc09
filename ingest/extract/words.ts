import { readFileSync } from 'node:fs';

// compromise's lexicon tags the closed word classes; its full parser is too slow to run on every sentence
const CLOSED = new Set([
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Possessive',
  'Copula',
  'Modal',
  'QuestionWord',
  'Adverb',
]);
const VERB = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle']);
const EXTRA_STOPS = [
  'that',
  'which',
  'who',
  'whose',
  'where',
  'when',
  'while',
  'to',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'can',
  'using',
  'based',
  'via',
  // prepositions the tagger leaves untagged: "improves over big-size Transformers"
  'over',
  'beat',
  'beats',
  'achieves',
  'achieve',
  'outperforms',
  'outperform',
  'improves',
  'improve',
  'enables',
  'allows',
  'uses',
  'use',
  'leverages',
  'leverage',
  'learns',
  'learn',
  'combines',
  'consists',
  'shows',
  'show',
  'yields',
  'provides',
  'has',
  'have',
  'does',
  'do',
  'not',
  'also',
  'both',
  'each',
  'than',
  'as',
  'so',
  'such',
  // "end-to-end training due to lower accuracy"
  'due',
];

// verbs of use the tagger files as nouns or misses: "utilize generative models"
const EXTRA_VERBS = [
  'utilize',
  'utilise',
  'utilizes',
  'utilises',
  'leverage',
  'leverages',
  'employ',
  'employs',
];

/** the one-word entries of compromise's lexicon in the closed classes and the verb classes */
export interface WordClasses {
  closed: string[];
  verbs: string[];
}

/**
 * The word classes as stored (`tools/build-word-classes.ts` writes them from compromise's lexicon): importing
 * compromise unpacks its whole lexicon, a third of a second for every thread that extracts, to read two lists
 */
export const WORD_CLASSES_URL = new URL('./word-classes.json', import.meta.url);

let classes: WordClasses | undefined;
let closed: Set<string> | undefined;
let verbs: Set<string> | undefined;

const storedClasses = () => (classes ??= JSON.parse(readFileSync(WORD_CLASSES_URL, 'utf8')) as WordClasses);

/** whether a lower-case word is a function word or verb that ends a noun phrase */
export function isStopWord(word: string): boolean {
  closed ??= new Set([...EXTRA_STOPS, ...storedClasses().closed]);
  return closed.has(word);
}

/** whether a lower-case word can be a verb ("propose", "reduces"); nouns such as "network" are among them */
export function canBeVerb(word: string): boolean {
  verbs ??= new Set([...EXTRA_VERBS, ...storedClasses().verbs]);
  return verbs.has(word);
}

/** the word classes of a compromise lexicon (`nlp.model().one.lexicon`), in its order */
export function wordClassesOf(lexicon: Record<string, string | string[]>): WordClasses {
  const tagged = (tags: ReadonlySet<string>) =>
    Object.entries(lexicon)
      .filter(
        ([word, tag]) => (Array.isArray(tag) ? tag : [tag]).some((t) => tags.has(t)) && !word.includes(' '),
      )
      .map(([word]) => word);
  return { closed: tagged(CLOSED), verbs: tagged(VERB) };
}

// capitalised words that start phrases rather than names
const NOT_NAMES = new Set([
  'A',
  'An',
  'The',
  'We',
  'Our',
  'This',
  'These',
  'In',
  'On',
  'For',
  'To',
  'Its',
  'It',
  'Each',
  'Both',
  'Existing',
  'Recent',
  'Specifically',
  'However',
  'Moreover',
]);

// built once here: the build (esbuild, through tsx) writes a \p{Lu} or \p{Ll} pattern literal as a new RegExp at
// every call
const CAPITAL = /\p{Lu}/u;
const INNER_CAPITAL = /\p{L}.*\p{Lu}/u;

/** a coined name: "ForwardGNN", "PP-LCNet", "W2PGNN", "node2vec", or a capitalised word such as "Memory" */
export function looksLikeName(word: string): boolean {
  if (NOT_NAMES.has(word)) return false;
  return CAPITAL.test(word) || (/\d/.test(word) && /\p{L}/u.test(word));
}

/** a coined name that no English word looks like: inner capitals or letters mixed with digits */
export function isCoined(word: string): boolean {
  return INNER_CAPITAL.test(word) || (/\d/.test(word) && /\p{L}{2}/u.test(word));
}
