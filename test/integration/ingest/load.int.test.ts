// The loader CREATEs the edges of a paper it writes (new, or changed and cleared in the same transaction) and
// falls back to MERGE for a paper that has edges all the same: each path gives every edge exactly once.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractPaper, ingest, readSources } from '../../../ingest/index.ts';
import { loadLexicon } from '../../../ingest/lexicon/index.ts';
import { MERGE_PAPERS } from '../../../ingest/load/statements.ts';
import { toGraphBatch } from '../../../ingest/rows.ts';
import type { PaperRecord } from '../../../ingest/types.ts';
import { dumpGraph } from '../../helpers/graph.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

const FIXTURE = 'test/fixtures/abstracts.jsonl';

describe('the loader writes each paper edge once', () => {
  const db = useNeo4j();
  const run = (paths: string[]) => ingest(paths, { driver: db.driver, batchSize: 50 });

  beforeEach(() => db.wipe());

  /** the fixture with fx-1 (which has a code link) and fx-2 moved to another year: changed, same concepts */
  async function changedFixture() {
    const lines = (await readFile(FIXTURE, 'utf8')).trim().split('\n');
    const changed = lines.map((line) => {
      const record = JSON.parse(line) as { id: string; year: number };
      return JSON.stringify(['fx-1', 'fx-2'].includes(record.id) ? { ...record, year: 1999 } : record);
    });
    const path = join(await mkdtemp(join(tmpdir(), 'papergraph-')), 'abstracts.jsonl');
    await writeFile(path, `${changed.join('\n')}\n`);
    return path;
  }

  /** the fixture's rows as the loader builds them, and a MERGE_PAPERS run on them outside writeBatch */
  async function mergePapersAgain() {
    const items: { record: PaperRecord; extraction: ReturnType<typeof extractPaper> }[] = [];
    for await (const item of readSources([FIXTURE]))
      if (item.ok) items.push({ record: item.record, extraction: extractPaper(item.record) });
    const batch = toGraphBatch(items, loadLexicon(), EXTRACTOR_VERSION);
    const session = db.driver.session({ defaultAccessMode: 'WRITE' });
    try {
      const rows = batch.papers.map(({ results: _, ...paper }) => paper);
      const result = await session.executeWrite((tx) => tx.run(`PROFILE ${MERGE_PAPERS}`, { rows }));
      return { edges: Number(result.records[0]!.get('edges')), profile: result.summary.profile };
    } finally {
      await session.close();
    }
  }

  it('rewrites a changed paper (cleared, then its edges created) into the graph a clean ingest of it gives', async () => {
    await run([FIXTURE]);
    const changed = await changedFixture();
    const summary = await run([changed]);
    expect(summary).toMatchObject({ stored: 2, skipped: 4 });
    expect(summary.relationships).toBeGreaterThan(0);
    // the unchanged papers keep the file they were first read from
    const graph = async () =>
      (await dumpGraph(db.driver)).map((line) => line.replace(/\["source","[^"]*"\],/, ''));
    const rewritten = await graph();
    expect(rewritten.filter((line) => line.startsWith('HAS_CODE fx-1 '))).toHaveLength(1);

    await db.wipe();
    await run([changed]);
    expect(rewritten).toEqual(await graph());
  });

  it('MERGEs, not CREATEs, the edges of a paper that already has them (written by another ingest meanwhile)', async () => {
    await run([FIXTURE]);
    const before = await dumpGraph(db.driver);
    const { edges } = await mergePapersAgain();
    expect(edges).toBeGreaterThan(0);
    expect(await dumpGraph(db.driver)).toEqual(before);
  });

  it("does not look for a new paper's edges on its concepts' nodes: no Expand(Into) work", async () => {
    // the concepts first (a clean ingest), then the papers alone removed, so MERGE_PAPERS writes them as new
    await run([FIXTURE]);
    await db.driver.executeQuery('MATCH (p:Paper) DETACH DELETE p');
    const { edges, profile } = await mergePapersAgain();
    expect(edges).toBeGreaterThan(5);
    const expandHits = (plan: unknown): number => {
      const step = plan as { operatorType: string; dbHits: number; children: unknown[] };
      return (
        (step.operatorType.startsWith('Expand(Into)') ? step.dbHits : 0) +
        step.children.reduce((sum: number, child) => sum + expandHits(child), 0)
      );
    };
    expect(expandHits(profile)).toBe(0);
  });
});
