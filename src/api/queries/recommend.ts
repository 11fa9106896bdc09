import { KgError } from '../../errors.ts';
import type { Run } from '../read.ts';
import { resolveNames } from './concepts.ts';
import { METHOD_RELATIONS, PAPER_CONCEPT_EDGES, anyOf, type PaperEdgeType } from '../../graph/model.ts';

/** a recommended paper by id, how strongly, and why */
export interface PaperScore {
  id: string;
  score: number;
  reasons: string[];
}

/** a related concept, how strongly, and why */
export interface ConceptScore {
  kind: string;
  id: string;
  name: string;
  score: number;
  reasons: string[];
}

// How each paper → concept edge reads in a reason: "both … X" and "… X, like a paper you liked".
const EDGE_PHRASE: Record<PaperEdgeType, [both: string, one: string]> = {
  PROPOSES: ['propose', 'proposes'],
  USES: ['use', 'uses'],
  INTRODUCES: ['introduce', 'introduces'],
  EVALUATES_ON: ['evaluate on', 'evaluates on'],
  ADDRESSES: ['address', 'addresses'],
};
const PAPER_EDGES = anyOf(PAPER_CONCEPT_EDGES);
const RELATIONS = anyOf(METHOD_RELATIONS);
const TEXT_WEIGHT = 0.35;
const MAX_REASONS = 3;
// Concepts that a large share of the graph mentions say little about relatedness and cost the most to expand.
const COMMON_SHARE = 0.02;
const MIN_COMMON = 50;

/**
 * Candidates in one round trip, one row each. Papers sharing the seeds' concepts, each shared concept weighted by
 * its rarity (IDF over paperCount, so a shared Cora counts more than a shared Transformer) and less when the roles
 * differ, plus papers that propose alternatives to or variants of the same method; `weight` per seed paper is
 * positive for liked, negative for disliked. Then papers with similar wording, by the full-text index's own TF-IDF
 * scoring of the liked papers' most telling words.
 *
 * The concept work is bounded whatever the graph's size: each concept and relation target of the seeds gives at
 * most `$papersPerConcept` candidates (in store order: for a hot concept, a sample that is the same for the same
 * graph), and each candidate is then scored from its own side, over its few edges, against every concept of the
 * seeds, so a paper found through one concept still counts all it shares. Expanding every paper of every shared
 * concept read up to 1.4 million database hits per request at 10^6 papers, as a concept's degree grows with N.
 */
const CANDIDATES = /* cypher */ `
  CALL () {
    CALL () {
      UNWIND $seeds AS seed
      MATCH (:Paper {id: seed.id})-[e1:${PAPER_EDGES}]->(c:Concept)
      WHERE c.paperCount <= $maxCount
      WITH seed, c, collect(DISTINCT type(e1)) AS seedTypes
      RETURN collect({concept: c, key: elementId(c), name: c.name,
                      weight: seed.weight * log(($total + 1.0) / (c.paperCount + 0.5)), role: seedTypes[0]}) AS shared
    }
    WITH shared, apoc.map.groupByMulti(shared, 'key') AS byConcept
    CALL (shared) {
      UNWIND shared AS s
      WITH DISTINCT s.concept AS c
      CALL (c) {
        MATCH (c)<-[:${PAPER_EDGES}]-(q:Paper)
        RETURN DISTINCT q LIMIT $papersPerConcept
      }
      RETURN DISTINCT q
    }
    WITH q, byConcept
    WHERE NOT q.id IN $exclude
    // scored from the candidate's side: its few edges, looked up among the seeds' concepts
    MATCH (q)-[e2:${PAPER_EDGES}]->(c)
    WITH q, e2, byConcept[elementId(c)] AS matches
    WHERE matches IS NOT NULL
    WITH q, matches, collect(type(e2)) AS types
    UNWIND matches AS s
    RETURN q, s.name AS concept, s.weight AS weight, types[0] AS type, s.role IN types AS sameRole
    UNION ALL
    UNWIND $seeds AS seed
    MATCH (:Paper {id: seed.id})-[:PROPOSES]->(:Method)-[r:${RELATIONS}]->(t:Method)
    WITH DISTINCT seed, t, type(r) AS type
    CALL (t, type) {
      MATCH (t)<-[r2:${RELATIONS}]-(:Method)<-[:PROPOSES]-(q:Paper)
      WHERE type(r2) = type AND NOT q.id IN $exclude
      RETURN DISTINCT q LIMIT $papersPerConcept
    }
    RETURN q, t.name AS concept, seed.weight * log(($total + 1.0) / (t.paperCount + 0.5)) AS weight, type,
           true AS sameRole
  }
  WITH q, sum(weight * CASE WHEN sameRole THEN 1.0 ELSE 0.7 END) AS score,
       collect(CASE WHEN weight > 0 THEN [type, concept, weight] END) AS shared
  // the strongest either way: a paper a dislike pushed down must keep that score when its wording is similar
  ORDER BY abs(score) DESC, q.id
  LIMIT $candidates
  RETURN q.id AS id, score, shared, null AS text
  UNION ALL
  // a text with no telling words asks nothing (an empty Lucene query is a syntax error)
  WITH $query AS query WHERE query <> ''
  CALL db.index.fulltext.queryNodes('paper_text', query, {limit: $textLimit}) YIELD node, score
  WHERE NOT node.id IN $exclude
  RETURN node.id AS id, 0.0 AS score, [] AS shared, score AS text`;

