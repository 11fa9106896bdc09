import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/api.ts';
import { loadResultsCorpus } from '../../helpers/results-corpus.ts';

const BOARD = `query($dataset: String, $task: String, $metric: String, $limit: Int, $after: String) {
  leaderboard(dataset: $dataset, task: $task, metric: $metric, limit: $limit, after: $after) {
    dataset task metric metricGiven higherIsBetter unit ranked explanation
    otherUnits { unit results } otherMetrics { metric results }
    entries { rank resultId method dataset task value valueText unit sentence paper { id year } }
  }
}`;

describe('leaderboard over HTTP, on hand-made results', () => {
  const api = useApi({
    load: loadResultsCorpus,
    cache: { entries: 100, ttlMs: 60_000, maxBytes: 1_000_000 },
  });
  const board = async (variables: Record<string, unknown>) => {
    const { data, errors } = await api.query(BOARD, variables);
    expect(errors).toBeUndefined();
    return data!.leaderboard;
  };
  const values = (b: { entries: { value: number }[] }) => b.entries.map((e) => e.value);

  it('ranks the most reported metric on a dataset in its most common unit, and says so', async () => {
    const cora = await board({ dataset: 'Cora' });
    expect(cora).toMatchObject({
      dataset: 'Cora',
      metric: 'accuracy',
      metricGiven: false,
      higherIsBetter: true,
      unit: 'percent',
      ranked: 3,
      otherUnits: [{ unit: 'points', results: 1 }],
    });
    expect(values(cora)).toEqual([84.2, 83, 81.5]);
    expect(cora.entries.map((e: any) => e.rank)).toEqual([1, 2, 3]);
    expect(cora.entries[0]).toMatchObject({
      method: 'FooNet',
      dataset: 'Cora',
      valueText: '84.2%',
      sentence: 'FooNet reaches 84.2% accuracy on Cora and a 3.1% error rate on CIFAR-10.',
      paper: { id: 'res-foo', year: 2021 },
    });
    expect(cora.explanation).toMatch(/most reported metric/);
    expect(cora.explanation).toMatch(/1 in points/);
  });

  it('resolves aliases of the dataset and the metric to the same ranking', async () => {
    const expected = values(await board({ dataset: 'Cora' }));
    expect(values(await board({ dataset: 'CORA', metric: 'Acc' }))).toEqual(expected);
    expect((await board({ dataset: 'cora', metric: 'accuracy' })).metricGiven).toBe(true);
  });

  it('ranks lower-is-better metrics ascending', async () => {
    const cifar = await board({ dataset: 'CIFAR10' });
    expect(cifar).toMatchObject({ dataset: 'CIFAR-10', metric: 'error rate', higherIsBetter: false });
    expect(cifar.entries.map((e: any) => e.method)).toEqual(['FooNet', 'Residual Network']);
  });

  it('pages with the last resultId as `after`, ranks counted over all pages', async () => {
    const first = await board({ dataset: 'Cora', limit: 2 });
    expect(values(first)).toEqual([84.2, 83]);
    const second = await board({ dataset: 'Cora', limit: 2, after: first.entries[1].resultId });
    expect(second.entries.map((e: any) => [e.rank, e.value])).toEqual([[3, 81.5]]);
  });

  it('follows the task hierarchy and counts results whose paper addresses the task', async () => {
    const classification = await board({ task: 'classification', metric: 'accuracy' });
    expect(values(classification)).toEqual([83, 81.5, 70.3]);
    const translation = await board({ task: 'MT' });
    expect(translation).toMatchObject({ task: 'machine translation', metric: 'bleu', unit: 'number' });
    expect(translation.entries.map((e: any) => [e.method, e.valueText])).toEqual([['Transformer', '28.4']]);
    const both = await board({ dataset: 'Cora', task: 'node classification' });
    expect(values(both)).toEqual([83, 81.5]);
  });

  it('answers an unknown dataset or metric with an empty ranking that says why', async () => {
    const unknown = await board({ dataset: 'Quuxbench' });
    expect(unknown.entries).toEqual([]);
    expect(unknown.explanation).toBe('Not a known dataset "Quuxbench".');
    const noBleu = await board({ dataset: 'Cora', metric: 'BLEU' });
    expect(noBleu).toMatchObject({ metric: 'bleu', ranked: 0, entries: [] });
    expect(noBleu.explanation).toBe('No bleu results on Cora. Reported: accuracy.');
  });

  it('refuses a leaderboard without dataset or task, a page over 100, an unknown cursor, a long name', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /needs a dataset or a task/],
      [{ dataset: 'Cora', limit: 101 }, /page size must be from 0 to 100/],
      [{ dataset: 'Cora', after: 'r-nope' }, /no result of this leaderboard has the id "r-nope"/],
      [{ dataset: 'x'.repeat(201) }, /dataset may hold at most 200 characters/],
    ];
    for (const [variables, message] of cases) {
      const { errors } = await api.query(BOARD, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(message);
    }
  });

  it('is answered from the response cache when repeated', async () => {
    const query = '{ leaderboard(dataset: "ImageNet") { metric entries { value } } }';
    const first = await api.query(query);
    const second = await api.query(query);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.data).toEqual(first.data);
    expect(first.data!.leaderboard).toEqual({ metric: 'top-1 accuracy', entries: [{ value: 76.1 }] });
  });

  it('serves results on papers, methods, datasets and tasks through the generated schema', async () => {
    const { data, errors } = await api.query(`{
      papers(where: {id: {eq: "res-gat"}}, limit: 1) { results(sort: [{value: DESC}], limit: 5) { metric valueText unit ofMethod { name } onDataset { name } } }
      datasets(where: {name: {eq: "CIFAR-10"}}, limit: 1) { results(sort: [{value: ASC}], limit: 5) { value reportedIn { id } } }
      methods(where: {name: {eq: "Graph Convolutional Network"}}, limit: 1) { results(sort: [{value: DESC}], limit: 5) { value } }
      tasks(where: {name: {eq: "node classification"}}, limit: 1) { results(limit: 5) { value } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.papers[0].results).toEqual([
      {
        metric: 'accuracy',
        valueText: '83.0%',
        unit: 'percent',
        ofMethod: [{ name: 'Graph Attention Network' }],
        onDataset: [{ name: 'Cora' }],
      },
      {
        metric: 'accuracy',
        valueText: '+1.5 points',
        unit: 'points',
        ofMethod: [{ name: 'Graph Attention Network' }],
        onDataset: [{ name: 'Cora' }],
      },
    ]);
    expect(data!.datasets[0].results).toEqual([
      { value: 3.1, reportedIn: [{ id: 'res-foo' }] },
      { value: 4.5, reportedIn: [{ id: 'res-resnet' }] },
    ]);
    expect(data!.methods[0].results).toEqual([{ value: 81.5 }, { value: 70.3 }]);
    expect(data!.tasks[0].results.map((r: any) => r.value).sort()).toEqual([70.3, 81.5]);
  });
});

describe('topConcepts and conceptTrend over HTTP', () => {
  const api = useApi({ load: loadResultsCorpus });
  const top = async (kind: string, filter?: object) => {
    const { data, errors } = await api.query(
      'query($kind: ConceptKind!, $filter: PaperFilter) { topConcepts(kind: $kind, filter: $filter) { kind name papers } }',
      { kind, filter },
    );
    expect(errors).toBeUndefined();
    return data!.topConcepts.map((c: any) => [c.name, c.papers]);
  };

  it('counts the datasets of the papers for a task, its subtasks included', async () => {
    expect(await top('DATASET', { tasks: ['node classification'] })).toEqual([
      ['Cora', 2],
      ['Citeseer', 1],
    ]);
    expect(await top('DATASET', { tasks: ['classification'] })).toEqual(
      await top('DATASET', { tasks: ['node classification'] }),
    );
  });

  it('counts the methods evaluated on a dataset, aliases resolved, the filter concept left out', async () => {
    expect(await top('METHOD', { datasets: ['cora'] })).toEqual([
      ['Graph Convolutional Network', 2],
      ['FooNet', 1],
      ['Graph Attention Network', 1],
    ]);
    expect((await top('DATASET', { datasets: ['Cora'] })).map(([name]: string[]) => name)).not.toContain(
      'Cora',
    );
  });

  it('without a filter counts every paper; an unknown name counts nothing', async () => {
    expect((await top('DATASET'))[0]).toEqual(['Cora', 3]);
    expect(await top('METHOD', { datasets: ['Quuxbench'] })).toEqual([]);
  });

  it('gives papers per year for a concept, by alias, its narrower concepts included', async () => {
    const trend = async (name: string) => {
      const { data, errors } = await api.query(
        'query($name: String!) { conceptTrend(name: $name) { kind name includes years { year papers } undated } }',
        { name },
      );
      expect(errors).toBeUndefined();
      return data!.conceptTrend;
    };
    expect(await trend('cora')).toEqual({
      kind: 'Dataset',
      name: 'Cora',
      includes: [],
      years: [
        { year: 2019, papers: 1 },
        { year: 2020, papers: 1 },
        { year: 2021, papers: 1 },
      ],
      undated: 0,
    });
    const gnn = await trend('GNN');
    expect(gnn.includes).toEqual(['Graph Attention Network', 'Graph Convolutional Network']);
    expect(gnn.years).toEqual([
      { year: 2019, papers: 1 },
      { year: 2020, papers: 2 },
    ]);
    expect(await trend('Quuxbench')).toBeNull();
  });

  it('refuses an unknown kind and a page over 100', async () => {
    const bad = await api.query('{ topConcepts(kind: PAPER) { name } }');
    expect(bad.errors?.length).toBeGreaterThan(0);
    const big = await api.query('{ topConcepts(kind: METHOD, limit: 500) { name } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('ask routes leaderboard and counting questions over HTTP', () => {
  const api = useApi({ load: loadResultsCorpus });
  const ASK = `query($q: String!) { ask(question: $q) {
    intent interpretation filter { datasets tasks }
    leaderboard { metric entries { rank method valueText paper { id title } } }
    topConcepts { name papers }
    papers { id }
  } }`;
  const ask = async (q: string) => {
    const { data, errors } = await api.query(ASK, { q });
    expect(errors).toBeUndefined();
    return data!.ask;
  };

  it('"best results on CIFAR-10" is the CIFAR-10 leaderboard, with its papers', async () => {
    const answer = await ask('best results on CIFAR-10');
    expect(answer).toMatchObject({
      intent: 'leaderboard',
      filter: { datasets: ['CIFAR-10'] },
      topConcepts: null,
    });
    expect(answer.leaderboard.metric).toBe('error rate');
    expect(answer.leaderboard.entries).toEqual([
      { rank: 1, method: 'FooNet', valueText: '3.1%', paper: { id: 'res-foo', title: 'Paper res-foo' } },
      {
        rank: 2,
        method: 'Residual Network',
        valueText: '4.5%',
        paper: { id: 'res-resnet', title: 'Paper res-resnet' },
      },
    ]);
    expect(answer.interpretation).toMatch(
      /^Leaderboard: 2 error rate results \(the most reported metric\) on CIFAR-10/,
    );
    expect(answer.papers.map((p: any) => p.id).sort()).toEqual(['res-foo', 'res-resnet']);
  });

  it('"state of the art for machine translation" ranks the results of papers on the task', async () => {
    const answer = await ask('state of the art for machine translation');
    expect(answer.intent).toBe('leaderboard');
    expect(answer.leaderboard.entries.map((e: any) => e.valueText)).toEqual(['28.4']);
  });

  it('"which datasets are used for node classification" and "most common methods on Cora" count concepts', async () => {
    const datasets = await ask('which datasets are used for node classification');
    expect(datasets).toMatchObject({ intent: 'topConcepts', leaderboard: null });
    expect(datasets.topConcepts).toEqual([
      { name: 'Cora', papers: 2 },
      { name: 'Citeseer', papers: 1 },
    ]);
    const methods = await ask('most common methods on Cora');
    expect(methods.topConcepts[0]).toEqual({ name: 'Graph Convolutional Network', papers: 2 });
    expect(methods.interpretation).toBe('The methods most used by papers that use the dataset Cora.');
  });

  it('ranks by a metric the question names, and reads other ways of asking for the best', async () => {
    // CIFAR-10's results are error rates: a question for its highest accuracy ranks none rather than another metric
    const accuracy = await ask('which method has the highest accuracy on CIFAR-10?');
    expect(accuracy).toMatchObject({ intent: 'leaderboard', filter: { datasets: ['CIFAR-10'] } });
    expect(accuracy.leaderboard).toMatchObject({ metric: 'accuracy', entries: [] });
    const best = await ask('which model performs best on CIFAR-10?');
    expect(best.leaderboard.metric).toBe('error rate');
    expect(best.leaderboard.entries.map((e: any) => e.method)).toEqual(['FooNet', 'Residual Network']);
  });

  it('a question about papers keeps its answer shape', async () => {
    const answer = await ask('papers using Citeseer');
    expect(answer).toMatchObject({ intent: 'papers', leaderboard: null, topConcepts: null });
    expect(answer.papers).toEqual([{ id: 'res-citeseer' }]);
  });
});
