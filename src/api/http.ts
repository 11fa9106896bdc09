import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { CachedResponse, ResponseCache } from './cache.ts';
import { requestLog, type Ops } from './ops/index.ts';

/** extra GET routes served beside /graphql, e.g. /health */
export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const MAX_BODY_BYTES = 1_000_000;

/** what serves GraphQL: Apollo, the request context it gets, and the response cache in front of it, if any */
export interface GraphQLHandler {
  apollo: ApolloServer<object>;
  context: () => object;
  cache: ResponseCache | undefined;
}

/** a plain node:http server that hands /graphql to Apollo and serves the given routes; `ops` wraps each request */
export function createHttpServer(
  graphql: GraphQLHandler,
  routes: Record<string, Route>,
  ops?: Pick<Ops, 'around'>,
): Server {
  return createServer((request, response) => {
    const run = () =>
      handle(graphql, routes, request, response).catch((error: unknown) => {
        if (!response.headersSent) {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            }),
          );
        }
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
  const body = await readBody(request);
  if (body === undefined) {
    response.writeHead(413, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes` }] }));
    return;
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
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (graphql.cache) response.setHeader('x-papergraph-cache', outcome);
  response.statusCode = result.status;
  response.end(result.body);
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
