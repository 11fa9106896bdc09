import type { Server } from 'node:http';

/** the requests a server is answering now */
export interface RequestTracker {
  inFlight(): number;
}

/** counts requests in flight; once the server stops listening, their responses close their connections */
export function trackRequests(server: Server): RequestTracker {
  let inFlight = 0;
  server.on('request', (_request, response) => {
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
    // while draining, a keep-alive client must not send another request on this connection
    if (!server.listening && !response.headersSent) response.setHeader('connection', 'close');
  });
  return { inFlight: () => inFlight };
}

/**
 * Stops accepting connections, lets the requests in flight finish until `graceMs` has passed or `force`
 * aborts, then closes every connection left. Resolves to true when nothing was cut off.
 */
export async function drain(
  server: Server,
  tracker: RequestTracker,
  graceMs: number,
  force?: AbortSignal,
): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = Date.now() + graceMs;
  // idle keep-alive connections would hold close() open; a connection goes idle when its request is answered
  while (tracker.inFlight() > 0 && Date.now() < deadline && !force?.aborted) {
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const clean = tracker.inFlight() === 0;
  server.closeAllConnections();
  await closed;
  return clean;
}

// A terminal's Ctrl-C reaches both npm and this process, and npm forwards it again: a second signal this soon
// after the first is that echo, not a request to hurry.
const ECHO_MS = 1_000;

/**
 * resolves on the first SIGINT or SIGTERM, with a signal that aborts on a later one: the caller stops waiting
 * for requests in flight then, but still cleans up (closes the driver, stops the Neo4j it started)
 */
export function shutdownSignal(
  onSignal: (signal: NodeJS.Signals, first: boolean) => void = () => {},
): Promise<{ signal: NodeJS.Signals; force: AbortSignal }> {
  return new Promise((resolve) => {
    const force = new AbortController();
    let first: number | undefined;
    const handle = (signal: NodeJS.Signals) => {
      if (first === undefined) {
        first = Date.now();
        onSignal(signal, true);
        resolve({ signal, force: force.signal });
      } else if (Date.now() - first > ECHO_MS && !force.signal.aborted) {
        onSignal(signal, false);
        force.abort();
      }
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
  });
}
