import { aliasKey } from '../../../graph/names.ts';
import type { Run } from '../../read.ts';
import { resolveNames, type ConceptMatch } from '../concepts.ts';
import { findPapers, resolveFilter, type PaperFilter, type PaperProperties } from '../find-papers.ts';
import { explain } from './explain.ts';
import { matchSpans } from './match.ts';
import { nameCandidates, parseQuestion } from './parse.ts';

/** what `ask` understood and found */
export interface AskAnswer {
  interpretation: string;
  filter: PaperFilter;
  unresolved: string[];
  papers: PaperProperties[];
}

/** an English question as a PaperFilter, and the papers that answer it: parse, look up, match, find, explain */
export async function askQuestion(run: Run, question: string, limit: number): Promise<AskAnswer> {
  const spans = parseQuestion(question);
  const lookup = byAliasKey(await resolveNames(run, nameCandidates(spans), null));
  const meaning = matchSpans(spans, (name) => lookup.get(aliasKey(name)) ?? []);
  const constraints = await resolveFilter(run, meaning.filter);
  const hasConstraint = constraints.length > 0 || (meaning.filter.text ?? '') !== '';
  const papers = hasConstraint ? await findPapers(run, constraints, meaning.filter.text, limit, null) : [];
  return {
    interpretation: explain(meaning, hasConstraint),
    filter: meaning.filter,
    unresolved: meaning.unresolved,
    papers,
  };
}

/** resolved names keyed by alias key, so any spelling of a looked-up name finds its matches */
function byAliasKey(resolved: Map<string, ConceptMatch[]>): Map<string, ConceptMatch[]> {
  return new Map([...resolved].map(([name, matches]) => [aliasKey(name), matches]));
}
