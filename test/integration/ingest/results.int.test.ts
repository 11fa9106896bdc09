import { describe, expect, it } from 'vitest';
import { dumpGraph } from '../../helpers/graph.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';
import { RESULTS_CORPUS, loadResultsCorpus } from '../../helpers/results-corpus.ts';

describe('results in the graph', () => {
  const db = useNeo4j();
  const results = async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (p:Paper)-[:REPORTS]->(r:Result)
       RETURN p.id AS paper, r.id AS id, r.valueText AS valueText,
              [(r)-[:OF_METHOD|ON_DATASET|FOR_TASK]->(c) | c.id] AS concepts ORDER BY paper, valueText`,
    );
    return records.map((r) => r.toObject());
  };

  it('writes each result once, linked to its paper and concepts; the same ingest again changes nothing', async () => {
    await loadResultsCorpus(db.driver);
    const first = await results();
    expect(first).toHaveLength(9);
    expect(first.find((r) => r.valueText === '81.5%')).toMatchObject({
      paper: 'res-gcn',
      concepts: expect.arrayContaining([
        'method:graph-convolutional-network',
        'dataset:cora',
        'task:node-classification',
      ]),
    });
    const dump = await dumpGraph(db.driver);
    expect(await loadResultsCorpus(db.driver)).toMatchObject({ stored: 0, skipped: RESULTS_CORPUS.length });
    expect(await dumpGraph(db.driver)).toEqual(dump);
  });

  it("replaces a changed paper's results on re-ingest, keeping the ids of the ones that stay", async () => {
    const before = await results();
    const corpus = RESULTS_CORPUS.map((item) =>
      item.record.id === 'res-gat'
        ? { ...item, extraction: { ...item.extraction, results: item.extraction.results.slice(0, 1) } }
        : item,
    );
    expect(await loadResultsCorpus(db.driver, corpus, 'results-test-2')).toMatchObject({
      stored: RESULTS_CORPUS.length,
    });
    const after = await results();
    expect(after).toHaveLength(8);
    expect(after.filter((r) => r.paper === 'res-gat').map((r) => r.valueText)).toEqual(['83.0%']);
    expect(after.map((r) => r.id)).toEqual(
      before.filter((r) => r.valueText !== '+1.5 points').map((r) => r.id),
    );
    const { records } = await db.driver.executeQuery('MATCH (r:Result) RETURN count(r) AS n');
    expect(records[0]!.get('n')).toBe(8);
  });
});
