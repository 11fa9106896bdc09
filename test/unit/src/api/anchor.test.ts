import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFields, anchorsOf } from '../../../../src/api/anchor.ts';

const fields = anchorFields(readFileSync('schema/typeDefs.graphql', 'utf8'));

const PROPOSES = { type: 'PROPOSES', direction: 'OUT', label: 'Method' };
const EVALUATES_ON = { type: 'EVALUATES_ON', direction: 'OUT', label: 'Dataset' };
const ADDRESSES = { type: 'ADDRESSES', direction: 'OUT', label: 'Task' };
const ALTERNATIVE_TO = { type: 'ALTERNATIVE_TO', direction: 'OUT', label: 'Method' };

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
