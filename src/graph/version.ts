// The graph's version: a counter every ingest write transaction raises, so readers that keep answers (the API's
// response cache) know when to drop them. It is bookkeeping, not content: graph comparisons leave it out.

/** raises the version; run inside the write transaction that changes the graph */
export const BUMP_GRAPH_VERSION = /* cypher */ `
  MERGE (v:GraphVersion {id: 'graph'})
  SET v.version = coalesce(v.version, 0) + 1, v.updatedAt = datetime()`;

/** the current version: no row before the first ingest */
export const GRAPH_VERSION = /* cypher */ `MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version`;
