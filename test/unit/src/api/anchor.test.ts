import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFields, anchorsOf } from '../../../../src/api/anchor.ts';

const fields = anchorFields(readFileSync('schema/typeDefs.graphql', 'utf8'));

describe('anchorFields: the Paper fields a filter may start from, read from the SDL', () => {
  it('maps each concept list to its edge type and label, and leaves out code and results', () => {
    expect(Object.fromEntries(fields)).toEqual({
      proposes: { type: 'PROPOSES', label: 'Method' },
      introduces: { type: 'INTRODUCES', label: 'Dataset' },
      uses: { type: 'USES', label: 'Method' },
      evaluatesOn: { type: 'EVALUATES_ON', label: 'Dataset' },
      addresses: { type: 'ADDRESSES', label: 'Task' },
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
      { type: 'EVALUATES_ON', label: 'Dataset', name: 'Cora' },
      { type: 'ADDRESSES', label: 'Task', name: 'node classification' },
    ]);
  });

  it('takes nothing a paper may lack and still match: OR, NOT, none, all, a name pattern, a nested name', () => {
    for (const where of [
      { OR: [{ evaluatesOn: { some: { name: { eq: 'Cora' } } } }, { year: { eq: 2020 } }] },
      { NOT: { evaluatesOn: { some: { name: { eq: 'Cora' } } } } },
      { evaluatesOn: { none: { name: { eq: 'Cora' } } } },
      { evaluatesOn: { all: { name: { eq: 'Cora' } } } },
      { evaluatesOn: { some: { name: { contains: 'Cora' } } } },
      { proposes: { some: { alternativeTo: { some: { name: { eq: 'Backpropagation' } } } } } },
      { code: { some: { url: { eq: 'https://github.com/x/y' } } } },
      null,
    ])
      expect(anchorsOf(where, fields)).toEqual([]);
  });
});
