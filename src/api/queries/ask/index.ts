import { aliasKey } from '../../../graph/names.ts';
import type { Run } from '../../read.ts';
import { resolveNames, type ConceptMatch } from '../concepts.ts';
import { findPapers, hasFilter, type PaperFilter, type PaperProperties } from '../find-papers.ts';
import { topConcepts, type ConceptCount } from '../facets.ts';
import { leaderboard, type Leaderboard } from '../leaderboard.ts';
import { explain, explainLeaderboard, explainTopConcepts } from './explain.ts';
import { matchSpans } from './match.ts';
import { detectIntent, parseTerms, questionNames, tagTerms } from './parse.ts';

/** what `ask` understood and found: papers always, and a leaderboard or concept counts when asked for */
export interface AskAnswer {
  interpretation: string;
  /** papers, leaderboard or topConcepts: what the question asked for */
  intent: 'papers' | 'leaderboard' | 'topConcepts';
  filter: PaperFilter;
  unresolved: string[];
  papers: PaperProperties[];
  leaderboard: Leaderboard | null;
  topConcepts: ConceptCount[] | null;
}

/**
 * An English question answered: what it asks for (papers, a leaderboard, the most used concepts of a kind), then
 * parse, look up, match, find, explain. The papers meeting the filter come with every answer.
 */
export async function askQuestion(run: Run, question: string, limit: number): Promise<AskAnswer> {
  const { intent, rest } = detectIntent(question);
  const terms = tagTerms(rest);
  const lookup = byAliasKey(await resolveNames(run, questionNames(terms), null));
  const spans = parseTerms(terms, (name) => (lookup.get(aliasKey(name))?.length ?? 0) > 0);
  const meaning = matchSpans(spans, (name) => lookup.get(aliasKey(name)) ?? []);
  const hasConstraint = hasFilter(meaning.filter);
  const papers = hasConstraint ? await findPapers(run, meaning.filter, limit, null) : [];
  const answer = {
    filter: meaning.filter,
    unresolved: meaning.unresolved,
    papers,
    leaderboard: null,
    topConcepts: null,
  };
  const [dataset] = meaning.filter.datasets ?? [];
  const [task] = meaning.filter.tasks ?? [];
  // a leaderboard needs a dataset or a task; without one the question is answered with papers
  if (intent.kind === 'leaderboard' && (dataset || task)) {
    const board = await leaderboard(run, { dataset, task, metric: intent.metric, limit });
    return {
      ...answer,
      intent: 'leaderboard',
      leaderboard: board,
      interpretation: explainLeaderboard(meaning, board),
    };
  }
  if (intent.kind === 'topConcepts') {
    const counts = await topConcepts(run, intent.of, hasConstraint ? meaning.filter : null, limit);
    return {
      ...answer,
      intent: 'topConcepts',
      topConcepts: counts,
      interpretation: explainTopConcepts(meaning, intent.of, hasConstraint),
    };
  }
  return { ...answer, intent: 'papers', interpretation: explain(meaning, hasConstraint) };
}

/** resolved names keyed by alias key, so any spelling of a looked-up name finds its matches */
function byAliasKey(resolved: Map<string, ConceptMatch[]>): Map<string, ConceptMatch[]> {
  return new Map([...resolved].map(([name, matches]) => [aliasKey(name), matches]));
}
