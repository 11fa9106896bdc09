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

/**
 * Each constraint kind as a fixed pattern from paper `p` to `x`, one of the constraint's targets. A relation's
 * pattern goes through the method `m` the paper proposes (`via`), so papers can be checked per distinct method.
 * Only the targets are parameters.
 */
const PATTERNS: Record<ConstraintKind, { label: ConceptLabel; path: string; via?: string }> = {
  datasets: { label: 'Dataset', path: `(p)-[:${mentionEdges('dataset')}]->(x)` },
  methods: { label: 'Method', path: `(p)-[:${mentionEdges('method')}]->(x)` },
  tasks: { label: 'Task', path: `(p)-[:${mentionEdges('task')}]->(x)` },
  // a variant of an alternative is an alternative too: a paper proposing a Forward-Forward variant proposes an
  // alternative to backpropagation, and a variant of a variant of X is a variant of X. The targets here are the
  // alternatives themselves (matchPapers takes the ALTERNATIVE_TO hop once, not once per path)
  proposesAlternativeTo: {
    label: 'Method',
    path: '(p)-[:PROPOSES]->(m:Method)-[:VARIANT_OF*0..2]->(x)',
    via: '(m)-[:VARIANT_OF*0..2]->(x)',
  },
  proposesVariantOf: {
    label: 'Method',
    path: '(p)-[:PROPOSES]->(m:Method)-[:VARIANT_OF*1..2]->(x)',
    via: '(m)-[:VARIANT_OF*1..2]->(x)',
  },
};

// The concepts a name stands for: its alias key gives the concepts it names, and narrower concepts count as the
// broader one (GCN papers are graph neural network papers, multi-label text classification papers are text
// classification papers). Only the lexicon's method hierarchy is followed: "X extends Y" in one abstract should not
// make every X paper a Y paper.
const CONCEPTS_OF_ITEM = /* cypher */ `
  OPTIONAL MATCH (:Alias {key: item.key})-[:NAMES]->(root:Concept)
  WHERE item.label IN labels(root)
  WITH item, collect(DISTINCT root) AS roots
  WITH item, roots, apoc.coll.toSet(apoc.coll.flatten([root IN roots | [root] +
    [(narrower)-[hops:VARIANT_OF|SUBTASK_OF*1..3]->(root) WHERE all(r IN hops WHERE type(r) = 'SUBTASK_OF' OR r.fromLexicon) | narrower]
  ])) AS concepts`;

// Every name of the filter in one statement.
const RESOLVE = /* cypher */ `
  UNWIND $items AS item${CONCEPTS_OF_ITEM}
  RETURN item.index AS index, [root IN roots | root.name] AS resolved, [c IN concepts | c.id] AS ids,
         reduce(total = 0, c IN concepts | total + coalesce(c.paperCount, 0)) AS cost`;

/** one name of the filter: its kind, and its alias key and label for the lookup */
interface FilterItem {
  kind: ConstraintKind;
  name: string;
  key: string;
  label: ConceptLabel;
}

/** the filter's names, trimmed, without blanks and repeats, in CONSTRAINT_KINDS order */
export function filterItems(filter: PaperFilter): FilterItem[] {
  return CONSTRAINT_KINDS.flatMap((kind) =>
    [...new Set((filter[kind] ?? []).map((name) => name.trim()).filter((name) => name !== ''))].map(
      (name) => ({ kind, name, key: aliasKey(name), label: PATTERNS[kind].label }),
    ),
  );
}

/** true when the filter names a concept or gives a text */
export const hasFilter = (filter: PaperFilter) =>
  filterItems(filter).length > 0 || (filter.text ?? '') !== '';

