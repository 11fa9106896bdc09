import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** per-client request budgets; a request costs 1 point, plus its estimated query cost once that is known */
export interface RateLimitSettings {
  enabled: boolean;
  /** points each client may spend per window */
  points: number;
  windowSeconds: number;
  /** count loopback clients too (127.0.0.0/8, ::1); off by default, so local use and tests are unlimited */
  loopback: boolean;
  /** take the client address from the last X-Forwarded-For entry (set when behind one reverse proxy) */
  trustProxy: boolean;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  enabled: true,
  points: 100_000,
  windowSeconds: 60,
  loopback: false,
  trustProxy: false,
};

/** the client's address: the socket's peer, or what the one trusted proxy in front saw */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim() ?? '';
    if (isIP(last)) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** whether `address` is this machine */
export function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** in-memory budgets per client address (one process; several replicas each keep their own) */
export class ClientLimiter {
  readonly #settings: RateLimitSettings;
  readonly #limiter: RateLimiterMemory;

  constructor(settings: RateLimitSettings) {
    this.#settings = settings;
    this.#limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds });
  }

  /** whether requests from `client` are counted at all */
  applies(client: string): boolean {
    return this.#settings.enabled && (this.#settings.loopback || !isLoopback(client));
  }

  /** spends `points` of the client's budget; resolves to the seconds to wait when it is spent, else 0 */
  async take(client: string, points: number): Promise<number> {
    const spend = Math.max(1, Math.ceil(points));
    try {
      await this.#limiter.consume(client, spend);
      return 0;
    } catch (result) {
      // rate-limiter-flexible counts refused points too: give them back, so a refused request costs nothing
      // and a cheap one still fits where an expensive one did not
      if (result instanceof RateLimiterRes) await this.#limiter.reward(client, spend);
      // an in-memory store cannot fail; were it to, serving beats refusing everyone
      if (!(result instanceof RateLimiterRes)) return 0;
      return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    }
  }
}

/** the GraphQL-shaped error a refused request gets */
export function rateLimitedBody(retryAfter: number) {
  return {
    errors: [
      {
        message: `Too many requests from your address; try again in ${retryAfter} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfter },
      },
    ],
  };
}

/** answers 429 with Retry-After and a GraphQL-shaped error */
export function refuse(response: ServerResponse, retryAfter: number): void {
  response.writeHead(429, {
    'content-type': 'application/json',
    'retry-after': String(retryAfter),
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(rateLimitedBody(retryAfter)));
}
