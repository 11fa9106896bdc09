import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { writeBatch } from '../../../../ingest/load/index.ts';
import type { ConceptRow, GraphBatch, PaperRow } from '../../../../ingest/rows.ts';
import type { Evidence } from '../../../../ingest/types.ts';

/** a driver that records every statement and its parameters; no paper is stored yet, so both papers are written */
function recordingDriver() {
  const statements: { cypher: string; parameters: unknown }[] = [];
  const record = (cypher: string, parameters: unknown = {}) => {
    statements.push({ cypher: cypher.trim(), parameters });
    return { records: [] };
  };
  const driver = {
    executeQuery: async (cypher: string, parameters: unknown) => record(cypher, parameters),
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
        }),
        paper('p-2', { edges: [{ type: 'USES', conceptId: 'method:y', evidence }] }),
      ],
    };
    const { driver, statements } = recordingDriver();
    const result = await writeBatch(driver, undefined, batch);
    expect(result).toMatchObject({ stored: 2, skipped: 0 });
    // the unused task is not written; the parent of X is, so the hierarchy edge has both ends
    expect(JSON.stringify(statements)).not.toContain('task:unused');
    expect(statements).toMatchSnapshot();
  });
});
