import type { ConceptKind, ConstraintKind } from '../../../graph/model.ts';
import type { Leaderboard } from '../leaderboard.ts';
import { aliasKey } from '../../../graph/names.ts';
import type { Meaning, Understood } from './match.ts';

const PHRASES: Record<ConstraintKind, string> = {
  datasets: 'use the dataset',
  methods: 'use the method',
  tasks: 'address the task',
  proposesAlternativeTo: 'propose an alternative to',
  proposesVariantOf: 'propose a variant of',
};

/** the interpretation: one or two English sentences saying what was understood, kept, and left out */
export function explain(
  { filter, understood, unresolved, ignored }: Meaning,
  hasConstraint: boolean,
): string {
  const skipped = ignored.length > 0 ? ` Words not used: ${quoted(ignored)}.` : '';
  if (!hasConstraint)
    return `No dataset, method or task was recognised in the question, so no papers are returned.${skipped}`;
  const parts =
    understood.length > 0 ? [`Papers that ${understood.map(describe).join(', and ')}`] : ['Papers'];
  if (filter.text) parts.push(`whose title or abstract contains "${filter.text}"`);
  let sentence = `${parts.join(' ')}.`;
  if (unresolved.length > 0) {
    sentence += ` Not a known concept: ${quoted(unresolved)}; kept as ${
      filter.text ? 'a full-text constraint' : 'a constraint'
    } rather than dropped.`;
  }
  return sentence + skipped;
}

/** a leaderboard's own explanation, and what of the question it did not use */
export function explainLeaderboard({ understood, unresolved, ignored }: Meaning, board: Leaderboard): string {
  const unused = [
    ...understood.filter((u) => u.list !== 'datasets' && u.list !== 'tasks').map((u) => u.surface),
    ...unresolved,
    ...ignored,
  ];
  const rest = unused.length > 0 ? ` Not used for the ranking: ${quoted(unused)}.` : '';
  return `Leaderboard: ${board.explanation}${rest}`;
}

/** which concepts are counted, over which papers */
export function explainTopConcepts(meaning: Meaning, kind: ConceptKind, hasConstraint: boolean): string {
  const counted = `The ${kind === 'dataset' ? 'datasets' : kind === 'method' ? 'methods' : 'tasks'} most used by`;
  if (!hasConstraint) return `${counted} all papers.`;
  return `${counted} ${explain(meaning, true).replace(/^Papers/, 'papers')}`;
}

function describe({ surface, name, list }: Understood): string {
  const alias = aliasKey(surface) === aliasKey(name) ? '' : ` ("${surface}")`;
  return `${PHRASES[list]} ${name}${alias}`;
}

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(', ');
