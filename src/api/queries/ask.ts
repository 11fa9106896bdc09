import nlp from 'compromise';
import { aliasKey } from '../../../ingest/normalise.ts';
import type { Run } from '../read.ts';
import { findPapers, resolveFilter, type PaperFilter, type PaperProperties } from './find-papers.ts';

/** what `ask` understood and found */
export interface AskAnswer {
  interpretation: string;
  filter: PaperFilter;
  unresolved: string[];
  papers: PaperProperties[];
}

/** what the words before a name say about its part in the question */
type Role = 'alternative' | 'variant' | 'use' | 'evaluate' | 'about' | 'none';
type Kind = 'Method' | 'Dataset' | 'Task';

interface Term {
  text: string;
  /** the separator after the term in the question: a space, a hyphen, nothing */
  post: string;
  tags: Set<string>;
  lower: string;
}

interface Match {
  surface: string;
  name: string;
  kind: Kind;
  paperCount: number;
}

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
const AFTER_NAME: Record<string, Role> = {
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
const CUES = ROLE_CUES.flatMap(({ words, role }) =>
  words.map((phrase) => ({ words: phrase.split(' '), role })),
).sort((a, b) => b.words.length - a.words.length);

// Which kinds a role prefers, best first; the first kind with a match wins.
const PREFERENCE: Record<Role, Kind[]> = {
  alternative: ['Method'],
  variant: ['Method'],
  use: ['Method', 'Dataset', 'Task'],
  evaluate: ['Dataset', 'Task', 'Method'],
  about: ['Task', 'Dataset', 'Method'],
  none: ['Task', 'Dataset', 'Method'],
};

// Parts of speech that end a name, and words that are part of the question rather than of a name.
const BREAK_TAGS = [
  'Preposition',
  'Determiner',
  'Conjunction',
  'QuestionWord',
  'Pronoun',
  'Copula',
  'Modal',
  'Auxiliary',
];
const QUESTION_WORDS = new Set(
  'paper papers work works article articles study studies publication publications show list find give get me all any some which what that who whose there are is do does did proposed new novel recent please something anything else other others'.split(
    ' ',
  ),
);
// leftovers that need not be reported: "the forward-forward algorithm" resolves without "algorithm"
const GENERIC_WORDS = new Set(
  'method methods approach approaches algorithm algorithms model models technique techniques dataset datasets benchmark benchmarks task tasks problem problems training learning framework frameworks network networks one ones'.split(
    ' ',
  ),
);

const LOOKUP = /* cypher */ `
  UNWIND $keys AS key
  MATCH (:Alias {key: key})-[:NAMES]->(c:Concept)
  RETURN key, c.name AS name, [l IN labels(c) WHERE l <> 'Concept'][0] AS kind, coalesce(c.paperCount, 0) AS paperCount,
         c.nameKey = key AS byName
  ORDER BY byName DESC, paperCount DESC`;

const MAX_NAME_WORDS = 7;

/** an English question parsed into a PaperFilter (with compromise's parts of speech), and the papers that answer it */
export async function askQuestion(run: Run, question: string, limit: number): Promise<AskAnswer> {
  const terms: Term[] = nlp(question)
    .terms()
    .json()
    .map((entry: { terms: { text: string; post: string; tags: string[] }[] }) => {
      const term = entry.terms[0]!;
      return { text: term.text, post: term.post, tags: new Set(term.tags), lower: term.text.toLowerCase() };
    })
    .filter((term: Term) => term.text !== '');

  // 1. walk the question: cues set the role, everything else groups into spans that may hold names
  const spans: { terms: Term[]; role: Role }[] = [];
  let role: Role = 'none';
  let current: Term[] = [];
  const close = () => {
    if (current.length > 0) spans.push({ terms: current, role });
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const hyphenated = hyphen(term) || (i > 0 && hyphen(terms[i - 1]!));
    // "backprop-free": the name before "-free" is what the papers do without
    if (term.lower === 'free' && i > 0 && hyphen(terms[i - 1]!)) {
      if (current.length > 0) spans.push({ terms: current, role: 'alternative' });
      current = [];
      continue;
    }
    // "few-shot", "on-device", "state-of-the-art": a hyphen holds a word to the name, whatever its part of speech
    if (hyphenated) {
      current.push(term);
      continue;
    }
    const cue = CUES.find(({ words }) => words.every((word, k) => terms[i + k]?.lower === word));
    const afterName = AFTER_NAME[term.lower];
    if (!cue && afterName && current.length > 0) {
      spans.push({ terms: current, role: afterName });
      current = [];
      continue;
    }
    if (cue) {
      close();
      role = cue.role;
      i += cue.words.length - 1;
      continue;
    }
    if (QUESTION_WORDS.has(term.lower) || BREAK_TAGS.some((tag) => term.tags.has(tag))) {
      close();
      continue;
    }
    current.push(term);
  }
  close();

  // 2. every word sequence of every span, looked up through the alias index in one query
  const grams = new Set<string>();
  for (const span of spans) {
    for (let a = 0; a < span.terms.length; a++) {
      for (let b = a + 1; b <= Math.min(span.terms.length, a + MAX_NAME_WORDS); b++)
        grams.add(aliasKey(surface(span.terms.slice(a, b))));
    }
  }
  const rows = await run(LOOKUP, { keys: [...grams] });
  const byKey = new Map<string, Match[]>();
  for (const row of rows) {
    const list = byKey.get(row.get('key')) ?? [];
    list.push({
      surface: '',
      name: row.get('name'),
      kind: row.get('kind'),
      paperCount: row.get('paperCount'),
    });
    byKey.set(row.get('key'), list);
  }

  // 3. longest matches first, left to right; the role picks the kind when a name means several things
  const filter: Record<ListName, string[]> = {
    datasets: [],
    methods: [],
    tasks: [],
    proposesAlternativeTo: [],
    proposesVariantOf: [],
  };
  const understood: string[] = [];
  const unresolved: string[] = [];
  const ignored: string[] = [];
  const textWords: string[] = [];
  for (const span of spans) {
    let a = 0;
    while (a < span.terms.length) {
      let found: { end: number; match: Match } | undefined;
      for (let b = Math.min(span.terms.length, a + MAX_NAME_WORDS); b > a && !found; b--) {
        const matches = byKey.get(aliasKey(surface(span.terms.slice(a, b)))) ?? [];
        for (const kind of PREFERENCE[span.role]) {
          const match = matches.find((m) => m.kind === kind);
          if (match) {
            found = { end: b, match: { ...match, surface: surface(span.terms.slice(a, b)) } };
            break;
          }
        }
      }
      if (found) {
        const list = listFor(span.role, found.match.kind);
        if (!filter[list].includes(found.match.name)) filter[list].push(found.match.name);
        understood.push(describe(list, found.match));
        a = found.end;
        continue;
      }
      // an unknown run of words: keep it as a constraint, never drop it
      let b = a;
      while (b < span.terms.length && !byKey.get(aliasKey(span.terms[b]!.text))?.length) b++;
      const words = span.terms.slice(a, Math.max(b, a + 1));
      const name = surface(words);
      const meaningful = words.filter(
        (term) => !GENERIC_WORDS.has(term.lower) && !term.tags.has('Verb') && !term.tags.has('Adverb'),
      );
      // a name-like word ("FrobNet", "GPT-9") or any word a cue points at ("alternatives to quuxprop") is a
      // constraint the user meant; a plain word outside any cue ("the meaning of this") is just the question talking
      if (meaningful.length > 0 && (span.role !== 'none' || meaningful.some(looksLikeName))) {
        unresolved.push(name);
        if (span.role === 'alternative' || span.role === 'variant')
          filter[listFor(span.role, 'Method')].push(name);
        else textWords.push(name);
      } else if (meaningful.length > 0) {
        ignored.push(name);
      }
      a = Math.max(b, a + 1);
    }
  }

  const finalFilter: PaperFilter = Object.fromEntries(
    Object.entries(filter).filter(([, names]) => names.length > 0),
  ) as PaperFilter;
  if (textWords.length > 0) finalFilter.text = textWords.join(' ');
  const constraints = await resolveFilter(run, finalFilter);
  const hasConstraint = constraints.length > 0 || (finalFilter.text ?? '') !== '';
  const papers = hasConstraint ? await findPapers(run, constraints, finalFilter.text, limit, null) : [];
  return {
    interpretation: interpret(understood, unresolved, ignored, finalFilter, hasConstraint),
    filter: finalFilter,
    unresolved,
    papers,
  };
}

type ListName = 'datasets' | 'methods' | 'tasks' | 'proposesAlternativeTo' | 'proposesVariantOf';

function listFor(role: Role, kind: Kind): ListName {
  if (role === 'alternative') return 'proposesAlternativeTo';
  if (role === 'variant') return 'proposesVariantOf';
  return kind === 'Dataset' ? 'datasets' : kind === 'Task' ? 'tasks' : 'methods';
}

const PHRASES = {
  datasets: 'use the dataset',
  methods: 'use the method',
  tasks: 'address the task',
  proposesAlternativeTo: 'propose an alternative to',
  proposesVariantOf: 'propose a variant of',
} as const;

function describe(list: keyof typeof PHRASES, match: Match): string {
  const alias = aliasKey(match.surface) === aliasKey(match.name) ? '' : ` ("${match.surface}")`;
  return `${PHRASES[list]} ${match.name}${alias}`;
}

function interpret(
  understood: string[],
  unresolved: string[],
  ignored: string[],
  filter: PaperFilter,
  hasConstraint: boolean,
): string {
  const skipped =
    ignored.length > 0 ? ` Words not used: ${ignored.map((word) => `"${word}"`).join(', ')}.` : '';
  if (!hasConstraint)
    return `No dataset, method or task was recognised in the question, so no papers are returned.${skipped}`;
  const parts = understood.length > 0 ? [`Papers that ${understood.join(', and ')}`] : ['Papers'];
  if (filter.text) parts.push(`whose title or abstract contains "${filter.text}"`);
  let sentence = `${parts.join(' ')}.`;
  if (unresolved.length > 0) {
    sentence += ` Not a known concept: ${unresolved.map((name) => `"${name}"`).join(', ')}; kept as ${
      filter.text ? 'a full-text constraint' : 'a constraint'
    } rather than dropped.`;
  }
  return sentence + skipped;
}

const looksLikeName = (term: Term) =>
  /[A-Z0-9]/.test(term.text) || term.tags.has('Acronym') || term.tags.has('ProperNoun');

/** whether a hyphen joins the term to the next one: "few-shot", not the dash of "MNIST papers - alternatives" */
const hyphen = (term: Term) => /^[-‐]$/.test(term.post);

/** the words as written in the question, hyphens kept */
function surface(terms: readonly Term[]): string {
  return terms
    .map((term, i) => term.text + (i < terms.length - 1 ? (hyphen(term) ? '-' : ' ') : ''))
    .join('');
}
