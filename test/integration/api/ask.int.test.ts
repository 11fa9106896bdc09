import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/api.ts';

const ASK = `query($q: String!) { ask(question: $q, limit: 100) {
  interpretation unresolved filter { datasets methods tasks proposesAlternativeTo proposesVariantOf text } papers { id title } } }`;

describe('ask: English questions become filters', () => {
  const api = useApi();
  const ask = async (question: string) => {
    const { data, errors } = await api.query(ASK, { q: question });
    expect(errors).toBeUndefined();
    return data!.ask;
  };
  const defined = (filter: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null));

  // the whole table of phrasings is a unit test with a fake lookup (test/unit/src/api/queries/ask.test.ts); these
  // few run it against the real alias index and hierarchy
  it.each([
    [
      'papers using Cora that propose alternatives to backprop',
      { datasets: ['Cora'], proposesAlternativeTo: ['Backpropagation'] },
    ],
    ['which papers propose an alternative to BP?', { proposesAlternativeTo: ['Backpropagation'] }],
    ['papers on few-shot learning', { tasks: ['few-shot learning'] }],
    ['forward-forward variants', { proposesVariantOf: ['Forward-Forward'] }],
    // a preposition and a question word inside known names: held together by the real lookup
    ['papers on learning to optimize', { tasks: ['learning to optimize'] }],
    ['novel class discovery papers', { tasks: ['novel class discovery'] }],
  ])('%s', async (question, filter) => {
    const answer = await ask(question);
    expect(defined(answer.filter)).toEqual(filter);
    expect(answer.unresolved).toEqual([]);
    expect(answer.interpretation).toMatch(/^Papers that /);
  });

  it('answers the same papers as findPapers with the filter it built', async () => {
    const answer = await ask('papers using MNIST that propose alternatives to backprop');
    const { data } = await api.query(
      `{ findPapers(filter: {datasets: ["MNIST"], proposesAlternativeTo: ["Backpropagation"]}, limit: 100) { id } }`,
    );
    expect(answer.papers.map((p: { id: string }) => p.id)).toEqual(
      data!.findPapers.map((p: { id: string }) => p.id),
    );
    expect(answer.papers.length).toBeGreaterThan(0);
  });

  it('reports a name it cannot resolve and keeps it as a constraint', async () => {
    const answer = await ask('papers using FrobnicatorNet on MNIST');
    expect(answer.unresolved).toEqual(['FrobnicatorNet']);
    expect(answer.filter.datasets).toEqual(['MNIST']);
    expect(answer.filter.text).toBe('FrobnicatorNet');
    expect(answer.interpretation).toContain('"FrobnicatorNet"');
    expect(answer.papers).toEqual([]);
  });

  it('an unresolvable alternative stays in the filter and matches nothing', async () => {
    const answer = await ask('papers that propose alternatives to quuxprop');
    expect(answer.filter.proposesAlternativeTo).toEqual(['quuxprop']);
    expect(answer.papers).toEqual([]);
  });

  it('ignores filler words after a cue', async () => {
    const answer = await ask('papers that replace backprop with something else');
    expect(answer.unresolved).toEqual([]);
    expect(defined(answer.filter)).toEqual({ proposesAlternativeTo: ['Backpropagation'] });
  });

  it('says so when it recognises nothing', async () => {
    const answer = await ask('what is the meaning of all this?');
    expect(answer.papers).toEqual([]);
    expect(answer.interpretation).toMatch(/No dataset, method or task/);
  });
});
