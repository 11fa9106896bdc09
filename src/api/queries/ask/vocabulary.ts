import type { ConceptKind, ConceptLabel } from '../../../graph/model.ts';

/** what the words before a name say about its part in the question */
export type Role = 'alternative' | 'variant' | 'use' | 'evaluate' | 'about' | 'none';

// Cue words, checked on lower-case terms; a cue sets the role of the names after it until the next cue.
const ROLE_CUES: { words: string[]; role: Role }[] = [
  {
    words: [
      'alternative to',
      'alternatives to',
      'alternative for',
      'alternatives for',
      'replacement for',
      'replacements for',
      'replace',
      'replaces',
      'replacing',
      'instead of',
      'without',
      'avoid',
      'avoids',
      'avoiding',
      // "papers that do not use backprop": training without it
      'not use',
      'not using',
      "don't use",
      "doesn't use",
      'not rely on',
      'not relying on',
      "don't rely on",
      "doesn't rely on",
      'not require',
      'not requiring',
      "don't require",
      "doesn't require",
    ],
    role: 'alternative',
  },
  {
    words: [
      'variant of',
      'variants of',
      'version of',
      'versions of',
      'extension of',
      'extensions of',
      'extend',
      'extends',
      'extending',
      'generalization of',
      'generalisation of',
      'improvement of',
      'improvements of',
      'improve on',
      'improve upon',
      'improving',
      'based on',
      'built on',
      'inspired by',
      'modification of',
      'modifications of',
    ],
    role: 'variant',
  },
  {
    words: [
      'evaluated on',
      'evaluate on',
      'evaluating on',
      'tested on',
      'test on',
      'benchmarked on',
      'trained on',
      'experiments on',
      'results on',
    ],
    role: 'evaluate',
  },
  {
    words: [
      'using',
      'use',
      'uses',
      'used',
      'that use',
      'applying',
      'apply',
      'applies',
      'with',
      'via',
      'employing',
      'employ',
      'leveraging',
      'propose',
      'proposes',
      'proposing',
      'introduce',
      'introduces',
      'introducing',
    ],
    role: 'use',
  },
  {
    words: [
      'on',
      'for',
      'about',
      'addressing',
      'address',
      'addresses',
      'tackling',
      'tackle',
      'solving',
      'solve',
      'in',
    ],
    role: 'about',
  },
];
// Cue nouns after a name: "backprop alternatives", "forward-forward variants" ("alternatives to" is a cue above).
export const AFTER_NAME: Record<string, Role> = {
  alternative: 'alternative',
  alternatives: 'alternative',
  replacement: 'alternative',
  replacements: 'alternative',
  substitute: 'alternative',
  substitutes: 'alternative',
  variant: 'variant',
  variants: 'variant',
  version: 'variant',
  versions: 'variant',
  extension: 'variant',
  extensions: 'variant',
};
export const CUES = ROLE_CUES.flatMap(({ words, role }) =>
  words.map((phrase) => ({ words: phrase.split(' '), role })),
).sort((a, b) => b.words.length - a.words.length);

// Which kinds a role prefers, best first; the first kind with a match wins.
export const PREFERENCE: Record<Role, ConceptLabel[]> = {
  alternative: ['Method'],
  variant: ['Method'],
  use: ['Method', 'Dataset', 'Task'],
  evaluate: ['Dataset', 'Task', 'Method'],
  about: ['Task', 'Dataset', 'Method'],
  none: ['Task', 'Dataset', 'Method'],
};

// Parts of speech that end a name, and words that are part of the question rather than of a name.
export const BREAK_TAGS = [
  'Preposition',
  'Determiner',
  'Conjunction',
  'QuestionWord',
  'Pronoun',
  'Copula',
  'Modal',
  'Auxiliary',
];
export const QUESTION_WORDS = new Set(
  'paper papers work works article articles study studies publication publications show list find give get me all any some which what that who whose there are is do does did proposed new novel recent please something anything else other others'.split(
    ' ',
  ),
);
// leftovers that need not be reported: "the forward-forward algorithm" resolves without "algorithm"
export const GENERIC_WORDS = new Set(
  'method methods approach approaches algorithm algorithms model models technique techniques architecture architectures mechanism mechanisms optimizer optimizers optimiser optimisers dataset datasets corpus corpora data benchmark benchmarks task tasks problem problems training learning framework frameworks network networks system systems one ones'.split(
    ' ',
  ),
);

/** the longest name looked up, in words */
export const MAX_NAME_WORDS = 7;

/** what a question asks for: papers (a filter), a leaderboard, or the concepts of a kind most used */
export type Intent =
  | { kind: 'papers' }
  /** `metric`: the one the question names ("highest BLEU on WMT14"), canonical */
  | { kind: 'leaderboard'; metric?: string }
  | { kind: 'topConcepts'; of: ConceptKind };

// The nouns a counting question asks about, by the kind of concept they name.
const KIND_NOUNS = '(datasets?|benchmarks?|methods?|models?|techniques?|architectures?|tasks?|problems?)';
export const KIND_OF_NOUN: [RegExp, ConceptKind][] = [
  [/^(dataset|benchmark)/, 'dataset'],
  [/^(method|model|technique|architecture)/, 'method'],
  [/^(task|problem)/, 'task'],
];

// Phrases that ask for a ranking of results, in any case; the first match wins.
export const LEADERBOARD_PHRASES = [
  /\bstate[- ]of[- ]the[- ]art\b/i,
  /\bsota\b/i,
  /\bleaderboards?\b/i,
  /\b(?:best|top|highest|strongest|leading)\s+(?:reported\s+)?(?:results?|scores?|performances?|numbers?|accurac(?:y|ies)|methods?|models?|systems?)\b/i,
  /\bbest[- ]performing\b/i,
  /\b(?:performs?|performing|works?|working|does|do|did)\s+(?:the\s+)?best\b/i,
  /\bmost\s+accurate\b/i,
];
// A superlative just before a metric the question names: "highest BLEU on WMT14", "lowest perplexity".
export const SUPERLATIVE_BEFORE =
  /\b(?:best|top|highest|lowest|strongest|leading|record)\s+(?:reported\s+)?$/i;
// Phrases that ask which concepts of a kind are used most; the noun's capture group gives the kind.
export const TOP_CONCEPT_PHRASES = [
  new RegExp(
    `\\b(?:which|what)\\s+${KIND_NOUNS}\\s+(?:are|is|were|get|gets)\\s+(?:the\\s+)?(?:most\\s+)?(?:commonly\\s+|often\\s+|frequently\\s+|widely\\s+)?(?:used|evaluated|studied|addressed|common|popular)\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:most|commonly)\\s+(?:common|used|popular|frequent|frequently\\s+used|widely\\s+used)\\s+${KIND_NOUNS}\\b`,
    'i',
  ),
  new RegExp(`\\b(?:popular|common)\\s+${KIND_NOUNS}\\b`, 'i'),
  // "top methods" ranks results (a leaderboard); "top datasets" can only count them
  /\btop\s+(datasets?|benchmarks?|tasks?|problems?)\b/i,
  // "what datasets do people use for …", "which methods do papers on Cora use": the head alone, the rest is parsed
  new RegExp(
    `\\b(?:which|what)\\s+${KIND_NOUNS}\\s+(?:do|does|did)\\b(?=.*\\b(?:use|used|using|evaluate|test|benchmark)\\b)`,
    'i',
  ),
  // "datasets commonly used for node classification"
  new RegExp(
    `\\b${KIND_NOUNS}\\s+(?:(?:most|more)\\s+)?(?:commonly|often|frequently|widely)\\s+used\\b`,
    'i',
  ),
];
