import { aliasKey } from '../../graph/names.ts';
import type { Run } from '../read.ts';
import type { ConceptLabel } from '../../graph/model.ts';

/** a concept a name resolved to */
export interface ConceptMatch {
  kind: string;
  id: string;
  name: string;
  matchedBy: 'name' | 'alias' | 'fulltext';
  score: number;
  paperCount: number;
}

// Exact alias-key lookups first; the canonical name's own key ranks above other aliases, then popularity.
const RESOLVE_BY_ALIAS = /* cypher */ `
  UNWIND $keys AS key
  MATCH (:Alias {key: key})-[:NAMES]->(c:Concept)
  WHERE $label IS NULL OR $label IN labels(c)
  RETURN key, c.id AS id, c.name AS name, c.nameKey = key AS byName, coalesce(c.paperCount, 0) AS paperCount,
         [l IN labels(c) WHERE l <> 'Concept'][0] AS kind
  ORDER BY byName DESC, paperCount DESC`;

const RESOLVE_BY_FULLTEXT = /* cypher */ `
  CALL db.index.fulltext.queryNodes('concept_text', $query, {limit: $limit}) YIELD node AS c, score
  WHERE $label IS NULL OR $label IN labels(c)
  RETURN c.id AS id, c.name AS name, score, coalesce(c.paperCount, 0) AS paperCount,
         [l IN labels(c) WHERE l <> 'Concept'][0] AS kind
  ORDER BY score DESC, paperCount DESC LIMIT $limit`;

const MAX_FUZZY_WORDS = 12;

/** exact matches of each name through its alias key, grouped by name in input order */
export async function resolveNames(
  run: Run,
  names: readonly string[],
  label: ConceptLabel | null,
): Promise<Map<string, ConceptMatch[]>> {
  const keys = names.map(aliasKey);
  const rows = await run(RESOLVE_BY_ALIAS, { keys: [...new Set(keys)], label });
  const byKey = new Map<string, ConceptMatch[]>();
  for (const row of rows) {
    const key = row.get('key') as string;
    const list = byKey.get(key) ?? [];
    list.push({
      kind: row.get('kind'),
      id: row.get('id'),
      name: row.get('name'),
      matchedBy: row.get('byName') ? 'name' : 'alias',
      score: row.get('byName') ? 1 : 0.9,
      paperCount: row.get('paperCount'),
    });
    byKey.set(key, list);
  }
  return new Map(names.map((name, i) => [name, byKey.get(keys[i]!) ?? []]));
}

/** the concepts a name may mean, best first: exact alias matches, then fuzzy full-text matches */
export async function resolveConcepts(run: Run, name: string, limit: number): Promise<ConceptMatch[]> {
  const exact = (await resolveNames(run, [name], null)).get(name) ?? [];
  if (exact.length >= limit) return exact.slice(0, limit);
  // lower case, so AND, OR, NOT and TO are words to find rather than Lucene operators; a name has few words
  const words = (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_FUZZY_WORDS);
  if (words.length === 0) return exact;
  // each word fuzzily, all required: "back propagaton" still finds Backpropagation's aliases
  const query = words.map((word) => (word.length > 3 ? `${word}~` : word)).join(' AND ');
  const rows = await run(RESOLVE_BY_FULLTEXT, { query, label: null, limit: limit * 2 });
  const seen = new Set(exact.map((match) => match.id));
  const fuzzy = rows
    .filter((row) => !seen.has(row.get('id')))
    .map((row) => ({
      kind: row.get('kind'),
      id: row.get('id'),
      name: row.get('name'),
      matchedBy: 'fulltext' as const,
      // below any exact match, in the order Lucene ranks them
      score: Math.min(0.8, 0.8 * (row.get('score') / (rows[0]?.get('score') || 1))),
      paperCount: row.get('paperCount'),
    }));
  return [...exact, ...fuzzy].slice(0, limit);
}