/** resolves every name of the filter through aliases and the concept hierarchy */
export async function resolveFilter(run: Run, filter: PaperFilter): Promise<ResolvedConstraint[]> {
  const items = filterItems(filter);
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

/** Cypher that binds `p` to every paper meeting the filter, as lines and parameters */
export interface PaperMatch {
  lines: string[];
  parameters: Record<string, unknown>;
  /** the index of each name of the filter in `targets`, with its kind */
  items: readonly { kind: ConstraintKind }[];
}

/**
 * The papers meeting every constraint of the filter and containing every text word, as a statement's first lines:
 * they resolve the names (as resolveFilter does), start from the cheapest constraint (or the full-text index) and
 * check the others, in one statement, so a request needs one round trip. An unresolved name matches no paper: it
 * is never dropped. The lines end with `p` and `targets` (each name's concepts, as nodes) in scope.
 */
export function matchPapers(filter: PaperFilter): PaperMatch {
  const items = filterItems(filter);
  const words = textWords(filter.text);
  if (items.length === 0 && words.length === 0) {
    throw new KgError(
      'BAD_USER_INPUT',
      'The filter is empty: give at least one dataset, method, task, relation or text.',
    );
  }
  const parameters: Record<string, unknown> = { words };
  const textCondition = 'all(word IN $words WHERE toLower(p.title + " " + p.abstract) CONTAINS word)';
  if (items.length === 0) {
    // no concept to start from: the full-text index finds the candidates
    parameters.query = words.map((word) => `"${word}"`).join(' AND ');
    return {
      lines: [
        `CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p`,
        'WITH DISTINCT p, [] AS targets',
        `WHERE ${textCondition}`,
      ],
      parameters,
      items,
    };
  }
  parameters.items = items.map(({ kind, key, label }, index) => ({ kind, key, label, index }));
  const lines = [
    'UNWIND $items AS item',
    `CALL {\n  WITH item${CONCEPTS_OF_ITEM}`,
    '  RETURN reduce(total = 0, c IN concepts | total + coalesce(c.paperCount, 0)) AS cost,',
    // a relation's targets: the methods that are alternatives to the named ones
    "    CASE item.kind WHEN 'proposesAlternativeTo'",
    '      THEN apoc.coll.toSet(apoc.coll.flatten([c IN concepts | [(a:Method)-[:ALTERNATIVE_TO]->(c) | a]]))',
    '      ELSE concepts END AS targets',
    '}',
    'WITH item, cost, targets ORDER BY item.index',
    // an unresolved name (or a relation no method has) leaves no targets, so no paper
    'WITH collect(targets) AS targets, collect(cost) AS costs',
    'WHERE all(t IN targets WHERE size(t) > 0)',
    // the anchor: the first of the cheapest names, by the papers behind its concepts
    'WITH targets, reduce(best = 0, i IN range(0, size(costs) - 1) | CASE WHEN costs[i] < costs[best] THEN i ELSE best END) AS anchor',
    // each name's targets as a map by element id, for the checks: `x IN list` compares x with every node of the list
    'WITH targets, anchor, [t IN targets | apoc.map.fromLists([x IN t | elementId(x)], [x IN t | true])] AS keys',
  ];
  const kinds = [...new Set(items.map((item) => item.kind))];
  // one branch per kind in the filter; only the anchor's kind passes its WHERE
  const branches = kinds.map((kind) =>
    [
      'WITH targets, anchor',
      `WITH targets, anchor WHERE $items[anchor].kind = '${kind}'`,
      'UNWIND targets[anchor] AS x',
      `MATCH ${PATTERNS[kind].path.replace('(p)', '(p:Paper)')}`,
      'RETURN DISTINCT p',
    ].join('\n    '),
  );
  // the anchor's own constraint holds already; one-hop constraints are checked per paper
  const conditions = items.flatMap(({ kind }, i) =>
    PATTERNS[kind].via
      ? []
      : [`(anchor = ${i} OR EXISTS { MATCH ${PATTERNS[kind].path} WHERE keys[${i}][elementId(x)] })`],
  );
  if (words.length > 0) conditions.push(textCondition);
  // The candidates leave each subquery as one list: rows outside would carry `targets` and `keys`, which a
  // DISTINCT or a grouping over them would hash for every row.
  lines.push(
    'CALL {',
    '  WITH targets, anchor, keys',
    `  CALL {\n    ${branches.join('\n    UNION ALL\n    ')}\n  }`,
    '  WITH targets, anchor, keys, p',
    ...(conditions.length > 0 ? [`  WHERE ${conditions.join('\n    AND ')}`] : []),
    '  RETURN collect(p) AS candidates',
    '}',
  );
  // a relation is checked once per method the candidates propose, not once per paper: many papers propose the same
  // few methods, and their variant hierarchies are the expensive part
  items.forEach(({ kind }, i) => {
    const via = PATTERNS[kind].via;
    if (!via) return;
    lines.push(
      'CALL {',
      '  WITH anchor, keys, candidates',
      `  WITH keys[${i}] AS relation, candidates WHERE anchor <> ${i}`,
      '  UNWIND candidates AS p',
      '  MATCH (p)-[:PROPOSES]->(m:Method)',
      '  WITH relation, m, collect(p) AS papers',
      `  WHERE EXISTS { MATCH ${via} WHERE relation[elementId(x)] }`,
      '  UNWIND papers AS p',
      '  RETURN collect(DISTINCT p) AS checked',
      '}',
      `WITH targets, anchor, keys, CASE WHEN anchor = ${i} THEN candidates ELSE checked END AS candidates`,
    );
  });
  lines.push('UNWIND candidates AS p');
  return { lines, parameters, items };
}

/**
 * a page of papers meeting the filter, newest first, after the paper with id `after`; with their properties (only
 * `properties` when given), so the statement that finds them also reads them
 */
export async function findPapers(
  run: Run,
  filter: PaperFilter,
  limit: number,
  after: string | null | undefined,
  properties?: readonly string[],
): Promise<PaperProperties[]> {
  const match = matchPapers(filter);
  match.parameters.limit = limit;
  const lines = [...match.lines];
  if (after) {
    const [row] = await run('MATCH (p:Paper {id: $id}) RETURN coalesce(p.year, 0) AS year', { id: after });
    if (!row) throw new KgError('BAD_USER_INPUT', `after: no paper has the id "${after}".`);
    match.parameters.afterYear = row.get('year');
    match.parameters.afterId = after;
    lines.push(
      'WITH p WHERE coalesce(p.year, 0) < $afterYear OR (coalesce(p.year, 0) = $afterYear AND p.id > $afterId)',
    );
  }
  let paper = 'p {.*}';
  if (properties) {
    match.parameters.properties = properties;
    paper = 'apoc.map.fromLists($properties, [key IN $properties | p[key]])';
  }
  lines.push(
    `RETURN p.id AS id, coalesce(p.year, 0) AS year, ${paper} AS paper ORDER BY year DESC, id LIMIT $limit`,
  );
  const rows = await run(lines.join('\n'), match.parameters);
  return rows.map((row) => ({
    ...(row.get('paper') as Record<string, unknown>),
    id: row.get('id') as string,
  }));
}

/** the lower-case words of a text constraint, punctuation dropped */
function textWords(text: string | null | undefined): string[] {
  return (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