/** the graph's size, the seed ids that name no paper, and the liked papers' text, in one round trip */
const SEEDS = /* cypher */ `
  MATCH (n:Paper) WITH count(n) AS total
  UNWIND $ids AS id
  OPTIONAL MATCH (p:Paper {id: id})
  RETURN total, collect(CASE WHEN p IS NULL THEN id END) AS missing,
         collect(CASE WHEN id IN $liked THEN p.title + ' ' + p.abstract END) AS texts`;

// candidates kept by shared concepts before similar wording is added: far more than any page
const CONCEPT_CANDIDATES = 300;
// the bound on a request's work whatever the graph's size: papers read per concept or relation target of a seed
const PAPERS_PER_CONCEPT = 50;

/** papers related to one paper: shared rare concepts first, similar wording to fill in, each with reasons */
export async function relatedPapers(run: Run, id: string, limit: number): Promise<PaperScore[]> {
  return recommend(run, [{ id, weight: 1 }], limit, 'both');
}

/** what to read next after `liked` (and not like `disliked`); never returns those papers */
export async function recommendPapers(
  run: Run,
  liked: string[],
  disliked: string[],
  limit: number,
): Promise<PaperScore[]> {
  if (liked.length === 0)
    throw new KgError('BAD_USER_INPUT', 'recommendPapers needs at least one liked paper id.');
  if (liked.length + disliked.length > 100)
    throw new KgError('BAD_USER_INPUT', 'recommendPapers takes at most 100 paper ids.');
  // a dislike weighs half a like: it pushes its concepts down without cancelling what the liked papers share
  const seeds = [
    ...liked.map((id) => ({ id, weight: 1 / liked.length })),
    ...disliked.map((id) => ({ id, weight: -0.5 / disliked.length })),
  ];
  return recommend(run, seeds, limit, 'liked');
}

async function recommend(
  run: Run,
  seeds: { id: string; weight: number }[],
  limit: number,
  voice: 'both' | 'liked',
): Promise<PaperScore[]> {
  const exclude = seeds.map((seed) => seed.id);
  const likedIds = seeds.filter((seed) => seed.weight > 0).map((seed) => seed.id);
  const [found] = await run(SEEDS, { ids: exclude, liked: likedIds });
  const missing = found!.get('missing') as string[];
  if (missing.length > 0)
    throw new KgError('BAD_USER_INPUT', `No paper has the id ${missing.map((id) => `"${id}"`).join(', ')}.`);
  const total = found!.get('total') as number;
  const maxCount = Math.max(MIN_COMMON, Math.round(total * COMMON_SHARE));
  const query = salientTerms((found!.get('texts') as string[]).join(' ')).join(' ');
  const rows = await run(CANDIDATES, {
    seeds,
    exclude,
    maxCount,
    total,
    candidates: CONCEPT_CANDIDATES,
    papersPerConcept: PAPERS_PER_CONCEPT,
    query,
    textLimit: Math.max(50, limit * 3),
  });

  const candidates = new Map<string, { score: number; reasons: { text: string; weight: number }[] }>();
  const entry = (id: string) => {
    let found = candidates.get(id);
    if (!found) candidates.set(id, (found = { score: 0, reasons: [] }));
    return found;
  };
  const top = Math.max(...rows.map((row) => (row.get('text') as number | null) ?? 0)) || 1;
  for (const row of rows) {
    const candidate = entry(row.get('id'));
    const text = row.get('text') as number | null;
    if (text === null) {
      candidate.score += row.get('score') as number;
      for (const [type, concept, weight] of row.get('shared') as [string, string, number][])
        candidate.reasons.push({ text: reason(type, concept, voice), weight });
      continue;
    }
    const similarity = text / top;
    candidate.score += TEXT_WEIGHT * similarity * Math.log(total + 1);
    if (similarity > 0.35)
      candidate.reasons.push({ text: 'similar wording', weight: TEXT_WEIGHT * similarity });
  }

  return [...candidates.entries()]
    .filter(([, candidate]) => candidate.score > 0)
    .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, candidate]) => ({
      id,
      score: Math.round(candidate.score * 1000) / 1000,
      reasons: [
        ...new Map(candidate.reasons.sort((a, b) => b.weight - a.weight).map((r) => [r.text, r])).keys(),
      ].slice(0, MAX_REASONS),
    }));
}

