import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';

/** a pino level, or silent */
export type LogLevel = Level | 'silent';

/** a JSON-lines logger (pino) on stdout, or on `destination` (tests pass a stream) */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'papergraph' },
      // pino's default `time` is epoch ms; an ISO time reads without tools and sorts the same
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination(1),
  );
}

// a proxy's or client's id is kept when it is short and plain, so it can be searched for across systems
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** the incoming x-request-id when it is sane, else a new UUID */
export function requestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
}
