import { afterAll, beforeAll } from 'vitest';
import { ingest } from '../../ingest/index.ts';
import { startServer, type ApiLimits, type RunningServer } from '../../src/api/server.ts';
import { useNeo4j, type TestNeo4j } from './neo4j.ts';

/** a GraphQL response as the tests read it */
export interface GraphQLResponse {
  status: number;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** the sample corpus in the run's Neo4j, the API over HTTP on a free port, and a way to query it */
export function useApi(options: { corpus?: string[]; limits?: ApiLimits } = {}) {
  const db: TestNeo4j = useNeo4j();
  let server: RunningServer | undefined;
  beforeAll(async () => {
    await ingest(options.corpus ?? ['data/sample-abstracts.txt'], { driver: db.driver, batchSize: 100 });
    server = await startServer({ driver: db.driver, database: undefined, port: 0, limits: options.limits });
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    db,
    get url() {
      return server!.url;
    },
    /** POSTs a query and returns status and body */
    async query(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
      const response = await fetch(server!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}
