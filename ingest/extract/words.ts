import nlp from 'compromise';

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

let closed: Set<string> | undefined;
let verbs: Set<string> | undefined;

/** whether a lower-case word is a function word or verb that ends a noun phrase */
export function isStopWord(word: string): boolean {
  closed ??= wordsTagged(CLOSED, EXTRA_STOPS);
  return closed.has(word);
}

/** whether a lower-case word can be a verb ("propose", "reduces"); nouns such as "network" are among them */
export function canBeVerb(word: string): boolean {
  // verbs of use the tagger files as nouns or misses: "utilize generative models"
  verbs ??= wordsTagged(VERB, [
    'utilize',
    'utilise',
    'utilizes',
    'utilises',
    'leverage',
    'leverages',
    'employ',
    'employs',
  ]);
  return verbs.has(word);
}

function wordsTagged(tags: ReadonlySet<string>, extra: readonly string[]): Set<string> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const words = new Set(extra);
  for (const [word, tag] of Object.entries(lexicon)) {
    if ((Array.isArray(tag) ? tag : [tag]).some((t) => tags.has(t)) && !word.includes(' ')) words.add(word);
  }
  return words;
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
