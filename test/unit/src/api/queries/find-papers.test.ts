import { describe, expect, it } from 'vitest';
import type { Run } from '../../../../../src/api/read.ts';
import {
  findPapers,
  resolveFilter,
  type ResolvedConstraint,
} from '../../../../../src/api/queries/find-papers.ts';

/** a Run that records each statement and its parameters, and answers with the given rows */
function recorder(rows: Record<string, unknown>[] = []) {
  const calls: { cypher: string; parameters: Record<string, unknown> }[] = [];
  const run: Run = async (cypher, parameters = {}) => {
    calls.push({ cypher, parameters });
    return rows.map((row) => ({ get: (key: string) => row[key] })) as never;
  };
  return { run, calls };
}

const constraint = (
  kind: ResolvedConstraint['kind'],
  name: string,
  ids: string[],
  cost: number,
): ResolvedConstraint => ({ kind, name, resolved: [name], ids, cost });

describe('findPapers Cypher', () => {
  it('starts from the rarest concept and checks the others with EXISTS', async () => {
    const { run, calls } = recorder();
    await findPapers(
      run,
      [
        constraint('datasets', 'MNIST', ['dataset:mnist'], 900),
        constraint('proposesAlternativeTo', 'backprop', ['method:backpropagation'], 40),
      ],
      null,
      20,
      null,
    );
    expect(calls).toMatchSnapshot();
  });

  it('starts from the full-text index when only text is given', async () => {
    const { run, calls } = recorder();
    await findPapers(run, [], 'graph attention', 10, null);
    expect(calls).toMatchSnapshot();
  });

  it('pages after a paper by its year and id', async () => {
    const { run, calls } = recorder([{ year: 2021 }]);
    await findPapers(
      run,
      [constraint('tasks', 'link prediction', ['task:link-prediction'], 5)],
      null,
      5,
      'p-1',
    );
    expect(calls).toMatchSnapshot();
  });

  it('runs nothing for a constraint that resolved to no concept', async () => {
    const { run, calls } = recorder();
    expect(await findPapers(run, [constraint('methods', 'quuxprop', [], 0)], null, 20, null)).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('resolveFilter Cypher', () => {
  it('resolves every name of every kind in one statement, by alias key and label', async () => {
    const { run, calls } = recorder();
    await resolveFilter(run, {
      datasets: ['Cora', ' cora '],
      methods: ['Back-Propagation'],
      proposesVariantOf: ['GCN'],
    });
    expect(calls).toMatchSnapshot();
  });
});
