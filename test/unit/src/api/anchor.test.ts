import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFields, anchorPaperIds, anchorsOf, type Anchor } from '../../../../src/api/anchor.ts';
import type { Run } from '../../../../src/api/read.ts';

const fields = anchorFields(readFileSync('schema/typeDefs.graphql', 'utf8'));

const PROPOSES = { type: 'PROPOSES', direction: 'OUT', label: 'Method' } as const;
const EVALUATES_ON = { type: 'EVALUATES_ON', direction: 'OUT', label: 'Dataset' } as const;
const ADDRESSES = { type: 'ADDRESSES', direction: 'OUT', label: 'Task' } as const;
const ALTERNATIVE_TO = { type: 'ALTERNATIVE_TO', direction: 'OUT', label: 'Method' } as const;

describe('anchorFields: the relationship fields a filter may anchor on, read from the SDL', () => {
  it("maps each of Paper's concept lists to its edge, direction and label, and leaves out code and results", () => {
    expect(Object.fromEntries(fields.get('Paper')!)).toEqual({
      proposes: PROPOSES,
      introduces: { type: 'INTRODUCES', direction: 'OUT', label: 'Dataset' },
      uses: { type: 'USES', direction: 'OUT', label: 'Method' },
      evaluatesOn: EVALUATES_ON,
      addresses: ADDRESSES,
    });
  });

  it("maps the concept types' fields between concepts both ways, and none back to papers", () => {
    const method = fields.get('Method')!;
    expect(method.get('alternativeTo')).toEqual(ALTERNATIVE_TO);
    expect(method.get('alternatives')).toEqual({ type: 'ALTERNATIVE_TO', direction: 'IN', label: 'Method' });
    expect(method.has('proposedIn')).toBe(false);
    expect(fields.get('Task')!.get('subtaskOf')).toEqual({
      type: 'SUBTASK_OF',
      direction: 'OUT',
      label: 'Task',
    });
  });
});

describe('anchorsOf: the concepts a filter requires by exact name', () => {
  it('reads `some` with a name equality at the top and in a top AND, whatever else `some` asks', () => {
    expect(
      anchorsOf(
        {
          evaluatesOn: { some: { name: { eq: 'Cora' } } },
          AND: [{ addresses: { some: { name: { eq: 'node classification' }, aliases: { includes: 'x' } } } }],
          year: { gte: 2020 },
        },
        fields,
      ),
    ).toEqual([
      { hops: [EVALUATES_ON], name: 'Cora' },
      { hops: [ADDRESSES], name: 'node classification' },
    ]);
  });

  it('reads a name one concept further, and no further', () => {
    expect(
      anchorsOf(
        {
          proposes: { some: { alternativeTo: { some: { name: { eq: 'Backpropagation' } } } } },
          uses: { some: { variantOf: { some: { variantOf: { some: { name: { eq: 'Transformer' } } } } } } },
        },
        fields,
      ),
    ).toEqual([{ hops: [PROPOSES, ALTERNATIVE_TO], name: 'Backpropagation' }]);
  });

  it('takes nothing a paper may lack and still match: OR, NOT, none, all, a name pattern', () => {
    for (const where of [
      { OR: [{ evaluatesOn: { some: { name: { eq: 'Cora' } } } }, { year: { eq: 2020 } }] },
      { NOT: { evaluatesOn: { some: { name: { eq: 'Cora' } } } } },
      { evaluatesOn: { none: { name: { eq: 'Cora' } } } },
      { evaluatesOn: { all: { name: { eq: 'Cora' } } } },
      { evaluatesOn: { some: { name: { contains: 'Cora' } } } },
      { proposes: { some: { alternativeTo: { none: { name: { eq: 'Backpropagation' } } } } } },
      { code: { some: { url: { eq: 'https://github.com/x/y' } } } },
      null,
    ])
      expect(anchorsOf(where, fields)).toEqual([]);
  });
});

describe('anchorPaperIds: the papers that reach every anchor, read from the rarest', () => {
  const cora: Anchor = { hops: [EVALUATES_ON], name: 'Cora' };
  const graphs: Anchor = { hops: [ADDRESSES], name: 'node classification' };
  const backprop: Anchor = { hops: [PROPOSES, ALTERNATIVE_TO], name: 'Backpropagation' };
  /** a `run` that answers counts from `papers` and anchored reads from `answers`, and records each statement */
  const fakeRun = (papers: Record<string, number>, answers: Record<string, string[] | 'over'>) => {
    const statements: { cypher: string; parameters: Record<string, unknown> }[] = [];
    const run: Run = async (cypher, parameters = {}) => {
      statements.push({ cypher, parameters });
      const name = parameters.name as string;
      const row: Record<string, unknown> = cypher.includes('paperCount')
        ? { papers: papers[name] ?? 0 }
        : { over: answers[name] === 'over', ids: answers[name] === 'over' ? [] : (answers[name] ?? []) };
      return [{ get: (key: string) => row[key] }] as unknown as Awaited<ReturnType<Run>>;
    };
    return { run, statements };
  };

  it('reads the rarest direct anchor and checks the others on its papers, names as parameters', async () => {
    const { run, statements } = fakeRun({ Cora: 208, 'node classification': 5_000 }, { Cora: ['p1', 'p2'] });
    expect(await anchorPaperIds(run, [graphs, backprop, cora], 10_000)).toEqual(['p1', 'p2']);
    const read = statements.at(-1)!;
    expect(read.parameters).toEqual({
      name: 'Cora',
      others: ['node classification', 'Backpropagation'],
      max: 10_000,
    });
    expect(read.cypher).toMatchInlineSnapshot(`
      "MATCH (p:Paper)-[:EVALUATES_ON]->(c:Dataset {name: $name})
      WITH DISTINCT p LIMIT $max + 1
      WITH collect(p) AS papers
      RETURN size(papers) > $max AS over, [p IN papers WHERE EXISTS { MATCH (p:Paper)-[:ADDRESSES]->(c0:Task {name: $others[0]}) } AND EXISTS { MATCH (p:Paper)-[:PROPOSES]->(:Method)-[:ALTERNATIVE_TO]->(c1:Method {name: $others[1]}) } | p.id] AS ids"
    `);
  });

  it('one anchor alone: no count, no checks', async () => {
    const { run, statements } = fakeRun({}, { Backpropagation: ['p3'] });
    expect(await anchorPaperIds(run, [backprop], 10_000)).toEqual(['p3']);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cypher).not.toContain('EXISTS');
  });

  it('passes over an anchor with more papers than the bound, and gives up when every anchor has', async () => {
    const over = fakeRun({ Cora: 1 }, { Cora: 'over', Backpropagation: ['p4'] });
    expect(await anchorPaperIds(over.run, [cora, backprop], 1)).toEqual(['p4']);
    const none = fakeRun({ Cora: 1 }, { Cora: 'over', Backpropagation: 'over' });
    expect(await anchorPaperIds(none.run, [cora, backprop], 1)).toBeUndefined();
  });

  it('leaves out a direct anchor whose stored count passes the bound, without reading it', async () => {
    const { run, statements } = fakeRun(
      { Cora: 20, 'node classification': 2 },
      { 'node classification': ['p5'] },
    );
    expect(await anchorPaperIds(run, [cora, graphs], 10)).toEqual(['p5']);
    expect(statements.filter((s) => !s.cypher.includes('paperCount')).map((s) => s.parameters.name)).toEqual([
      'node classification',
    ]);
  });
});
