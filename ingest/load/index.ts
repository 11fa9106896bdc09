import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GraphBatch, PaperRow, ResultRow } from '../rows.ts';
import {
  CLEAR_PAPERS,
  COUNT_PAPERS,
  EXISTING_PAPERS,
  MERGE_CONCEPTS,
  MERGE_HIERARCHY,
  MERGE_PAPERS,
  MERGE_RELATIONS,
  MERGE_RESULTS,
} from './statements.ts';
import { BUMP_GRAPH_VERSION } from '../../src/graph/version.ts';
import { openSession } from '../../src/db/session.ts';

/** what writing one batch did */
export interface BatchResult {
  stored: number;
  /** unchanged papers (same content, same extractor version) left as they were */
  skipped: number;
  relationships: number;
}

/** papers whose stored content hash and extractor version differ from `batch`'s: the ones worth writing */
export async function changedPapers(
  driver: Driver,
  database: string | undefined,
  papers: readonly PaperRow[],
) {
  const { records } = await driver.executeQuery(
    EXISTING_PAPERS,
    { ids: papers.map((p) => p.id) },
    { database, routing: 'READ' },
  );
  const stored = new Map(
    records.map((r) => [r.get('id') as string, `${r.get('contentHash')} ${r.get('extractorVersion')}`]),
  );
  return {
    fresh: papers.filter((p) => !stored.has(p.id)),
    changed: papers.filter(
      (p) => stored.has(p.id) && stored.get(p.id) !== `${p.props.contentHash} ${p.props.extractorVersion}`,
    ),
  };
}

/** the batch's concepts that `papers` use, with their broader concepts, so hierarchy edges have both ends */
export function conceptsToWrite(batch: GraphBatch, papers: readonly PaperRow[]): GraphBatch['concepts'] {
  const used = new Set(
    papers.flatMap((p) => [
      ...p.edges.map((e) => e.conceptId),
      ...p.relations.flatMap((r) => [r.fromId, r.toId]),
    ]),
  );
  const byId = new Map(batch.concepts.map((c) => [c.id, c]));
  const pending = [...used];
  while (pending.length > 0) {
    for (const parent of byId.get(pending.pop()!)?.parentIds ?? []) {
      if (!used.has(parent)) {
        used.add(parent);
        pending.push(parent);
      }
    }
  }
  return batch.concepts.filter((c) => used.has(c.id));
}

/**
 * writes one batch in one transaction, so a crash loses at most this batch: changed papers' old facts out,
 * then concepts, papers, edges and relations in, then counts
 */
export async function writeBatch(
  driver: Driver,
  database: string | undefined,
  batch: GraphBatch,
  /** each step's time in ms (the benchmarks' breakdown): the statements by name, `check` and `commit` */
  onTiming?: (step: string, ms: number) => void,
): Promise<BatchResult> {
  let clock = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    onTiming?.(step, now - clock);
    clock = now;
  };
  const { fresh, changed } = await changedPapers(driver, database, batch.papers);
  lap('check');
  const papers = [...fresh, ...changed];
  const skipped = batch.papers.length - papers.length;
  if (papers.length === 0) return { stored: 0, skipped, relationships: 0 };
  const concepts = conceptsToWrite(batch, papers);
  const session = openSession(driver, database, 'WRITE');
  try {
    const written = await session.executeWrite(async (tx: ManagedTransaction) => {
      const run = async (step: string, cypher: string, params: object) => {
        const result = await tx.run(cypher, params);
        lap(step);
        return result;
      };
      const touched = new Set(concepts.map((c) => c.id));
      if (changed.length > 0) {
        const cleared = await run('CLEAR_PAPERS', CLEAR_PAPERS, { ids: changed.map((p) => p.id) });
        for (const record of cleared.records)
          for (const id of record.get('touched') as string[]) touched.add(id);
      }
      for (const kind of ['method', 'dataset', 'task'] as const) {
        const rows = concepts.filter((c) => c.kind === kind);
        if (rows.length > 0) await run('MERGE_CONCEPTS', MERGE_CONCEPTS[kind], { rows });
      }
      const withParents = concepts.filter((c) => c.parentIds.length > 0);
      if (withParents.length > 0)
        await run('MERGE_HIERARCHY', MERGE_HIERARCHY, {
          rows: withParents.map(({ id, parentIds }) => ({ id, parentIds })),
        });
      // the results travel apart from the papers' rows: MERGE_PAPERS does not need them
      const merged = await run('MERGE_PAPERS', MERGE_PAPERS, {
        rows: papers.map(({ results: _, ...paper }) => paper),
      });
      const relations = papers.flatMap((p) => p.relations.map((r) => ({ ...r, paperId: p.id })));
      if (relations.length > 0) await run('MERGE_RELATIONS', MERGE_RELATIONS, { rows: relations });
      const results = papers.flatMap((p) => p.results.map((r) => ({ ...r, paperId: p.id })));
      if (results.length > 0) await run('MERGE_RESULTS', MERGE_RESULTS, { rows: results });
      await run('COUNT_PAPERS', COUNT_PAPERS, { ids: [...touched] });
      await run('BUMP_GRAPH_VERSION', BUMP_GRAPH_VERSION, {});
      const edges = merged.records.reduce((total, r) => total + Number(r.get('edges')), 0);
      const codeLinks = papers.reduce((total, p) => total + p.codeUrls.length, 0);
      const reported = results.reduce((total, r) => total + resultEdgeCount(r), 0);
      return {
        stored: papers.length,
        skipped,
        relationships: edges + codeLinks + relations.length + reported,
      };
    });
    lap('commit');
    return written;
  } finally {
    await session.close();
  }
}

/** the edges a result brings: REPORTS from its paper, and one to each concept it names */
export const resultEdgeCount = (r: ResultRow) =>
  1 + [r.methodId, r.datasetId, r.taskId].filter((id) => id !== null).length;
