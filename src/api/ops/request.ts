import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

/** what is known about one HTTP request while it runs; filled in as it goes and logged when it ends */
export interface RequestInfo {
  id: string;
  /** the client's address, the rate limiter's key */
  client: string;
  /** a child logger carrying the request id */
  log: Logger;
  /** whether the rate limiter counts this client */
  limited: boolean;
  /** the operation's name, or its root fields when it has none */
  operation?: string;
  /** the estimated cost src/api/limits.ts computed */
  cost?: number;
  /** the first error's extensions.code */
  code?: string;
  /** the query text: logged at debug level only */
  query?: string;
}

const store = new AsyncLocalStorage<RequestInfo>();

// only for errors outside any request (none are expected): stderr, as console.error was
const fallback = pino({ level: 'error' }, pino.destination(2));

/** runs `work` with `info` as the current request */
export function withRequest<T>(info: RequestInfo, work: () => T): T {
  return store.run(info, work);
}

/** the request being handled, wherever in its async work this runs; undefined outside one */
export function currentRequest(): RequestInfo | undefined {
  return store.getStore();
}

/** the current request's logger, else an error-only logger on stderr */
export function requestLog(): Logger {
  return store.getStore()?.log ?? fallback;
}
