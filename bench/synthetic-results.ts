// Stand-in results for bench:api while the bench graph has none (before ingest extracts them): one Result per
// paper-dataset edge, linked like extracted ones, with a metric, unit and value derived from the ids so every run
// writes the same. Marked extractor 'bench-synthetic' and removed when the bench ends.
import type { Database } from '../src/db/connect.ts';

const MARK = 'bench-synthetic';

const ADD = /* cypher */ `
  MATCH (p:Paper)-[:EVALUATES_ON]->(d:Dataset)
  CALL (p, d) {
    WITH p, d, size(p.id) + size(d.id) + size(p.title) AS h
    WITH p, d, h, ['accuracy', 'accuracy', 'f1', 'error rate', 'top-1 accuracy'][h % 5] AS metric
    CREATE (r:Result {id: 'bench-' + p.id + '-' + d.id, metric: metric, higherIsBetter: metric <> 'error rate',
                      unit: CASE WHEN h % 10 = 0 THEN 'points' ELSE 'percent' END,
                      value: toFloat(h % 400) / 10.0 + 50.0, valueText: toString(toFloat(h % 400) / 10.0 + 50.0) + '%',
                      sentence: 'synthetic', field: 'abstract', start: 0, end: 1, confidence: 0.5, extractor: $mark})
    CREATE (p)-[:REPORTS]->(r)-[:ON_DATASET]->(d)
    WITH p, r
    CALL (p, r) {
      MATCH (p)-[:PROPOSES|USES]->(m:Method)
      WITH m ORDER BY m.id LIMIT 1
      CREATE (r)-[:OF_METHOD]->(m)
    }
  } IN TRANSACTIONS OF 5000 ROWS`;

const REMOVE = /* cypher */ `
  MATCH (r:Result {extractor: $mark})
  CALL (r) { DETACH DELETE r } IN TRANSACTIONS OF 5000 ROWS`;

async function autoCommit(db: Database, cypher: string): Promise<void> {
  // batched writes run only in an auto-commit transaction, hence a session rather than executeQuery
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(cypher, { mark: MARK });
  } finally {
    await session.close();
  }
}

/** writes the stand-in results (after removing any a crashed run left) and returns how many there are */
export async function addSyntheticResults(db: Database): Promise<number> {
  await removeSyntheticResults(db);
  await autoCommit(db, ADD);
  const { records } = await db.driver.executeQuery(
    'MATCH (r:Result {extractor: $mark}) RETURN count(r) AS n',
    { mark: MARK },
    { database: db.database },
  );
  return records[0]!.get('n') as number;
}

export async function removeSyntheticResults(db: Database): Promise<void> {
  await autoCommit(db, REMOVE);
}
