import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/api/read.ts';
import { relatedPapers } from '../../../src/api/queries/recommend.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

// A seed paper that uses a rare method and a hot one. The hot method stays under the "common" cut (2% of the
// papers), as a concept with thousands of papers does at 10^6, so only the per-concept bound limits its fan-out.
const GRAPH = /* cypher */ `
  UNWIND range(1, 50000) AS i
  CREATE (:Paper {id: 'filler-' + i})
  WITH count(*) AS fillers
  CREATE (hot:Concept:Method {id: 'method:hot', name: 'Hot Method', paperCount: 0})
  CREATE (rare:Concept:Method {id: 'method:rare', name: 'Rare Method', paperCount: 4})
  CREATE (seed:Paper {id: 'seed', title: 'seed', abstract: 'seed'})-[:USES]->(hot)
  CREATE (seed)-[:USES]->(rare)
  WITH hot, rare
  UNWIND range(1, 3) AS i
  CREATE (p:Paper {id: 'companion-' + i, title: 'companion', abstract: 'companion'})-[:USES]->(rare)
  CREATE (p)-[:USES]->(hot)`;

const HOT_PAPERS = /* cypher */ `
  MATCH (hot:Method {id: 'method:hot'})
  UNWIND range($from, $to) AS i
  CREATE (:Paper {id: 'hot-' + i, title: 'hot', abstract: 'hot'})-[:USES]->(hot)
  WITH DISTINCT hot
  SET hot.paperCount = COUNT { (hot)<-[:USES]-() }`;

describe('relatedPapers on a hot concept', () => {
  const db = useNeo4j();

  /** relatedPapers of the seed, with the database hits of every statement it ran */
  async function profiledRelated() {
    const session = db.driver.session({ defaultAccessMode: 'READ' });
    let dbHits = 0;
    const run: Run = async (cypher, parameters = {}) => {
      const typed = Object.entries(parameters).map(([k, v]) => [
        k,
        Number.isInteger(v) ? neo4j.int(v as number) : v,
      ]);
      const result = await session.run(`PROFILE ${cypher}`, Object.fromEntries(typed));
      dbHits += totalDbHits(result.summary.profile);
      return result.records;
    };
    try {
      return { papers: await relatedPapers(run, 'seed', 5), dbHits };
    } finally {
      await session.close();
    }
  }

  it('reads a bounded number of the hot concept papers: the work does not follow its degree', async () => {
    await db.driver.executeQuery(GRAPH);
    await db.driver.executeQuery('CALL db.resampleOutdatedIndexes()');
    await db.driver.executeQuery(HOT_PAPERS, { from: neo4j.int(1), to: neo4j.int(100) });
    const small = await profiledRelated();
    await db.driver.executeQuery(HOT_PAPERS, { from: neo4j.int(101), to: neo4j.int(900) });
    await db.driver.executeQuery('CALL db.resampleOutdatedIndexes()');
    const large = await profiledRelated();

    // 800 more papers on the hot concept: expanding each would cost about 20 database hits (the unbounded query
    // read 18,400 more here); with the bound, the work does not change
    expect(large.dbHits - small.dbHits).toBeLessThan(800);
    // the papers that share the rare concept too still come first, with both concepts as reasons
    for (const { papers } of [small, large]) {
      expect(
        papers
          .slice(0, 3)
          .map((p) => p.id)
          .sort(),
      ).toEqual(['companion-1', 'companion-2', 'companion-3']);
      expect(papers[0]!.reasons.join(' ')).toMatch(/Rare Method/);
      expect(papers[0]!.reasons.join(' ')).toMatch(/Hot Method/);
    }
  });
});

function totalDbHits(plan: unknown): number {
  const step = plan as { dbHits?: number; children?: unknown[] } | false;
  if (!step) return 0;
  return (step.dbHits ?? 0) + (step.children ?? []).reduce((sum: number, c) => sum + totalDbHits(c), 0);
}
