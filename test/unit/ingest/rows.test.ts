import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../ingest/lexicon/index.ts';
import { toGraphBatch } from '../../../ingest/rows.ts';
import type { Evidence, Extraction, PaperRecord, ReportedResult } from '../../../ingest/types.ts';

const evidence = (confidence = 0.9): Evidence => ({
  sentence: 's',
  start: 0,
  end: 1,
  field: 'abstract',
  confidence,
  extractor: 'test',
});
const record = (over: Partial<PaperRecord> = {}): PaperRecord => ({
  title: 'A Paper',
  abstract: 'An abstract.',
  from: { file: 'f.jsonl', line: 1 },
  ...over,
});

describe('toGraphBatch', () => {
  const extraction: Extraction = {
    mentions: [
      {
        kind: 'method',
        role: 'used',
        name: 'Graph Convolutional Network',
        aliases: ['GCNs'],
        origin: 'lexicon',
        evidence: evidence(0.8),
      },
      {
        kind: 'method',
        role: 'used',
        name: 'Graph Convolutional Network',
        aliases: ['GCN'],
        origin: 'lexicon',
        evidence: evidence(0.95),
      },
      {
        kind: 'method',
        role: 'proposed',
        name: 'FooNet',
        aliases: ['FooNet'],
        origin: 'discovered',
        evidence: evidence(),
      },
      {
        kind: 'dataset',
        role: 'used',
        name: 'Cora',
        aliases: ['Cora'],
        origin: 'lexicon',
        evidence: evidence(),
      },
    ],
    relations: [
      { from: 'FooNet', type: 'VARIANT_OF', to: 'Graph Convolutional Network', evidence: evidence() },
    ],
    codeUrls: ['https://github.com/x/y', 'https://github.com/x/y'],
    results: [],
  };
  const batch = toGraphBatch([{ record: record({ id: 'a' }), extraction }], loadLexicon(), 'v1');

  it('writes one edge per concept and role, keeping the most confident evidence', () => {
    const [paper] = batch.papers;
    expect(paper!.edges.filter((e) => e.conceptId === 'method:graph-convolutional-network')).toEqual([
      { type: 'USES', conceptId: 'method:graph-convolutional-network', evidence: evidence(0.95) },
    ]);
    expect(paper!.edges.map((e) => e.type).sort()).toEqual(['EVALUATES_ON', 'PROPOSES', 'USES']);
    expect(paper!.codeUrls).toEqual(['https://github.com/x/y']);
    expect(paper!.relations).toEqual([
      {
        type: 'VARIANT_OF',
        fromId: 'method:foonet',
        toId: 'method:graph-convolutional-network',
        sentence: 's',
      },
    ]);
  });

  it('gives lexicon concepts their aliases, keys and broader concepts, and discovered ones their own name', () => {
    const gcn = batch.concepts.find((c) => c.id === 'method:graph-convolutional-network')!;
    expect(gcn.origin).toBe('lexicon');
    expect(gcn.keys).toContain('gcn');
    expect(gcn.parentIds).toContain('method:graph-neural-network');
    expect(batch.concepts.map((c) => c.id)).toContain('method:graph-neural-network');
    const foo = batch.concepts.find((c) => c.id === 'method:foonet')!;
    expect(foo).toMatchObject({ origin: 'discovered', keys: ['foonet'], description: null });
  });

  describe('results', () => {
    const result = (over: Partial<ReportedResult> = {}): ReportedResult => ({
      method: 'FooNet',
      dataset: 'Cora',
      task: null,
      metric: 'accuracy',
      higherIsBetter: true,
      valueText: '81.5%',
      value: 81.5,
      unit: 'percent',
      evidence: { ...evidence(0.7), sentence: 'FooNet reaches 81.5% on Cora.', start: 15, end: 20 },
      ...over,
    });
    const withResults = (results: ReportedResult[]) =>
      toGraphBatch(
        [{ record: record({ id: 'a' }), extraction: { ...extraction, results } }],
        loadLexicon(),
        'v1',
      ).papers[0]!.results;

    it("links a result to the paper's own concepts by id", () => {
      const [row] = withResults([result()]);
      expect(row).toMatchObject({
        methodId: 'method:foonet',
        datasetId: 'dataset:cora',
        taskId: null,
        props: { metric: 'accuracy', value: 81.5, unit: 'percent', start: 15, end: 20, confidence: 0.7 },
      });
      expect(row!.id).toMatch(/^r-[0-9a-f]{20}$/);
    });

    it('keeps null for a concept the paper does not mention, and never creates one', () => {
      const [row] = withResults([result({ method: 'BarNet', dataset: 'ImageNet' })]);
      expect(row).toMatchObject({ methodId: null, datasetId: null });
    });

    it('gives the same number at the same place the same id, kept once with its best confidence', () => {
      const rows = withResults([
        result(),
        result({ evidence: { ...result().evidence, confidence: 0.9 } }),
        result({ evidence: { ...result().evidence, start: 40, end: 45 } }),
      ]);
      expect(rows).toHaveLength(2);
      expect(rows[0]!.props.confidence).toBe(0.9);
      expect(withResults([result()])[0]!.id).toBe(rows[0]!.id);
    });
  });
});
