import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/api.ts';

const MONO_FORWARD =
  'Mono-Forward: Backpropagation-Free Algorithm for Efficient Neural Network Training Harnessing Local Errors';

describe('the headline question, three ways, over HTTP', () => {
  const api = useApi();
  const titles = (papers: { title: string }[]) => papers.map((paper) => paper.title).sort();

  it('generated filters: papers evaluated on MNIST that propose an alternative to Backpropagation', async () => {
    const { data, errors } = await api.query(`{
      papers(where: {evaluatesOn: {some: {name: {eq: "MNIST"}}}, proposes: {some: {alternativeTo: {some: {name: {eq: "Backpropagation"}}}}}}) {
        title proposes { name alternativeTo { name } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(titles(data!.papers)).toContain(MONO_FORWARD);
    for (const paper of data!.papers) {
      expect(paper.proposes.flatMap((m: any) => m.alternativeTo.map((a: any) => a.name))).toContain(
        'Backpropagation',
      );
    }
  });

  it('findPapers resolves every alias of backprop to the same answer, with nested evidence', async () => {
    const answers = [];
    for (const name of ['backprop', 'BP', 'back-propagation', 'Backpropagation']) {
      const { data, errors } = await api.query(
        `query($name: String!) { findPapers(filter: {datasets: ["mnist"], proposesAlternativeTo: [$name]}) {
            id title evaluatesOnConnection { edges { properties { sentence confidence } node { name } } } } }`,
        { name },
      );
      expect(errors).toBeUndefined();
      answers.push(titles(data!.findPapers));
      const mono = data!.findPapers.find((paper: any) => paper.title === MONO_FORWARD);
      const mnist = mono.evaluatesOnConnection.edges.find((edge: any) => edge.node.name === 'MNIST');
      expect(mnist.properties.sentence).toContain('MNIST');
    }
    expect(answers[0]).toContain(MONO_FORWARD);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('findPapers on Cora with alternatives to backprop finds none in the sample, and says nothing false', async () => {
    const { data } = await api.query(
      `{ findPapers(filter: {datasets: ["Cora"], proposesAlternativeTo: ["backprop"]}) { title } }`,
    );
    expect(data!.findPapers).toEqual([]);
  });

  it('follows the hierarchy: graph neural network papers include GCN papers', async () => {
    const gnn = await api.query(`{ findPapers(filter: {methods: ["GNN"]}, limit: 100) { id } }`);
    const gcn = await api.query(`{ findPapers(filter: {methods: ["GCN"]}, limit: 100) { id } }`);
    const gnnIds = new Set(gnn.data!.findPapers.map((p: any) => p.id));
    expect(gcn.data!.findPapers.length).toBeGreaterThan(0);
    for (const paper of gcn.data!.findPapers) expect(gnnIds).toContain(paper.id);
  });

  it('an unknown name matches nothing rather than being dropped', async () => {
    const { data } = await api.query(
      `{ findPapers(filter: {datasets: ["MNIST"], methods: ["NoSuchMethodAnywhere"]}) { id } }`,
    );
    expect(data!.findPapers).toEqual([]);
  });

  it('pages with `after` without repeating or skipping papers', async () => {
    const all = await api.query(`{ findPapers(filter: {methods: ["Backpropagation"]}, limit: 100) { id } }`);
    const ids = all.data!.findPapers.map((p: any) => p.id);
    expect(ids.length).toBeGreaterThan(6);
    const first = await api.query(`{ findPapers(filter: {methods: ["backprop"]}, limit: 5) { id } }`);
    const next = await api.query(
      `query($after: String) { findPapers(filter: {methods: ["backprop"]}, limit: 5, after: $after) { id } }`,
      {
        after: first.data!.findPapers.at(-1).id,
      },
    );
    expect([...first.data!.findPapers, ...next.data!.findPapers].map((p: any) => p.id)).toEqual(
      ids.slice(0, 10),
    );
  });

  it('resolveConcepts and searchPapers', async () => {
    const { data } = await api.query(`{
      resolveConcepts(name: "back-propagation") { id name matchedBy score }
      searchPapers(text: "forward-forward", limit: 3) { score paper { title } }
    }`);
    expect(data!.resolveConcepts[0]).toMatchObject({ id: 'method:backpropagation', name: 'Backpropagation' });
    expect(data!.searchPapers).toHaveLength(3);
    expect(data!.searchPapers[0].paper.title.toLowerCase()).toContain('forward');
  });
});
