import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { KgError } from '../errors.ts';
import { guideRoutes } from './guide.ts';
import { ResponseCache, type ResponseCacheOptions } from './cache.ts';
import { createHttpServer } from './http.ts';
import { DEFAULT_LIMITS, limitsPlugin, type QueryLimits } from './limits.ts';
import { buildSchema } from './schema.ts';
import { GRAPH_VERSION } from '../../ingest/load/graph-version.ts';
import {
  createOps,
  DEFAULT_RATE_LIMIT,
  drain,
  requestLog,
  trackRequests,
  type Ops,
  type OpsOptions,
} from './ops/index.ts';

export interface ServerOptions {
  driver: Driver;
  database: string | undefined;
  port: number;
  /** longest a request's Cypher may run */
  timeoutMs?: number;
  limits?: QueryLimits;
  /** host to bind; 127.0.0.1 unless set (0.0.0.0 in a container) */
  host?: string;
  /** whole responses kept for repeated requests until the graph changes; off unless given */
  cache?: ResponseCacheOptions;
  /** request logs, /metrics and rate limits (docs/operations.md); metrics on, loopback clients unlimited */
  ops?: Partial<Pick<OpsOptions, 'logger' | 'metrics' | 'rateLimit'>>;
  /** longest stop() waits for requests in flight; 10 s unless set */
  shutdownGraceMs?: number;
}

/** a running API: its GraphQL URL and how to stop it */
export interface RunningServer {
  url: string;
  port: number;
  /**
   * stops accepting, lets requests in flight finish within the grace period (or until `force` aborts), then
   * closes; resolves to false when a request had to be cut off
   */
  stop(options?: { force?: AbortSignal }): Promise<boolean>;
}

/** the Apollo server for PaperGraph's schema, with limits and error formatting, not yet listening */
async function createApollo(options: ServerOptions, ops: Ops): Promise<ApolloServer<object>> {
  const readOptions = { database: options.database, timeoutMs: options.timeoutMs ?? 15_000 };
  const schema = await buildSchema(options.driver, readOptions);
  const apollo = new ApolloServer<object>({
    schema,
    plugins: [
      limitsPlugin(schema, options.limits ?? DEFAULT_LIMITS) as ApolloServerPlugin<object>,
      ops.plugin,
    ],
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();
  return apollo;
}

/** the context every request gets: read transactions with a timeout, on the configured database */
function requestContext(options: ServerOptions): object {
  return {
    sessionConfig: { database: options.database },
    transaction: { timeout: options.timeoutMs ?? 15_000 },
  };
}

/** starts the API on options.port (0: any free port); resolves once it listens */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // --- ops hook: the driver is instrumented for metrics; the cache's version polls use it too ---
  const ops = createOps({
    rateLimit: DEFAULT_RATE_LIMIT,
    ...options.ops,
    graphVersion: graphVersion(options),
  });
  options = { ...options, driver: ops.instrument(options.driver) };
  // --- end ops hook ---
  const apollo = await createApollo(options, ops);
  const cache =
    options.cache && options.cache.entries > 0
      ? new ResponseCache(options.driver, options.database, options.cache)
      : undefined;
  await cache?.start();
  const http = createHttpServer(
    { apollo, context: () => requestContext(options), cache },
    { '/health': health(options), ...guideRoutes(), ...ops.routes },
    ops,
  );
  const inFlight = trackRequests(http);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', (error: NodeJS.ErrnoException) => {
      cache?.stop();
      reject(
        error.code === 'EADDRINUSE'
          ? new KgError(
              'PORT_IN_USE',
              `Port ${options.port} on ${host} is in use by another process: stop it, or set PORT to a free port.`,
            )
          : error,
      );
    });
    http.listen(options.port, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async stop({ force } = {}) {
      const clean = await drain(http, inFlight, options.shutdownGraceMs ?? 10_000, force);
      cache?.stop();
      await apollo.stop();
      return clean;
    },
  };
}

/** reads the graph version for the metrics, within a scrape's patience */
function graphVersion(options: ServerOptions) {
  return async () => {
    const { records } = await options.driver.executeQuery(
      GRAPH_VERSION,
      {},
      { database: options.database, routing: 'READ', transactionConfig: { timeout: 2_000 } },
    );
    return Number(records[0]?.get('version') ?? 0);
  };
}

function health(options: ServerOptions) {
  return async (_request: unknown, response: import('node:http').ServerResponse) => {
    const probe = options.driver.executeQuery(
      'RETURN 1',
      {},
      { database: options.database, transactionConfig: { timeout: 2_000 } },
    );
    // a load balancer wants an answer within seconds, whatever the driver's connection timeouts
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), 3_000).unref(),
    );
    const neo4j = await Promise.race([probe, timeout]).then(
      () => 'up',
      () => 'down',
    );
    probe.catch(() => {});
    response.writeHead(neo4j === 'up' ? 200 : 503, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    response.end(JSON.stringify({ status: neo4j === 'up' ? 'ok' : 'unavailable', neo4j }));
  };
}

const DATABASE_DOWN =
  /ServiceUnavailable|SessionExpired|Connection was closed|ECONNREFUSED|Could not perform discovery|Failed to connect/i;

/** client-facing errors: a code, a message that helps, never a stack trace or an internal detail */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof KgError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code } };
  }
  if (original instanceof GraphQLError || !(original instanceof Error)) {
    const { stacktrace: _, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  const neo4jCode = (original as { code?: string }).code ?? '';
  if (DATABASE_DOWN.test(`${neo4jCode} ${original.message}`)) {
    return {
      message: 'The database is unavailable right now; try again shortly.',
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/i.test(neo4jCode)) {
    return {
      message: 'The query took too long and was stopped.',
      path: formatted.path,
      extensions: { code: 'QUERY_TIMEOUT' },
    };
  }
  requestLog().error({ err: original }, 'unexpected error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
