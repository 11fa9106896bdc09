// The Cypher the loader runs, one named constant per step; every value is a parameter.

import {
  HAS_CODE,
  METHOD_RELATIONS,
  NODE_LABEL,
  PAPER_CONCEPT_EDGES,
  REPORTS,
  RESULT_EDGE,
  anyOf,
} from '../../src/graph/model.ts';

/** the stored content hash and extractor version of papers, to skip unchanged ones */
export const EXISTING_PAPERS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Paper {id: id})
  RETURN p.id AS id, p.contentHash AS contentHash, p.extractorVersion AS extractorVersion`;

/**
 * Takes a changed paper's extracted facts back out of the graph: its share of method relations, its results, then
 * its edges.
 * Returns the concepts that lost an edge, so their counts are recomputed.
 */
export const CLEAR_PAPERS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Paper {id: id})
  CALL (p, id) {
    OPTIONAL MATCH (p)-[:PROPOSES|USES]->(:Method)-[r:${anyOf(METHOD_RELATIONS)}]-(:Method)
    WHERE id IN r.paperIds
    WITH DISTINCT r, id WHERE r IS NOT NULL
    WITH r, [i IN range(0, size(r.paperIds) - 1) WHERE r.paperIds[i] <> id] AS keep
    SET r.evidence = [i IN keep | r.evidence[i]], r.paperIds = [i IN keep | r.paperIds[i]], r.support = size(keep)
    WITH r WHERE r.support = 0 AND NOT r.fromLexicon
    DELETE r
  }
  CALL (p) {
    MATCH (p)-[:${REPORTS}]->(r:Result)
    DETACH DELETE r
  }
  CALL (p) {
    MATCH (p)-[e:${anyOf([...PAPER_CONCEPT_EDGES, HAS_CODE])}]->(c)
    DELETE e
    RETURN collect(DISTINCT c.id) AS touched
  }
  RETURN touched`;

/**
 * concepts by label (labels cannot be parameters, so there is one statement per kind) with their alias keys and
 * categories. A concept that papers already use and that the row teaches nothing (no new alias, no upgrade to a
 * lexicon concept) is left as it is: hot concepts come back in every batch, and re-merging each of their alias and
 * category edges cost about ten database hits per edge on their dense nodes. Keys derive from the name and the
 * aliases, categories from the lexicon entry, so neither can be new when the aliases and the origin are not.
 */
export const MERGE_CONCEPTS = {
  method: mergeConcepts('Method'),
  dataset: mergeConcepts('Dataset'),
  task: mergeConcepts('Task'),
} as const;

function mergeConcepts(label: string): string {
  return /* cypher */ `
  UNWIND $rows AS row
  MERGE (c:Concept:${label} {id: row.id})
  ON CREATE SET c.name = row.name, c.nameKey = row.nameKey, c.origin = row.origin, c.paperCount = 0,
                c.aliases = [], c.description = row.description, c.pwcId = row.pwcId
  WITH c, row
  WHERE c.paperCount = 0 OR (row.origin = 'lexicon' AND c.origin <> 'lexicon') OR
        any(alias IN row.aliases WHERE NOT alias IN c.aliases)
  // a discovered concept that the lexicon later knows becomes a lexicon concept
  FOREACH (_ IN CASE WHEN row.origin = 'lexicon' AND c.origin <> 'lexicon' THEN [1] ELSE [] END |
    SET c.origin = 'lexicon', c.description = row.description, c.pwcId = row.pwcId)
  WITH c, row, apoc.coll.sort(apoc.coll.toSet(c.aliases + row.aliases)) AS aliases
  SET c.aliases = aliases, c.aliasText = apoc.text.join(aliases, ' | ')
  FOREACH (key IN row.keys | MERGE (a:Alias {key: key}) MERGE (a)-[:NAMES]->(c))
  FOREACH (name IN row.categories | MERGE (k:Category {name: name}) MERGE (c)-[:IN_CATEGORY]->(k))`;
}

/** the lexicon's hierarchy: narrower methods VARIANT_OF broader ones, subtasks SUBTASK_OF tasks */
export const MERGE_HIERARCHY = /* cypher */ `
  UNWIND $rows AS row
  MATCH (child:Concept {id: row.id})
  UNWIND row.parentIds AS parentId
  MATCH (parent:Concept {id: parentId})
  FOREACH (_ IN CASE WHEN child:Task THEN [1] ELSE [] END | MERGE (child)-[:SUBTASK_OF]->(parent))
  FOREACH (_ IN CASE WHEN child:Method THEN [1] ELSE [] END |
    MERGE (child)-[r:VARIANT_OF]->(parent)
    ON CREATE SET r.support = 0, r.paperIds = [], r.evidence = []
    SET r.fromLexicon = true)`;

