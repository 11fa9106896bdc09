import type { Driver } from 'neo4j-driver';
import { KgError } from '../../errors.ts';
import { read, type ReadOptions } from '../read.ts';
import { resolveNames, type ConceptLabel } from './concepts.ts';

/** the PaperFilter input: every listed constraint must hold */
export interface PaperFilter {
  datasets?: string[] | null;
  methods?: string[] | null;
  tasks?: string[] | null;
  proposesAlternativeTo?: string[] | null;
  proposesVariantOf?: string[] | null;
  text?: string | null;
}

type ConstraintKind = 'datasets' | 'methods' | 'tasks' | 'proposesAlternativeTo' | 'proposesVariantOf';

/** one name of the filter, resolved: the concept ids it stands for, hierarchy included */
export interface ResolvedConstraint {
  kind: ConstraintKind;
  name: string;
  /** canonical names it resolved to (empty: unresolved) */
  resolved: string[];
  ids: string[];
  /** papers behind these concepts: the anchor is the cheapest constraint */
  cost: number;
}

// Each constraint kind as a fixed pattern from paper `p` to concept `x`; only the ids are parameters.
const PATTERNS: Record<ConstraintKind, { label: ConceptLabel; path: string }> = {
  datasets: { label: 'Dataset', path: '(p)-[:EVALUATES_ON|INTRODUCES]->(x)' },
  methods: { label: 'Method', path: '(p)-[:USES|PROPOSES]->(x)' },
  tasks: { label: 'Task', path: '(p)-[:ADDRESSES]->(x)' },
  proposesAlternativeTo: { label: 'Method', path: '(p)-[:PROPOSES]->(:Method)-[:ALTERNATIVE_TO]->(x)' },
  proposesVariantOf: { label: 'Method', path: '(p)-[:PROPOSES]->(:Method)-[:VARIANT_OF]->(x)' },
};
const KINDS = Object.keys(PATTERNS) as ConstraintKind[];

// Narrower concepts count as the broader one: GCN papers are graph neural network papers, multi-label text
// classification papers are text classification papers. Only the lexicon's hierarchy is followed for methods:
// "X extends Y" in one abstract should not make every X paper a Y paper.
const EXPAND = /* cypher */ `
  UNWIND $ids AS id
  MATCH (root:Concept {id: id})
  OPTIONAL MATCH (narrower)-[hops:VARIANT_OF|SUBTASK_OF*1..3]->(root)
  WHERE all(r IN hops WHERE type(r) = 'SUBTASK_OF' OR r.fromLexicon)
  WITH root, collect(DISTINCT narrower) AS narrower
  RETURN root.id AS id, [n IN narrower | n.id] AS narrowerIds,
         coalesce(root.paperCount, 0) + reduce(total = 0, n IN narrower | total + coalesce(n.paperCount, 0)) AS cost`;

/** resolves every name of the filter through aliases and the concept hierarchy */
export async function resolveFilter(
  driver: Driver,
  filter: PaperFilter,
  options: ReadOptions,
): Promise<ResolvedConstraint[]> {
  const constraints: ResolvedConstraint[] = [];
  for (const kind of KINDS) {
    const names = [...new Set((filter[kind] ?? []).map((name) => name.trim()).filter((name) => name !== ''))];
    if (names.length === 0) continue;
    const matches = await resolveNames(driver, names, PATTERNS[kind].label, options);
    for (const name of names) {
      const found = matches.get(name) ?? [];
      const rows = found.length
        ? await read(driver, EXPAND, { ids: found.map((match) => match.id) }, options)
        : [];
      constraints.push({
        kind,
        name,
        resolved: found.map((match) => match.name),
        ids: [...new Set(rows.flatMap((row) => [row.get('id') as string, ...(row.get('narrowerIds') as string[])]))],
        cost: rows.reduce((total, row) => total + (row.get('cost') as number), 0),
      });
    }
  }
  return constraints;
}

/** a page of paper ids meeting every constraint, newest first, after the paper with id `after` */
export async function findPaperIds(
  driver: Driver,
  constraints: readonly ResolvedConstraint[],
  text: string | null | undefined,
  limit: number,
  after: string | null | undefined,
  options: ReadOptions,
): Promise<string[]> {
  const words = textWords(text);
  // an unresolved name can match nothing: say so by returning nothing, never by dropping the constraint
  if (constraints.some((constraint) => constraint.ids.length === 0)) return [];
  if (constraints.length === 0 && words.length === 0) {
    throw new KgError('BAD_USER_INPUT', 'The filter is empty: give at least one dataset, method, task, relation or text.');
  }
  const ordered = [...constraints].sort((a, b) => a.cost - b.cost);
  const parameters: Record<string, unknown> = { limit, words };
  const lines: string[] = [];
  const anchor = ordered[0];
  if (anchor) {
    parameters.c0 = anchor.ids;
    lines.push(`MATCH (x:${PATTERNS[anchor.kind].label}) WHERE x.id IN $c0`, `MATCH ${PATTERNS[anchor.kind].path.replace('(p)', '(p:Paper)')}`);
  } else {
    // no concept to start from: the full-text index finds the candidates
    parameters.query = words.map((word) => `"${word}"`).join(' AND ');
    lines.push(`CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p`);
  }
  lines.push('WITH DISTINCT p');
  const conditions = ordered.slice(1).map((constraint, i) => {
    parameters[`c${i + 1}`] = constraint.ids;
    return `EXISTS { MATCH ${PATTERNS[constraint.kind].path} WHERE x.id IN $c${i + 1} }`;
  });
  if (words.length > 0) conditions.push('all(word IN $words WHERE toLower(p.title + " " + p.abstract) CONTAINS word)');
  if (after) {
    const [row] = await read(driver, 'MATCH (p:Paper {id: $id}) RETURN coalesce(p.year, 0) AS year', { id: after }, options);
    if (!row) throw new KgError('BAD_USER_INPUT', `after: no paper has the id "${after}".`);
    parameters.afterYear = row.get('year');
    parameters.afterId = after;
    conditions.push('(coalesce(p.year, 0) < $afterYear OR (coalesce(p.year, 0) = $afterYear AND p.id > $afterId))');
  }
  if (conditions.length > 0) lines.push(`WHERE ${conditions.join('\n  AND ')}`);
  lines.push('RETURN p.id AS id, coalesce(p.year, 0) AS year ORDER BY year DESC, id LIMIT $limit');
  const rows = await read(driver, lines.join('\n'), parameters, options);
  return rows.map((row) => row.get('id') as string);
}

/** the lower-case words of a text constraint, punctuation dropped */
function textWords(text: string | null | undefined): string[] {
  return (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
