import type { Driver } from 'neo4j-driver';

/**
 * The whole graph as sorted lines, one per node and per relationship, identified by ids and keys rather than
 * internal element ids, so two databases built the same way give equal dumps. The GraphVersion counter is left
 * out: it counts write transactions, which a crash and a re-run may split differently.
 */
export async function dumpGraph(driver: Driver): Promise<string[]> {
  const key = `coalesce(n.id, n.key, n.url, n.name)`;
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:GraphVersion RETURN apoc.text.join(apoc.coll.sort(labels(n)), ':') + ' ' + ${key} + ' ' + apoc.convert.toJson(apoc.map.sortedProperties(properties(n))) AS line`,
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     WITH a, r, b, apoc.map.fromPairs([p IN apoc.map.sortedProperties(properties(r)) |
       [p[0], CASE WHEN p[0] IN ['paperIds', 'evidence'] THEN apoc.coll.sort(p[1]) ELSE p[1] END]]) AS props
     RETURN type(r) + ' ' + coalesce(a.id, a.key, a.url, a.name) + ' -> ' + coalesce(b.id, b.key, b.url, b.name) + ' ' +
            apoc.convert.toJson(apoc.map.sortedProperties(props)) AS line`,
  );
  return [...nodes.records, ...relationships.records].map((record) => record.get('line') as string).sort();
}
