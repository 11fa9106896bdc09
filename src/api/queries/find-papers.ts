import { aliasKey } from '../../graph/names.ts';
import { KgError } from '../../errors.ts';
import type { Run } from '../read.ts';
import {
  CONSTRAINT_KINDS,
  MENTION_EDGE,
  anyOf,
  type ConceptKind,
  type ConceptLabel,
  type ConstraintKind,
} from '../../graph/model.ts';

/** the PaperFilter input: every listed constraint must hold */
export interface PaperFilter {
  datasets?: string[] | null;
  methods?: string[] | null;
  tasks?: string[] | null;
  proposesAlternativeTo?: string[] | null;
  proposesVariantOf?: string[] | null;
  text?: string | null;
}

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

/** the edges from a paper to a concept of this kind, proposed or used */
export const mentionEdges = (kind: ConceptKind) => anyOf([...new Set(Object.values(MENTION_EDGE[kind]))]);

// Each constraint kind as a fixed pattern from paper `p` to concept `x`; only the ids are parameters.
const PATTERNS: Record<ConstraintKind, { label: ConceptLabel; path: string }> = {
  datasets: { label: 'Dataset', path: `(p)-[:${mentionEdges('dataset')}]->(x)` },
  methods: { label: 'Method', path: `(p)-[:${mentionEdges('method')}]->(x)` },
  tasks: { label: 'Task', path: `(p)-[:${mentionEdges('task')}]->(x)` },
  // a variant of an alternative is an alternative too: a paper proposing a Forward-Forward variant proposes an
  // alternative to backpropagation, and a variant of a variant of X is a variant of X
  proposesAlternativeTo: {
    label: 'Method',
    path: '(p)-[:PROPOSES]->(:Method)-[:VARIANT_OF*0..2]->(:Method)-[:ALTERNATIVE_TO]->(x)',
  },
  proposesVariantOf: { label: 'Method', path: '(p)-[:PROPOSES]->(:Method)-[:VARIANT_OF*1..2]->(x)' },
};

// Every name of the filter in one statement: its alias key gives the concepts it names, and narrower concepts count
// as the broader one (GCN papers are graph neural network papers, multi-label text classification papers are text
// classification papers). Only the lexicon's method hierarchy is followed: "X extends Y" in one abstract should not
// make every X paper a Y paper.
const RESOLVE = /* cypher */ `
  UNWIND $items AS item
  OPTIONAL MATCH (:Alias {key: item.key})-[:NAMES]->(root:Concept)
  WHERE item.label IN labels(root)
  WITH item, collect(DISTINCT root) AS roots
  WITH item, roots, apoc.coll.toSet(apoc.coll.flatten([root IN roots | [root] +
    [(narrower)-[hops:VARIANT_OF|SUBTASK_OF*1..3]->(root) WHERE all(r IN hops WHERE type(r) = 'SUBTASK_OF' OR r.fromLexicon) | narrower]
  ])) AS concepts
  RETURN item.index AS index, [root IN roots | root.name] AS resolved, [c IN concepts | c.id] AS ids,
         reduce(total = 0, c IN concepts | total + coalesce(c.paperCount, 0)) AS cost`;

/** resolves every name of the filter through aliases and the concept hierarchy */
export async function resolveFilter(run: Run, filter: PaperFilter): Promise<ResolvedConstraint[]> {
  const items = CONSTRAINT_KINDS.flatMap((kind) =>
    [...new Set((filter[kind] ?? []).map((name) => name.trim()).filter((name) => name !== ''))].map(
      (name) => ({
        kind,
        name,
        key: aliasKey(name),
        label: PATTERNS[kind].label,
      }),
    ),
  );
  if (items.length === 0) return [];
  const rows = await run(RESOLVE, { items: items.map(({ key, label }, index) => ({ key, label, index })) });
  return rows.map((row) => {
    const item = items[row.get('index') as number]!;
    return {
      kind: item.kind,
      name: item.name,
      resolved: row.get('resolved'),
      ids: row.get('ids'),
      cost: row.get('cost'),
    };
  });
}

/** a paper's own properties (id, title, abstract, year …), as stored */
export type PaperProperties = Record<string, unknown> & { id: string };

/** Cypher that binds `p` to every paper meeting the constraints, as lines, WHERE conditions and parameters */
export interface PaperMatch {
  lines: string[];
  conditions: string[];
  parameters: Record<string, unknown>;
}

/**
 * the papers meeting every constraint and containing every text word, as a statement's first lines (the anchor is
 * the cheapest constraint, or the full-text index); null when a name is unresolved, since it can match nothing
 */
export function matchPapers(
  constraints: readonly ResolvedConstraint[],
  text: string | null | undefined,
): PaperMatch | null {
  const words = textWords(text);
  // an unresolved name can match nothing: say so by returning nothing, never by dropping the constraint
  if (constraints.some((constraint) => constraint.ids.length === 0)) return null;
  if (constraints.length === 0 && words.length === 0) {
    throw new KgError(
      'BAD_USER_INPUT',
      'The filter is empty: give at least one dataset, method, task, relation or text.',
    );
  }
  const ordered = [...constraints].sort((a, b) => a.cost - b.cost);
  const parameters: Record<string, unknown> = { words };
  const lines: string[] = [];
  const anchor = ordered[0];
  if (anchor) {
    parameters.c0 = anchor.ids;
    lines.push(
      `MATCH (x:${PATTERNS[anchor.kind].label}) WHERE x.id IN $c0`,
      `MATCH ${PATTERNS[anchor.kind].path.replace('(p)', '(p:Paper)')}`,
    );
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
  if (words.length > 0)
    conditions.push('all(word IN $words WHERE toLower(p.title + " " + p.abstract) CONTAINS word)');
  return { lines, conditions, parameters };
}

/** the match's lines with its conditions as one WHERE */
export function paperMatchLines({ lines, conditions }: PaperMatch): string[] {
  return conditions.length > 0 ? [...lines, `WHERE ${conditions.join('\n  AND ')}`] : lines;
}

/**
 * a page of papers meeting every constraint, newest first, after the paper with id `after`; with their properties,
 * which most selections need anyway, so the statement that finds them also reads them
 */
export async function findPapers(
  run: Run,
  constraints: readonly ResolvedConstraint[],
  text: string | null | undefined,
  limit: number,
  after: string | null | undefined,
): Promise<PaperProperties[]> {
  const match = matchPapers(constraints, text);
  if (!match) return [];
  match.parameters.limit = limit;
  if (after) {
    const [row] = await run('MATCH (p:Paper {id: $id}) RETURN coalesce(p.year, 0) AS year', { id: after });
    if (!row) throw new KgError('BAD_USER_INPUT', `after: no paper has the id "${after}".`);
    match.parameters.afterYear = row.get('year');
    match.parameters.afterId = after;
    match.conditions.push(
      '(coalesce(p.year, 0) < $afterYear OR (coalesce(p.year, 0) = $afterYear AND p.id > $afterId))',
    );
  }
  const lines = paperMatchLines(match);
  lines.push(
    'RETURN p.id AS id, coalesce(p.year, 0) AS year, p {.*} AS paper ORDER BY year DESC, id LIMIT $limit',
  );
  const rows = await run(lines.join('\n'), match.parameters);
  return rows.map((row) => row.get('paper') as PaperProperties);
}

/** the lower-case words of a text constraint, punctuation dropped */
function textWords(text: string | null | undefined): string[] {
  return (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
