import { describe, expect, it } from 'vitest';
import { anchorPaperIds, type Anchor } from '../../../src/api/anchor.ts';
import { readStatements } from '../../../src/api/read.ts';
import { useApi } from '../../helpers/api.ts';

// The anchored `papers` query (src/api/anchor.ts) must answer exactly what the generated one does. A name
// equality is anchored; the same filter spelled with `in` is not, so the two spellings compare the paths.
describe('anchored paper filters answer what the generated query answers', () => {
  const api = useApi();
  const ids = async (where: string) => {
    const { data, errors } = await api.query(
      `{ papers(where: ${where}, sort: [{id: ASC}], limit: 100) { id } }`,
    );
    expect(errors).toBeUndefined();
    return (data!.papers as { id: string }[]).map((p) => p.id);
  };

  it.each([
    ['a dataset', '{evaluatesOn: {some: {name: {OP: "MNIST"}}}}'],
    [
      'the headline question',
      '{evaluatesOn: {some: {name: {OP: "MNIST"}}}, proposes: {some: {alternativeTo: {some: {name: {OP: "Backpropagation"}}}}}}',
    ],
    [
      'an anchor beside a NOT',
      '{evaluatesOn: {some: {name: {OP: "MNIST"}}}, NOT: {proposes: {some: {name: {eq: "Counter-Current Learning"}}}}}',
    ],
    [
      'a method one concept further',
      '{proposes: {some: {alternativeTo: {some: {name: {OP: "Backpropagation"}}}}}}',
    ],
    ['a name no concept has', '{addresses: {some: {name: {OP: "no such task"}}}}'],
  ])('%s', async (_, where) => {
    const anchored = await ids(where.replaceAll('{OP: ', '{eq: '));
    const generated = await ids(where.replaceAll(/\{OP: ("[^"]*")\}/g, '{in: [$1]}'));
    expect(anchored).toEqual(generated);
    if (!where.includes('no such')) expect(anchored.length).toBeGreaterThan(0);
  });

  it('two anchors and a property: a method an MNIST paper uses, in a top AND', async () => {
    const { data } = await api.query(
      '{ papers(where: {evaluatesOn: {some: {name: {in: ["MNIST"]}}}}, limit: 100) { uses { name } } }',
    );
    const method = (data!.papers as { uses: { name: string }[] }[]).flatMap((p) => p.uses)[0]!.name;
    const where = (op: string, value: string) =>
      `{uses: {some: {name: {${op}: ${value}}}}, AND: [{evaluatesOn: {some: {name: {${op}: ${op === 'eq' ? '"MNIST"' : '["MNIST"]'}}}}}], title: {contains: " "}}`;
    const anchored = await ids(where('eq', JSON.stringify(method)));
    expect(anchored.length).toBeGreaterThan(0);
    expect(anchored).toEqual(await ids(where('in', JSON.stringify([method]))));
  });

  it('anchors papersConnection the same way, with its count', async () => {
    const page = async (op: string) => {
      const { data, errors } = await api.query(
        `{ papersConnection(where: {evaluatesOn: {some: {name: {${op}}}}}, sort: [{id: ASC}], first: 5) {
            totalCount edges { node { id } } } }`,
      );
      expect(errors).toBeUndefined();
      return data!.papersConnection;
    };
    const anchored = await page('eq: "MNIST"');
    expect(anchored.totalCount).toBeGreaterThan(0);
    expect(anchored).toEqual(await page('in: ["MNIST"]'));
  });

  it('runs each anchored field in its own transaction, beside generated and custom fields of the same request', async () => {
    // the anchored resolver hands its transaction to the generated query on a copy of the request's context;
    // fields resolved after it must still get the driver, not a transaction that has ended
    const { data, errors } = await api.query(`{
      mnist: papers(where: {evaluatesOn: {some: {name: {eq: "MNIST"}}}}, sort: [{id: ASC}], limit: 100) { id }
      cora: papers(where: {evaluatesOn: {some: {name: {eq: "Cora"}}}}, sort: [{id: ASC}], limit: 100) { id }
      methods(where: {name: {eq: "Backpropagation"}}) { name }
      findPapers(filter: {datasets: ["MNIST"]}, limit: 100) { id evaluatesOn { name } }
    }`);
    expect(errors).toBeUndefined();
    const sorted = (papers: { id: string }[]) => papers.map((p) => p.id).sort();
    expect(data!.mnist.map((p: { id: string }) => p.id)).toEqual(
      await ids('{evaluatesOn: {some: {name: {in: ["MNIST"]}}}}'),
    );
    expect(data!.cora.map((p: { id: string }) => p.id)).toEqual(
      await ids('{evaluatesOn: {some: {name: {in: ["Cora"]}}}}'),
    );
    expect(data!.methods).toEqual([{ name: 'Backpropagation' }]);
    expect(sorted(data!.findPapers)).toEqual(sorted(data!.mnist));
  });

  it('keeps the default page of a query that gives no limit (without a sort, any 20 of the answers)', async () => {
    const { data, errors } = await api.query(
      '{ papers(where: {uses: {some: {name: {eq: "Backpropagation"}}}}) { id } }',
    );
    expect(errors).toBeUndefined();
    const all = await ids('{uses: {some: {name: {in: ["Backpropagation"]}}}}');
    const page = (data!.papers as { id: string }[]).map((p) => p.id);
    expect(page).toHaveLength(Math.min(20, all.length));
    expect(all).toEqual(expect.arrayContaining(page));
  });

  it('reads the papers of the rarest concept that reach the other too, and none past the bound', async () => {
    const options = { database: undefined, timeoutMs: 5000 };
    const mnist = {
      hops: [{ type: 'EVALUATES_ON', direction: 'OUT', label: 'Dataset' }],
      name: 'MNIST',
    } as const;
    const backprop = {
      hops: [{ type: 'USES', direction: 'OUT', label: 'Method' }],
      name: 'Backpropagation',
    } as const;
    const anchorIds = (anchors: Anchor[], max: number) =>
      readStatements(api.db.driver, options, (run) => anchorPaperIds(run, anchors, max));
    const both = await ids(
      '{evaluatesOn: {some: {name: {in: ["MNIST"]}}}, uses: {some: {name: {in: ["Backpropagation"]}}}}',
    );
    expect(both.length).toBeGreaterThan(0);
    expect((await anchorIds([backprop, mnist], 10_000))!.sort()).toEqual(both);
    const mnistPapers = await ids('{evaluatesOn: {some: {name: {in: ["MNIST"]}}}}');
    expect((await anchorIds([mnist], 10_000))!.sort()).toEqual(mnistPapers);
    expect(await anchorIds([mnist], mnistPapers.length - 1)).toBeUndefined();
  });
});