function reason(type: string, concept: string, voice: 'both' | 'liked'): string {
  if (type === 'ALTERNATIVE_TO')
    return voice === 'both'
      ? `both propose alternatives to ${concept}`
      : `proposes an alternative to ${concept}, like a paper you liked`;
  if (type === 'VARIANT_OF')
    return voice === 'both'
      ? `both propose variants of ${concept}`
      : `proposes a variant of ${concept}, like a paper you liked`;
  const [both, one] = EDGE_PHRASE[type as PaperEdgeType] ?? ['mention', 'mentions'];
  return voice === 'both' ? `both ${both} ${concept}` : `${one} ${concept}, like a paper you liked`;
}

const STOP_WORDS = new Set(
  'a an the of and or in on for to with by from as at is are was were be been this that these those we our it its their which can not into than then also such using use used based via over under between both each more most other new show shows results paper propose proposed method methods approach model models however while when where how what who has have had do does may might well only one two three first second state art performance data different learning task tasks network networks based problem problems work'.split(
    ' ',
  ),
);

// Words in the text query. It scores every paper that holds any of them, work that grows with the graph: the query
// alone took 39 ms p50 at 10^6 papers with 30 words, 15 with 10; relatedPapers p50 there was 19.0 ms with 12 words,
// 15.2 and 16.7 with 8 (docs/scale.md, session 14). nDCG@10 on the sample does not move: 0.847 with 12 or 8 words
// today, 0.852-0.853 with 8, 12 or 30 when the query was first cut
const SALIENT_TERMS = 8;

/** the most frequent telling words of a text, as a Lucene OR-query (letters and digits only, so nothing to escape) */
function salientTerms(text: string): string[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []) {
    if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SALIENT_TERMS)
    .map(([word]) => word);
}

const RELATED_CONCEPTS = /* cypher */ `
  MATCH (c:Concept {id: $id})
  CALL (c) {
    MATCH (c)-[r:ALTERNATIVE_TO]-(d:Concept)
    RETURN d, 3.0 + r.support AS score,
           CASE WHEN startNode(r) = c THEN 'alternative to ' + d.name ELSE d.name + ' is an alternative to it' END +
           CASE r.support WHEN 0 THEN '' WHEN 1 THEN ' (1 paper)' ELSE ' (' + r.support + ' papers)' END AS reason
    UNION ALL
    MATCH (c)-[r:VARIANT_OF|SUBTASK_OF]-(d:Concept)
    RETURN d, 2.5 + coalesce(r.support, 0) AS score,
           CASE WHEN startNode(r) = c THEN 'a variant of ' + d.name ELSE d.name + ' is a variant of it' END AS reason
    UNION ALL
    MATCH (c)-[:IN_CATEGORY]->(k:Category)<-[:IN_CATEGORY]-(d:Concept)
    WITH d, k LIMIT 200
    RETURN d, 1.0 AS score, 'same category: ' + k.name AS reason
    UNION ALL
    MATCH (c)<-[:${PAPER_EDGES}]-(p:Paper)
    WITH c, p LIMIT 2000
    MATCH (p)-[:${PAPER_EDGES}]->(d:Concept)
    WHERE d <> c
    WITH c, d, count(DISTINCT p) AS shared
    // cosine of the two concepts' paper sets: frequent partners of everything rank below true companions
    RETURN d, 2.0 * shared / sqrt(toFloat(c.paperCount) * d.paperCount) + 0.1 * log(1 + shared) AS score,
           'appears with it in ' + shared + (CASE shared WHEN 1 THEN ' paper' ELSE ' papers' END) AS reason
  }
  WITH d, sum(score) AS score, collect(reason) AS reasons
  RETURN d.id AS id, d.name AS name, [l IN labels(d) WHERE l <> 'Concept'][0] AS kind, score, reasons
  ORDER BY score DESC, name LIMIT $limit`;

/** concepts related to a name (alias-aware): alternatives, variants, same category, co-occurrence */
export async function relatedConcepts(run: Run, name: string, limit: number): Promise<ConceptScore[]> {
  const [match] = (await resolveNames(run, [name], null)).get(name) ?? [];
  if (!match)
    throw new KgError('BAD_USER_INPUT', `"${name}" matches no concept; try resolveConcepts for close names.`);
  const rows = await run(RELATED_CONCEPTS, { id: match.id, limit });
  return rows.map((row) => ({
    kind: row.get('kind'),
    id: row.get('id'),
    name: row.get('name'),
    score: Math.round((row.get('score') as number) * 1000) / 1000,
    reasons: (row.get('reasons') as string[]).slice(0, MAX_REASONS),
  }));
}
