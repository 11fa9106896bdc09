import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { writeBatch } from '../../../../ingest/load/index.ts';
import type { ConceptRow, GraphBatch, PaperRow } from '../../../../ingest/rows.ts';
import type { Evidence } from '../../../../ingest/types.ts';

/** a driver that records every statement and its parameters; `stored` are the papers already in the graph */
function recordingDriver(stored: Record<string, string>[] = []) {
  const statements: { cypher: string; parameters: unknown }[] = [];
  const record = (cypher: string, parameters: unknown = {}) => {
    statements.push({ cypher: cypher.trim(), parameters });
    return { records: [] };
  };
  const driver = {
    executeQuery: async (cypher: string, parameters: unknown) => {
      record(cypher, parameters);
      return { records: stored.map((row) => ({ get: (key: string) => row[key] })) };
    },
    session: () => ({
      executeWrite: async <T>(work: (tx: unknown) => Promise<T>) =>
        work({ run: async (cypher: string, parameters: unknown) => record(cypher, parameters) }),
      close: async () => {},
    }),
  };
  return { driver: driver as unknown as Driver, statements };
}

const concept = (over: Partial<ConceptRow> & Pick<ConceptRow, 'id' | 'kind' | 'name'>): ConceptRow => ({
  nameKey: over.name.toLowerCase(),
  aliases: [],
  keys: [over.name.toLowerCase()],
  description: null,
  origin: 'lexicon',
  pwcId: null,
  categories: [],
  parentIds: [],
  ...over,
});
const evidence: Evidence = {
  sentence: 'We propose X.',
  start: 11,
  end: 12,
  field: 'abstract',
  confidence: 0.9,
  extractor: 'test',
};
const paper = (id: string, over: Partial<PaperRow> = {}): PaperRow => ({
  id,
  props: {
    title: `Paper ${id}`,
    abstract: 'We propose X.',
    year: 2024,
    venue: null,
    url: null,
    source: 'papers.jsonl',
    contentHash: `hash-${id}`,
    extractorVersion: 'x-test',
  },
  edges: [],
  relations: [],
  codeUrls: [],
  results: [],
  ...over,
});

describe('writeBatch Cypher', () => {
  it('writes a two-paper batch: concepts by kind, the hierarchy, papers with edges, relations, counts, version', async () => {
    const batch: GraphBatch = {
      concepts: [
        concept({ id: 'method:x', kind: 'method', name: 'X', origin: 'discovered', parentIds: ['method:y'] }),
        concept({ id: 'method:y', kind: 'method', name: 'Y' }),
        concept({ id: 'dataset:cora', kind: 'dataset', name: 'Cora' }),
        concept({ id: 'task:unused', kind: 'task', name: 'Unused' }),
      ],
      papers: [
        paper('p-1', {
          edges: [
            { type: 'PROPOSES', conceptId: 'method:x', evidence },
            { type: 'EVALUATES_ON', conceptId: 'dataset:cora', evidence },
          ],
          relations: [
            { type: 'ALTERNATIVE_TO', fromId: 'method:x', toId: 'method:y', sentence: 'X replaces Y.' },
          ],
          codeUrls: ['https://github.com/example/x'],
          results: [
            {
              id: 'r-1',
              props: {
                metric: 'accuracy',
                value: 81.5,
                valueText: '81.5%',
                unit: 'percent',
                higherIsBetter: true,
                sentence: 'X reaches 81.5% accuracy on Cora.',
                field: 'abstract',
                start: 10,
                end: 15,
                confidence: 0.8,
                extractor: 'test',
              },
              methodId: 'method:x',
              datasetId: 'dataset:cora',
              taskId: null,
            },
          ],
        }),
        paper('p-2', { edges: [{ type: 'USES', conceptId: 'method:y', evidence }] }),
      ],
    };
    const { driver, statements } = recordingDriver();
    const result = await writeBatch(driver, undefined, batch);
    // the recording driver counts no concept edges; 1 code link, 1 relation, the result and its two links
    expect(result).toMatchObject({ stored: 2, skipped: 0, relationships: 5 });
    // the unused task is not written; the parent of X is, so the hierarchy edge has both ends
    expect(JSON.stringify(statements)).not.toContain('task:unused');
    expect(statements).toMatchSnapshot();
  });

  it("takes a changed paper's results out with its edges before writing it again", async () => {
    const { driver, statements } = recordingDriver([
      { id: 'p-1', contentHash: 'old-hash', extractorVersion: 'x-test' },
    ]);
    await writeBatch(driver, undefined, { concepts: [], papers: [paper('p-1')] });
    const clear = statements.find((s) => s.cypher.includes('DETACH DELETE r'));
    expect(clear?.parameters).toEqual({ ids: ['p-1'] });
    expect(clear?.cypher).toContain('MATCH (p)-[:REPORTS]->(r:Result)');
    expect(statements.some((s) => s.cypher.includes('MERGE (r:Result'))).toBe(false);
  });
});
