import { describe, expect, it } from 'vitest';
import type { Run } from '../../../../../src/api/read.ts';
import { findPapers, resolveFilter } from '../../../../../src/api/queries/find-papers.ts';

/** a Run that records each statement and its parameters, and answers with the given rows */
function recorder(rows: Record<string, unknown>[] = []) {
  const calls: { cypher: string; parameters: Record<string, unknown> }[] = [];
  const run: Run = async (cypher, parameters = {}) => {
    calls.push({ cypher, parameters });
    return rows.map((row) => ({ get: (key: string) => row[key] })) as never;
  };
  return { run, calls };
}

describe('findPapers Cypher', () => {
  it('resolves the names, starts from the cheapest and checks the others, in one statement', async () => {
    const { run, calls } = recorder();
    await findPapers(run, { datasets: ['MNIST'], proposesAlternativeTo: ['backprop'] }, 20, null);
    expect(calls).toHaveLength(1);
    expect(calls).toMatchSnapshot();
  });

  it('starts from the full-text index when only text is given', async () => {
    const { run, calls } = recorder();
    await findPapers(run, { text: 'graph attention' }, 10, null);
    expect(calls).toMatchSnapshot();
  });

  it('pages after a paper by its year and id', async () => {
    const { run, calls } = recorder([{ year: 2021 }]);
    await findPapers(run, { tasks: ['link prediction'] }, 5, 'p-1');
    expect(calls).toMatchSnapshot();
  });

  it('reads only the properties asked for, as parameters', async () => {
    const { run, calls } = recorder([{ id: 'p-1', paper: { title: 'A' } }]);
    expect(await findPapers(run, { methods: ['GCN'] }, 5, null, ['title'])).toEqual([
      { id: 'p-1', title: 'A' },
    ]);
    expect(calls[0]!.parameters.properties).toEqual(['title']);
    expect(calls[0]!.cypher).not.toContain('p {.*}');
  });

  it('refuses an empty filter before running anything', async () => {
    const { run, calls } = recorder();
    await expect(findPapers(run, { methods: [' '], text: '' }, 20, null)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
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
