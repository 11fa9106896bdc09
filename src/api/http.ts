import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ErrorCode } from '../errors.ts';
import type { CachedResponse, ResponseCache } from './cache.ts';
import type { GraphWatch } from './graph-watch.ts';
import { requestLog, type Ops } from './ops/index.ts';
import { currentRequest } from './ops/request.ts';

/** extra GET routes served beside /graphql, e.g. /health */
export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const MAX_BODY_BYTES = 1_000_000;

/** what serves GraphQL: Apollo, the request context it gets, and the response cache in front of it, if any */
export interface GraphQLHandler {
  apollo: ApolloServer<object>;
  context: () => object;
  cache: ResponseCache | undefined;
  /** whether Neo4j answers: while it does not, requests fail at once */
  watch: GraphWatch;
  /** largest response body sent */
  maxResponseBytes: number;
}

/** seconds a client should wait before trying again while Neo4j is down */
const RETRY_AFTER_SECONDS = 1;

/** a plain node:http server that hands /graphql to Apollo and serves the given routes; `ops` wraps each request */
export function createHttpServer(
  graphql: GraphQLHandler,
  routes: Record<string, Route>,
  ops?: Pick<Ops, 'around'>,
): Server {
  return createServer((request, response) => {
    const run = () =>
      handle(graphql, routes, request, response).catch((error: unknown) => {
        if (!response.headersSent) sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
        requestLog().error({ err: error }, 'request failed');
      });
    void (ops ? ops.around(request, response, run) : run());
  });
}

async function handle(
  graphql: GraphQLHandler,
  routes: Record<string, Route>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const route = routes[url.pathname];
  if (route && (request.method === 'GET' || request.method === 'HEAD')) return route(request, response);
  // Neo4j Browser sends cache-control and tracing headers, so Chromium preflights its guide and style fetches
  if (route && request.method === 'OPTIONS') {
    response.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
      'access-control-max-age': '600',
    });
    response.end();
    return;
  }
  if (url.pathname !== '/graphql') {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`Not found. GraphQL is served at /graphql.\n`);
    return;
  }
  if (graphql.watch.down) {
    request.resume();
    return databaseUnavailable(response);
  }
  const body = await readBody(request);
  if (body === undefined) {
    return sendError(response, 413, 'PAYLOAD_TOO_LARGE', `The request body is over ${MAX_BODY_BYTES} bytes.`);
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const execute = () => executeGraphQL(graphql, headers, request.method ?? 'GET', url.search, body);
  // Only JSON POSTs: Apollo's CSRF prevention also looks at other headers for GETs and other content types, so
  // their answers are not the body's alone. The key is a digest, so a large body costs no memory to keep.
  const json = /^application\/(?:graphql-response\+)?json\s*(?:;|$)/i.test(headers.get('content-type') ?? '');
  const { response: result, outcome } =
    graphql.cache && request.method === 'POST' && json
      ? await graphql.cache.respond(
          createHash('sha256')
            .update(`${headers.get('accept') ?? ''}\n${body}`)
            .digest('base64'),
          execute,
        )
      : { response: await execute(), outcome: 'bypass' as const };
  if (result.body.includes('"DATABASE_UNAVAILABLE"')) {
    graphql.watch.reportDown();
    return databaseUnavailable(response);
  }
  if (Buffer.byteLength(result.body) > graphql.maxResponseBytes) {
    return sendError(
      response,
      400,
      'RESPONSE_TOO_LARGE',
      `The response would be over ${graphql.maxResponseBytes} bytes. Ask for smaller pages or fewer fields (abstracts are large).`,
    );
  }
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (graphql.cache) response.setHeader('x-papergraph-cache', outcome);
  response.statusCode = result.status;
  response.end(result.body);
}

/** 503 with Retry-After, at once: no request waits on a database that is known to be down */
function databaseUnavailable(response: ServerResponse): void {
  response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  sendError(
    response,
    503,
    'DATABASE_UNAVAILABLE',
    'The database is unavailable right now; try again shortly.',
  );
}

/** a GraphQL-shaped error response made outside Apollo */
function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  // the request log and metrics name the outcome by its code, as for errors Apollo reports
  const info = currentRequest();
  if (info) info.code = code;
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

async function executeGraphQL(
  { apollo, context }: GraphQLHandler,
  headers: HeaderMap,
  method: string,
  search: string,
  body: string,
): Promise<CachedResponse> {
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search, body: parseBody(body, headers) },
    context: async () => context(),
  });
  let text = '';
  if (result.body.kind === 'complete') text = result.body.string;
  else for await (const chunk of result.body.asyncIterator) text += chunk;
  return { status: result.status ?? 200, headers: [...result.headers], body: text };
}

// Apollo expects JSON bodies parsed; anything else it rejects with a proper GraphQL-over-HTTP error.
function parseBody(body: string, headers: HeaderMap): unknown {
  if (body === '') return undefined;
  const type = headers.get('content-type') ?? '';
  if (!/^application\/(graphql-response\+)?json/i.test(type) && !/\+json/i.test(type)) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')),
    );
    request.on('error', reject);
  });
}
