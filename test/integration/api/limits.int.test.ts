import { describe, expect, it } from 'vitest';
import { DEFAULT_API_LIMITS } from '../../../src/api/server.ts';
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
    expect(errors![0]!.message).toMatch(/read-only/);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
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

  it.each([
    ['a variable default on a generated list', 'query($l: Int = 12000) { papers(limit: $l) { id } }'],
    [
      'a variable default on findPapers',
      'query($l: Int = 12000) { findPapers(filter: {datasets: ["Cora"]}, limit: $l) { id } }',
    ],
  ])('refuses a page larger than 100 given as %s', async (_, query) => {
    const { status, errors } = await api.query(query);
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('gives a list without a limit the default page of 20', async () => {
    await api.db.driver.executeQuery(
      'UNWIND range(1, 30) AS i CREATE (:Paper {id: "extra-" + i, title: "Extra " + i, abstract: "x"})',
    );
    try {
      const { data } = await api.query('{ papers { id } }');
      expect(data!.papers).toHaveLength(20);
    } finally {
      await api.db.driver.executeQuery('MATCH (p:Paper) WHERE p.id STARTS WITH "extra-" DELETE p');
    }
  });

  it('bounds the Concept interface query like the node types', async () => {
    const { data, errors } = await api.query('{ concepts(where: {name: {eq: "Cora"}}) { __typename name } }');
    expect(errors).toBeUndefined();
    expect(data!.concepts).toEqual([{ __typename: 'Dataset', name: 'Cora' }]);
    const all = await api.query('{ concepts { id } }');
    expect(all.data!.concepts).toHaveLength(20);
    const big = await api.query('{ concepts(limit: 101) { id } }');
    expect(big.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('prices nested lists without a limit at their real default page', async () => {
    const { status, errors } = await api.query('{ papers { uses { usedIn { uses { id } } } } }');
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts every root field as a Neo4j query and caps aliases and root fields', async () => {
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: findPapers(filter: {datasets: ["Cora"]}, limit: 1) { id }`);
    const tooMany = await api.query(`{ ${fields(40).join(' ')} }`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(tooMany.errors![0]!.message).toMatch(/root fields/);
    const fine = await api.query(`{ ${fields(3).join(' ')} }`);
    expect(Object.keys(fine.data!)).toHaveLength(3);
  });

  it('refuses a document with too many tokens before parsing it whole', async () => {
    const aliases = Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const { status, errors } = await api.query(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('measures a fragment fan-out of 2^20 quickly and refuses it', async () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Paper { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    const began = Date.now();
    const { status, errors } = await api.query(
      `{ papers(limit: 1) { ...F0 } } ${fragments} fragment F20 on Paper { id title }`,
    );
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a variable of the wrong type with BAD_USER_INPUT, not a 500', async () => {
    const { status, errors } = await api.query('query($n: Int) { papers(limit: $n) { id } }', { n: 'abc' });
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses subscriptions as a validation failure', async () => {
    const { status, errors } = await api.query('subscription { papers { id } }');
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['a long question', '{ ask(question: $text) { interpretation } }', 'papers using cora '.repeat(3_000)],
    ['a long concept name', '{ resolveConcepts(name: $text) { name } }', 'word '.repeat(1_100)],
    ['a long search text', '{ searchPapers(text: $text) { score } }', 'graph '.repeat(2_000)],
    ['a long filter text', '{ findPapers(filter: {text: $text}) { id } }', 'word '.repeat(40_000)],
    ['a long related concept name', '{ relatedConcepts(name: $text) { name } }', 'x'.repeat(5_000)],
  ])('refuses %s with BAD_USER_INPUT, quoting at most 100 characters', async (_, body, text) => {
    const began = Date.now();
    const { errors } = await api.query(`query($text: String!) ${body}`, { text });
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message.length).toBeLessThan(250);
  });

  it('refuses a filter listing too many names, and too many liked papers', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `name ${i}`);
    const filter = await api.query('query($n: [String!]) { findPapers(filter: {methods: $n}) { id } }', {
      n: names,
    });
    expect(filter.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const liked = await api.query('query($ids: [ID!]!) { recommendPapers(liked: $ids) { score } }', {
      ids: Array.from({ length: 500 }, (_, i) => `p-${i}`),
    });
    expect(liked.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('reads Lucene operator words in a concept name as words', async () => {
    const { data, errors } = await api.query(
      '{ resolveConcepts(name: "graph AND OR NOT network") { name } }',
    );
    expect(errors).toBeUndefined();
    expect(Array.isArray(data!.resolveConcepts)).toBe(true);
  });

  it('answers searchPapers scores without the paper selected', async () => {
    const { data } = await api.query('{ searchPapers(text: "graph") { score } }');
    expect(data!.searchPapers.length).toBeGreaterThan(0);
    expect(data!.searchPapers[0].score).toBeGreaterThan(0);
  });

  it('answers the standard introspection query tools send', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const { status, data } = await api.query(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }),
    );
    expect(status).toBe(200);
    expect(data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses an oversized body with PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('a response over the byte ceiling', () => {
  const api = useApi({
    corpus: ['test/fixtures/abstracts.jsonl'],
    limits: { ...DEFAULT_API_LIMITS, query: { ...DEFAULT_API_LIMITS.query, maxResponseBytes: 500 } },
  });

  it('is refused with RESPONSE_TOO_LARGE, and a small one still answers', async () => {
    const big = await api.query('{ papers(limit: 100) { id title abstract } }');
    expect(big.status).toBe(400);
    expect(big.errors![0]!.extensions!.code).toBe('RESPONSE_TOO_LARGE');
    const small = await api.query('{ papers(limit: 1) { id } }');
    expect(small.data!.papers).toHaveLength(1);
  });
});
