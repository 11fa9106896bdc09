import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/api.ts';

describe('the API is read-only and bounded', () => {
  const api = useApi({ corpus: ['test/fixtures/abstracts.jsonl'] });

  it.each([
    ['a generated list', '{ papers(limit: 101) { id } }'],
    ['findPapers', '{ findPapers(filter: {datasets: ["Cora"]}, limit: 500) { id } }'],
    ['a nested list', '{ papers(limit: 1) { uses(limit: 1000) { name } } }'],
  ])('refuses a page larger than 100 on %s with BAD_USER_INPUT', async (_, query) => {
    const { status, errors, data } = await api.query(query);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/100/);
  });

  it('refuses a page size given through a variable', async () => {
    const { errors } = await api.query('query($n: Int) { papers(limit: $n) { id } }', { n: 1000 });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries nested too deep', async () => {
    const { errors } = await api.query(
      '{ methods(limit: 1) { usedIn(limit: 1) { uses(limit: 1) { usedIn(limit: 1) { uses(limit: 1) { usedIn(limit: 1) { uses(limit: 1) { usedIn(limit: 1) { uses(limit: 1) { usedIn(limit: 1) { uses(limit: 1) { name } } } } } } } } } } } }',
    );
    expect(errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors![0]!.message).toMatch(/deeper/);
  });

  it('refuses queries that would produce too many objects', async () => {
    const { errors } = await api.query(
      '{ papers(limit: 100) { uses(limit: 100) { usedIn(limit: 100) { title } } } }',
    );
    expect(errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('has no mutations', async () => {
    const { errors } = await api.query(
      'mutation { createPapers(input: [{id: "x", title: "t", abstract: "a"}]) { info { nodesCreated } } }',
    );
    expect(errors![0]!.message).toMatch(/not configured to execute mutation|Cannot query field/);
    const schema = await api.query('{ __schema { mutationType { name } } }');
    expect(schema.data!.__schema.mutationType).toBeNull();
  });

  it('reports errors with a code and never a stack trace', async () => {
    const responses = [
      await api.query('{ findPapers(filter: {}) { id } }'),
      await api.query('{ searchPapers(text: "graph AND") { score } }'),
      await api.query('{ nosuchfield }'),
    ];
    for (const { errors } of responses) {
      expect(errors![0]!.extensions!.code).toBeTypeOf('string');
      expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z]+ \(/);
    }
    expect(responses[0]!.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(responses[1]!.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
