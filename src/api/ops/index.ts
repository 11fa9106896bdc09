import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { ApiMetrics } from './metrics.ts';
import { opsPlugin } from './plugin.ts';
import { ClientLimiter, clientAddress, refuse, type RateLimitSettings } from './rate-limit.ts';
import { requestId } from './logging.ts';
import { withRequest, type RequestInfo } from './request.ts';

export { createLogger, type LogLevel } from './logging.ts';
export { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './rate-limit.ts';
export { currentRequest, requestLog } from './request.ts';
export { drain, shutdownSignal, trackRequests } from './shutdown.ts';

/** what makes the API operable: request logs, metrics and rate limiting */
export interface OpsOptions {
  /** one JSON line per request; none when unset */
  logger?: Logger;
  /** serve GET /metrics; on unless false */
  metrics?: boolean;
  rateLimit: RateLimitSettings;
  /** reads the graph version for the metrics */
  graphVersion: () => Promise<number | undefined>;
}

/** the hooks http.ts and server.ts call */
export interface Ops {
  /** runs one HTTP request with a request id, its rate limit, and its log line and metrics when it ends */
  around(request: IncomingMessage, response: ServerResponse, next: () => Promise<void>): Promise<void>;
  plugin: ApolloServerPlugin<object>;
  /** extra GET routes: /metrics */
  routes: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>>;
  /** the driver the API should use, instrumented when metrics are on */
  instrument(driver: Driver): Driver;
}

const SILENT = pino({ level: 'silent' });

/** the operational hooks for one server */
export function createOps(options: OpsOptions): Ops {
  const logger = options.logger;
  const metrics = options.metrics === false ? undefined : new ApiMetrics(options.graphVersion);
  const limiter = options.rateLimit.enabled ? new ClientLimiter(options.rateLimit) : undefined;
  return {
    plugin: opsPlugin(limiter),
    routes: metrics ? { '/metrics': metrics.route() } : {},
    instrument: (driver) => metrics?.instrument(driver) ?? driver,
    async around(request, response, next) {
      const started = performance.now();
      const id = requestId(request.headers['x-request-id']);
      response.setHeader('x-request-id', id);
      const client = clientAddress(request, options.rateLimit.trustProxy);
      const info: RequestInfo = {
        id,
        client,
        log: logger?.child({ reqId: id }) ?? SILENT,
        limited: limiter?.applies(client) ?? false,
      };
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      // 'close' comes after the response is sent, or when the client gave up first
      response.once('close', () => {
        const seconds = (performance.now() - started) / 1000;
        // a cache hit never reached Apollo: its operation and cost come with the kept response
        info.operation ??= response.getHeader('x-papergraph-operation') as string | undefined;
        info.cost ??= Number(response.getHeader('x-papergraph-cost') ?? Number.NaN) || undefined;
        const status = response.statusCode;
        const outcome = info.code ?? (status < 400 ? 'ok' : `HTTP_${status}`);
        const cache = response.getHeader('x-papergraph-cache') as string | undefined;
        // an unknown path is a 404; its name must not become a label
        const operation = path === '/graphql' ? (info.operation ?? '-') : status === 404 ? 'other' : path;
        metrics?.observe(operation, outcome, seconds, cache);
        info.log.info(
          {
            method: request.method,
            path: path.slice(0, 200),
            client,
            operation: info.operation,
            cost: info.cost,
            durationMs: Math.round(seconds * 10_000) / 10,
            cache,
            status,
            code: info.code,
            aborted: response.writableFinished ? undefined : true,
            // the query text may hold what a user searched for: only when debugging
            query: info.query && info.log.isLevelEnabled('debug') ? info.query.slice(0, 2_000) : undefined,
          },
          'request',
        );
      });
      await withRequest(info, async () => {
        const retryAfter = info.limited ? await limiter!.take(client, 1) : 0;
        if (retryAfter > 0) {
          info.code = 'RATE_LIMITED';
          refuse(response, retryAfter);
          return;
        }
        await next();
      });
    },
  };
}
