import { graphql } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS } from '../../../../src/api/inputs.ts';
import { buildSchema } from '../../../../src/api/schema.ts';

// The Cypher @neo4j/graphql generates for the node types' queries, pinned. A change to the SDL (an interface, a
// directive) that alters these statements shows here first; identical statements run at identical speed. A `papers`
// filter naming a concept first looks up that concept's papers (src/api/anchor.ts) and adds their ids.

/** the server @neo4j/graphql asks about once, before the first query: the version the tests run against */
const SERVER_COMPONENTS = [['5.26.5', 'community']];

/** a driver that records each statement @neo4j/graphql and the anchors send, and answers with no papers */
function statementRecorder() {
  const statements: { cypher: string; parameters: Record<string, unknown> }[] = [];
  const transaction = {
    run: async (cypher: string, parameters: Record<string, unknown>) => {
      if (cypher.includes('dbms.components()')) return { records: SERVER_COMPONENTS };
      statements.push({ cypher, parameters });
      // an anchor's lookup (src/api/anchor.ts) collects its papers into one row: here, none
      if (cypher.includes(' AS over, '))
        return { records: [{ get: (key: string) => (key === 'over' ? false : []) }] };
      return { records: [], summary: { counters: { updates: () => ({}) } } };
    },
  };
  const session = {
    // the API's own statements run one at a time in a session (src/api/read.ts); @neo4j/graphql asks in a transaction
    run: (cypher: string, parameters: Record<string, unknown>) => transaction.run(cypher, parameters),
    executeRead: async (work: (tx: typeof transaction) => unknown) => work(transaction),
    close: async () => {},
  };
  const driver = { session: () => session, executeQueryBookmarkManager: undefined } as unknown as Driver;
  return { driver, statements };
}

const GENERATED_QUERIES = {
  'papers with nested filters (the headline question)': `{ papers(limit: 20, where: {evaluatesOn: {some: {name: {eq: "MNIST"}}},
    proposes: {some: {alternativeTo: {some: {name: {eq: "Backpropagation"}}}}}}) { id title } }`,
  'methods with relationship fields and edge properties': `{ methods(limit: 5, where: {name: {eq: "GCN"}}) {
    id name aliases paperCount
    usedIn(limit: 3) { title }
    alternativeToConnection(first: 2) { edges { properties { support evidence } node { name } } } } }`,
  'datasets sorted by paper count': '{ datasets(limit: 10, sort: [{paperCount: DESC}]) { name paperCount } }',
  'tasks with subtasks': '{ tasks(where: {name: {eq: "node classification"}}) { name subtasks { name } } }',
  'a paper with every concept list': `{ papers(where: {id: {eq: "p-1"}}) { title proposes { name } uses { name }
    introduces { name } evaluatesOn { name } addresses { name } } }`,
  'concepts of every kind through the Concept interface':
    '{ concepts(where: {name: {eq: "GCN"}}) { __typename id name paperCount } }',
};

describe('generated Cypher for the node types', async () => {
  const { driver, statements } = statementRecorder();
  const schema = await buildSchema(driver, { database: undefined, timeoutMs: 1000 }, DEFAULT_INPUT_LIMITS);
  it.each(Object.entries(GENERATED_QUERIES))('%s', async (_, source) => {
    statements.length = 0;
    const result = await graphql({ schema, source, contextValue: {} });
    expect(result.errors).toBeUndefined();
    expect(statements).toMatchSnapshot();
  });
});
