import { CONCEPT_LABEL, type ConceptKind, type ConstraintKind } from '../../graph/model.ts';
import type { Run } from '../read.ts';
import { resolveNames } from './concepts.ts';
import { filterItems, matchPapers, mentionEdges, resolveFilter, type PaperFilter } from './find-papers.ts';

/** a concept and how many papers use it */
export interface ConceptCount {
  kind: string;
  id: string;
  name: string;
  papers: number;
}

/** the filter list that names concepts of a kind: its own concepts are not an answer to "which X" */
const LIST_OF_KIND: Record<ConceptKind, ConstraintKind> = {
  method: 'methods',
  dataset: 'datasets',
  task: 'tasks',
};

// no filter: the paper counts materialised at ingest
const TOP_OVERALL = (kind: ConceptKind) => /* cypher */ `
  MATCH (c:${CONCEPT_LABEL[kind]})
  RETURN c.id AS id, c.name AS name, coalesce(c.paperCount, 0) AS papers
  ORDER BY papers DESC, name LIMIT $limit`;

/** the filter's papers counted per concept of the kind, the concepts named in the filter itself left out */
export function topConceptsStatement(kind: ConceptKind, matchLines: readonly string[]): string {
  return [
    ...matchLines,
    // $exclude: the filter's names of this kind, by their index in `targets` (numbers in a list arrive as floats)
    'WITH p, reduce(concepts = [], i IN $exclude | concepts + targets[toInteger(i)]) AS excluded',
    `MATCH (p)-[:${mentionEdges(kind)}]->(c:${CONCEPT_LABEL[kind]})`,
    'WHERE NOT c IN excluded',
    'RETURN c.id AS id, c.name AS name, count(DISTINCT p) AS papers',
    'ORDER BY papers DESC, name LIMIT $limit',
  ].join('\n');
}

/**
 * The concepts of a kind most used by the papers meeting the filter (every paper without one), most papers first.
 * The filter is findPapers's: aliases, hierarchy, text; an unresolved name matches no paper, so nothing is counted.
 */
export async function topConcepts(
  run: Run,
  kind: ConceptKind,
  filter: PaperFilter | null | undefined,
  limit: number,
): Promise<ConceptCount[]> {
  const hasText = (filter?.text ?? '').trim() !== '';
  let rows;
  if (!filter || (filterItems(filter).length === 0 && !hasText)) {
    rows = await run(TOP_OVERALL(kind), { limit });
  } else {
    const match = matchPapers(filter);
    const exclude = match.items.flatMap((item, i) => (item.kind === LIST_OF_KIND[kind] ? [i] : []));
    rows = await run(topConceptsStatement(kind, match.lines), { ...match.parameters, exclude, limit });
  }
  return rows.map((row) => ({
    kind: CONCEPT_LABEL[kind],
    id: row.get('id'),
    name: row.get('name'),
    papers: row.get('papers'),
  }));
}

/** papers per year that use a concept */
export interface ConceptTrend {
  kind: string;
  id: string;
  name: string;
  /** the narrower concepts counted with it (its variants or subtasks) */
  includes: string[];
  years: { year: number; papers: number }[];
  /** papers without a year */
  undated: number;
}

const KIND_OF_LABEL: Record<string, ConceptKind> = { Method: 'method', Dataset: 'dataset', Task: 'task' };

// each paper once, whichever of the concepts it uses
const TREND = (kind: ConceptKind) => /* cypher */ `
  MATCH (x:${CONCEPT_LABEL[kind]}) WHERE x.id IN $ids
  MATCH (p:Paper)-[:${mentionEdges(kind)}]->(x)
  WITH DISTINCT p
  RETURN p.year AS year, count(*) AS papers ORDER BY year`;

const NAMES = /* cypher */ `MATCH (c:Concept) WHERE c.id IN $ids AND c.id <> $root RETURN c.name AS name ORDER BY name`;

/**
 * Papers per year that use the concept a name means (its best alias match, as resolveConcepts ranks them), its
 * narrower concepts included as findPapers includes them; null when the name means no concept.
 */
export async function conceptTrend(run: Run, name: string): Promise<ConceptTrend | null> {
  const [best] = (await resolveNames(run, [name], null)).get(name) ?? [];
  if (!best) return null;
  const kind = KIND_OF_LABEL[best.kind]!;
  const [resolved] = await resolveFilter(run, { [LIST_OF_KIND[kind]]: [best.name] });
  const ids = resolved?.ids ?? [best.id];
  const rows = await run(TREND(kind), { ids });
  const includes = await run(NAMES, { ids, root: best.id });
  const dated = rows.filter((row) => row.get('year') !== null);
  return {
    kind: best.kind,
    id: best.id,
    name: best.name,
    includes: includes.map((row) => row.get('name') as string),
    years: dated.map((row) => ({ year: row.get('year'), papers: row.get('papers') })),
    undated: rows.find((row) => row.get('year') === null)?.get('papers') ?? 0,
  };
}
