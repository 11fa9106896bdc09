import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { ingest } from '../../ingest/index.ts';
import type { ResponseCacheOptions } from '../../src/api/cache.ts';
import { startServer, type ApiLimits, type RunningServer } from '../../src/api/server.ts';
import { useNeo4j, type TestNeo4j } from './neo4j.ts';

/** a GraphQL response as the tests read it */
export interface GraphQLResponse {
  status: number;
  /** the response cache's outcome header, when the server has one */
  cache?: string | null;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** the sample corpus (or what `load` writes) in the run's Neo4j, the API over HTTP on a free port, and a way to query it */
export function useApi(
  options: {
    corpus?: string[];
    load?: (driver: Driver) => Promise<unknown>;
    limits?: ApiLimits;
    cache?: ResponseCacheOptions;
  } = {},
) {
  const db: TestNeo4j = useNeo4j();
  let server: RunningServer | undefined;
  beforeAll(async () => {
    if (options.load) await options.load(db.driver);
    else await ingest(options.corpus ?? ['data/sample-abstracts.txt'], { driver: db.driver, batchSize: 100 });
    server = await startServer({
      driver: db.driver,
      database: undefined,
      port: 0,
      limits: options.limits,
      cache: options.cache,
    });
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
      return {
        status: response.status,
        cache: response.headers.get('x-papergraph-cache'),
        ...((await response.json()) as object),
      };
    },
  };
}
