import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { KgError, type ErrorCode } from '../errors.ts';
import { guideRoutes } from './guide.ts';
import { ResponseCache, type ResponseCacheOptions } from './cache.ts';
import { GraphWatch } from './graph-watch.ts';
import { createHttpServer } from './http.ts';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './inputs.ts';
import { DEFAULT_LIMITS, QueriesOnlyRule, limitsPlugin, shorten, type QueryLimits } from './limits.ts';
import { buildSchema } from './schema.ts';
import { statementRunner } from './read.ts';
import {
  createOps,
  DEFAULT_RATE_LIMIT,
  drain,
  requestLog,
  trackRequests,
  type Ops,
  type OpsOptions,
} from './ops/index.ts';

/** what bounds a request: the shape of the query, the size of its arguments, the time its Cypher may run */
export interface ApiLimits {
  query: QueryLimits;
  inputs: InputLimits;
  /** longest a request's Cypher may run */
  requestTimeoutMs: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = {
  query: DEFAULT_LIMITS,
  inputs: DEFAULT_INPUT_LIMITS,
  requestTimeoutMs: 15_000,
};

export interface ServerOptions {
  driver: Driver;
  database: string | undefined;
  port: number;
  /** DEFAULT_API_LIMITS unless given */
  limits?: ApiLimits;
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
async function createApollo(
  options: ServerOptions,
  limits: ApiLimits,
  ops: Ops,
): Promise<ApolloServer<object>> {
  const readOptions = { database: options.database, timeoutMs: limits.requestTimeoutMs };
  const schema = await buildSchema(options.driver, readOptions, limits.inputs);
  const apollo = new ApolloServer<object>({
    schema,
    plugins: [
      limitsPlugin(schema, limits.query) as ApolloServerPlugin<object>,
      ops.plugin,
      // the schema sets no cache hints, and the plugin's per-field hook wraps every resolver of every request
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: [QueriesOnlyRule],
    // the parser stops at this many tokens, so no document costs more to parse and validate than a bounded one
    parseOptions: { maxTokens: limits.query.maxTokens },
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();
  return apollo;
}

/**
 * the context every request gets: generated queries run as the resolvers' statements do, each one an auto-commit
 * read with the request's timeout, on the configured database
 */
function requestContext(options: ServerOptions, limits: ApiLimits): object {
  return {
    executionContext: statementRunner(options.driver, {
      database: options.database,
      timeoutMs: limits.requestTimeoutMs,
    }),
  };
}

/** starts the API on options.port (0: any free port); resolves once it listens */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const limits = options.limits ?? DEFAULT_API_LIMITS;
  // the watch is made after the ops hook instruments the driver, and the metrics read its version lazily
  let watch: GraphWatch | undefined;
  // --- ops hook: the driver is instrumented for metrics; the watch's reads use it too ---
  const ops = createOps({
    rateLimit: DEFAULT_RATE_LIMIT,
    ...options.ops,
    graphVersion: async () => watch?.version,
  });
  options = { ...options, driver: ops.instrument(options.driver) };
  // --- end ops hook ---
  const apollo = await createApollo(options, limits, ops);
  watch = new GraphWatch(options.driver, options.database, () => warmUp(apollo, options, limits));
  await watch.start();
  const cache =
    options.cache && options.cache.entries > 0 ? new ResponseCache(watch, options.cache) : undefined;
  const http = createHttpServer(
    {
      apollo,
      context: () => requestContext(options, limits),
      cache,
      watch,
      maxResponseBytes: limits.query.maxResponseBytes,
    },
    { '/health': health(watch), ...guideRoutes(), ...ops.routes },
    ops,
  );
  const inFlight = trackRequests(http);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', (error: NodeJS.ErrnoException) => {
      watch.stop();
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
      watch.stop();
      cache?.stop();
      await apollo.stop();
      return clean;
    },
  };
}

// One of each kind of query the API sends, so a Neo4j that has just started has planned them all before clients come
const WARM_UP_QUERIES = [
  '{ findPapers(filter: {datasets: ["MNIST"], proposesAlternativeTo: ["backprop"]}, limit: 1) { id title } }',
  '{ findPapers(filter: {methods: ["transformer"], tasks: ["link prediction"], text: "graph"}, limit: 1) { id } }',
  `{ papers(limit: 1, where: {evaluatesOn: {some: {name: {eq: "MNIST"}}},
     proposes: {some: {alternativeTo: {some: {name: {eq: "Backpropagation"}}}}}}) { id title } }`,
  '{ ask(question: "papers using MNIST that propose alternatives to backprop", limit: 1) { papers { id } } }',
  '{ resolveConcepts(name: "graph neural network", limit: 1) { name } }',
  '{ searchPapers(text: "graph", limit: 1) { score paper { id title } } }',
  '{ relatedConcepts(name: "MNIST", limit: 1) { name } }',
];

/** runs the warm-up queries through the schema, all at once; what they answer does not matter */
async function warmUp(
  apollo: ApolloServer<object>,
  options: ServerOptions,
  limits: ApiLimits,
): Promise<void> {
  await Promise.all(
    WARM_UP_QUERIES.map((query) =>
      apollo.executeOperation({ query }, { contextValue: requestContext(options, limits) }).catch(() => {}),
    ),
  );
}

/** how long /health waits for a fresh read (a warm-up may be holding it) before answering from what it knows */
const HEALTH_WAIT_MS = 1_000;

/** 200 while Neo4j answers, 503 while it does not; each call reads afresh, and the answer also steers requests */
function health(watch: GraphWatch) {
  return async (_request: unknown, response: import('node:http').ServerResponse) => {
    await Promise.race([watch.poll(), new Promise((resolve) => setTimeout(resolve, HEALTH_WAIT_MS).unref())]);
    const up = !watch.down;
    response.writeHead(up ? 200 : 503, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...(up ? {} : { 'retry-after': '1' }),
    });
    response.end(JSON.stringify({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' }));
  };
}

// unreachable, or reachable but its database not yet (or no longer) online, as while Neo4j starts or stops
const DATABASE_DOWN =
  /ServiceUnavailable|SessionExpired|DatabaseUnavailable|Connection was closed|ECONNREFUSED|Could not perform discovery|Failed to connect/i;

const coded = (code: ErrorCode) => ({ code });

/** client-facing errors: a code, a message that helps, never a stack trace or an internal detail */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof KgError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code } };
  }
  if (original instanceof GraphQLError || !(original instanceof Error)) {
    const { stacktrace: _, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    // GraphQL's own messages quote the client's values; a long one is cut
    return { ...formatted, message: shorten(formatted.message, 300), extensions };
  }
  const neo4jCode = (original as { code?: string }).code ?? '';
  if (DATABASE_DOWN.test(`${neo4jCode} ${original.message}`)) {
    return {
      message: 'The database is unavailable right now; try again shortly.',
      path: formatted.path,
      extensions: coded('DATABASE_UNAVAILABLE'),
    };
  }
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/i.test(neo4jCode)) {
    return {
      message: 'The query took too long and was stopped.',
      path: formatted.path,
      extensions: coded('QUERY_TIMEOUT'),
    };
  }
  requestLog().error({ err: original }, 'unexpected error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: coded('INTERNAL_SERVER_ERROR'),
  };
}