/**
 * papers, their edges to concepts with evidence, and their code links. The edge type is data, so each type has
 * its own clause behind a CASE (apoc.merge.relationship ran a nested query per edge, about a millisecond each).
 * A paper written here has no edges yet: it is new, or changed and cleared by CLEAR_PAPERS in this transaction.
 * Its edges are then CREATEd: a MERGE looked for each one first with Expand(Into) on the concept's dense node,
 * about 20 database hits per edge, 60% of the statement's (79,581 for 500 papers, 2,597 edges, at 10^6 papers).
 * Should a paper have edges after all (another ingest wrote it between the changed-paper check and this
 * transaction), its edges are MERGEd as before, so a write stays idempotent.
 */
export const MERGE_PAPERS = /* cypher */ `
  UNWIND $rows AS row
  MERGE (p:Paper {id: row.id})
  SET p += row.props
  WITH p, row, EXISTS { (p)-[:${anyOf([...PAPER_CONCEPT_EDGES, HAS_CODE])}]->() } AS linked
  CALL (p, row, linked) {
    UNWIND row.edges AS edge
    MATCH (c:Concept {id: edge.conceptId})
    ${PAPER_CONCEPT_EDGES.map(
      (type) =>
        `FOREACH (_ IN CASE WHEN NOT linked AND edge.type = '${type}' THEN [1] ELSE [] END | CREATE (p)-[e:${type}]->(c) SET e = edge.evidence)
    FOREACH (_ IN CASE WHEN linked AND edge.type = '${type}' THEN [1] ELSE [] END | MERGE (p)-[e:${type}]->(c) SET e += edge.evidence)`,
    ).join('\n    ')}
    RETURN count(c) AS edges
  }
  CALL (p, row, linked) {
    UNWIND row.codeUrls AS url
    MERGE (r:Repository {url: url})
    FOREACH (_ IN CASE WHEN linked THEN [] ELSE [1] END | CREATE (p)-[:${HAS_CODE}]->(r))
    FOREACH (_ IN CASE WHEN linked THEN [1] ELSE [] END | MERGE (p)-[:${HAS_CODE}]->(r))
    RETURN count(r) AS repositories
  }
  RETURN sum(edges) AS edges`;

/**
 * a paper's method relations: one edge per pair and type, with every stating paper and its sentence. As in
 * MERGE_PAPERS, each type has its own plain MERGE (apoc.merge.relationship ran a nested query per row)
 */
export const MERGE_RELATIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Method {id: row.fromId}), (b:Method {id: row.toId})
  CALL (a, b, row) {
    ${METHOD_RELATIONS.map(
      (type) => `WITH * WHERE row.type = '${type}'
    MERGE (a)-[rel:${type}]->(b)
    ON CREATE SET rel.support = 0, rel.paperIds = [], rel.evidence = [], rel.fromLexicon = false
    RETURN rel`,
    ).join('\n    UNION ALL\n    ')}
  }
  WITH rel, row WHERE NOT row.paperId IN rel.paperIds
  SET rel.paperIds = rel.paperIds + row.paperId, rel.evidence = rel.evidence + row.sentence,
      rel.support = rel.support + 1`;

/** a paper's results, each linked to the paper's method, dataset and task where it names one */
export const MERGE_RESULTS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (p:Paper {id: row.paperId})
  MERGE (r:${NODE_LABEL.result} {id: row.id})
  SET r += row.props
  MERGE (p)-[:${REPORTS}]->(r)
  WITH r, row
  OPTIONAL MATCH (m:Method {id: row.methodId})
  OPTIONAL MATCH (d:Dataset {id: row.datasetId})
  OPTIONAL MATCH (t:Task {id: row.taskId})
  FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (r)-[:${RESULT_EDGE.method}]->(m))
  FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (r)-[:${RESULT_EDGE.dataset}]->(d))
  FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (r)-[:${RESULT_EDGE.task}]->(t))
  RETURN count(r) AS results`;

/**
 * materialised paper counts for the concepts a batch touched. Only papers have these edges, so the pattern names
 * no label at the far end: Neo4j then reads the count from the node's degree store instead of walking every
 * edge (a hot concept has one per paper that mentions it: at 10^6 papers, walking them bounds the ingest rate)
 */
export const COUNT_PAPERS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (c:Concept {id: id})
  SET c.paperCount = COUNT { (c)<-[:${anyOf(PAPER_CONCEPT_EDGES)}]-() }`;
