import type { ConceptLabel, ConstraintKind } from '../../../graph/model.ts';
import type { ConceptMatch } from '../concepts.ts';
import type { PaperFilter } from '../find-papers.ts';
import { surface, type Span, type Term } from './parse.ts';
import { GENERIC_WORDS, MAX_NAME_WORDS, PREFERENCE, type Role } from './vocabulary.ts';

/** the concepts a name written in the question may mean, best first (alias resolution, see concepts.ts) */
export type Lookup = (name: string) => readonly ConceptMatch[];

/** one understood name: how it was written, what it means, and the constraint it became */
export interface Understood {
  surface: string;
  name: string;
  list: ConstraintKind;
}

/** what the spans of a question mean, given what their names resolve to */
export interface Meaning {
  filter: PaperFilter;
  understood: Understood[];
  /** names that match no concept: kept as constraints, never dropped */
  unresolved: string[];
  /** plain words outside any cue, just the question talking */
  ignored: string[];
}

/**
 * Longest names first, left to right; the role picks the kind when a name means several things. An unknown run of
 * words that a cue points at, or that looks like a name, stays a constraint (full text, or an unresolvable
 * alternative or variant), so no part of the question is dropped silently. No database.
 */
export function matchSpans(spans: readonly Span[], lookup: Lookup): Meaning {
  const lists: Record<ConstraintKind, string[]> = {
    datasets: [],
    methods: [],
    tasks: [],
    proposesAlternativeTo: [],
    proposesVariantOf: [],
  };
  const meaning: Omit<Meaning, 'filter'> = { understood: [], unresolved: [], ignored: [] };
  const textWords: string[] = [];
  const add = (list: ConstraintKind, name: string) => {
    if (!lists[list].includes(name)) lists[list].push(name);
  };
  for (const { terms, role } of spans) {
    let a = 0;
    while (a < terms.length) {
      const found = longestMatch(terms, a, role, lookup);
      if (found) {
        const list = listFor(role, found.kind);
        add(list, found.name);
        meaning.understood.push({ surface: found.surface, name: found.name, list });
        a = found.end;
        continue;
      }
      // an unknown run of words, up to the next word that is a name on its own (at least one word)
      let b = a;
      while (b < terms.length && lookup(terms[b]!.text).length === 0) b++;
      b = Math.max(b, a + 1);
      const words = terms.slice(a, b);
      const name = surface(words);
      const meaningful = words.filter(
        (term) => !GENERIC_WORDS.has(term.lower) && !term.tags.has('Verb') && !term.tags.has('Adverb'),
      );
      // a name-like word ("FrobNet", "GPT-9") or any word a cue points at ("alternatives to quuxprop") is a
      // constraint the user meant; a plain word outside any cue ("the meaning of this") is just the question talking
      if (meaningful.length > 0 && (role !== 'none' || meaningful.some(looksLikeName))) {
        meaning.unresolved.push(name);
        if (role === 'alternative' || role === 'variant') add(listFor(role, 'Method'), name);
        else textWords.push(name);
      } else if (meaningful.length > 0) {
        meaning.ignored.push(name);
      }
      a = b;
    }
  }
  const filter: PaperFilter = Object.fromEntries(
    Object.entries(lists).filter(([, names]) => names.length > 0),
  ) as PaperFilter;
  if (textWords.length > 0) filter.text = textWords.join(' ');
  return { filter, ...meaning };
}

/** the longest name starting at term `a` that resolves to a kind the role accepts */
function longestMatch(terms: readonly Term[], a: number, role: Role, lookup: Lookup) {
  for (let b = Math.min(terms.length, a + MAX_NAME_WORDS); b > a; b--) {
    const written = surface(terms.slice(a, b));
    const matches = lookup(written);
    for (const kind of PREFERENCE[role]) {
      const match = matches.find((m) => m.kind === kind);
      if (match) return { end: b, surface: written, name: match.name, kind };
    }
  }
  return undefined;
}

function listFor(role: Role, kind: ConceptLabel): ConstraintKind {
  if (role === 'alternative') return 'proposesAlternativeTo';
  if (role === 'variant') return 'proposesVariantOf';
  return kind === 'Dataset' ? 'datasets' : kind === 'Task' ? 'tasks' : 'methods';
}

const looksLikeName = (term: Term) =>
  /[A-Z0-9]/.test(term.text) || term.tags.has('Acronym') || term.tags.has('ProperNoun');
