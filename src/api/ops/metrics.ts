import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Driver, Session, SessionConfig } from 'neo4j-driver';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// seconds; an API answer ranges from a cache hit (~1 ms) to the 15 s Cypher timeout
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

// a client names its operations, so without a cap an attacker could grow the label set without end
const MAX_OPERATIONS = 100;

/** the API's Prometheus metrics, in their own registry (never prom-client's global one) */
export class ApiMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'papergraph_requests_total',
    help: 'HTTP requests by operation (GraphQL operation name, root fields, or path) and outcome (ok or error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'papergraph_request_duration_seconds',
    help: 'Time from request to response, by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });
  readonly cache = new Counter({
    name: 'papergraph_response_cache_total',
    help: 'GraphQL responses by how the response cache produced them: hit, shared, miss or bypass',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'papergraph_rate_limited_total',
    help: 'Requests refused with 429 because their client had spent its budget',
    registers: [this.registry],
  });
  readonly neo4jInFlight = new Gauge({
    name: 'papergraph_neo4j_transactions_in_flight',
    help: 'Neo4j transactions running now; each holds one pooled connection',
    registers: [this.registry],
  });
  readonly neo4jDuration = new Histogram({
    name: 'papergraph_neo4j_transaction_duration_seconds',
    help: 'Time of each Neo4j transaction (read, write or auto-commit query), including driver retries',
    labelNames: ['kind'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });
  readonly #operations = new Set<string>();

  /** `graphVersion` is read at each scrape: the counter every ingest write raises */
  constructor(graphVersion: () => Promise<number | undefined>) {
    new Gauge({
      name: 'papergraph_graph_version',
      help: 'The graph version ingest raises with every write; unchanged while nothing is ingested',
      registers: [this.registry],
      async collect() {
        const version = await graphVersion().catch(() => undefined);
        if (version === undefined) this.reset();
        else this.set(version);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'papergraph_' });
  }

  /** counts one finished request */
  observe(operation: string, outcome: string, seconds: number, cache: string | undefined): void {
    const labels = { operation: this.#bounded(operation), outcome };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
    if (cache) this.cache.inc({ outcome: cache });
    if (outcome === 'RATE_LIMITED') this.rateLimited.inc();
  }

  /** GET /metrics: the text format Prometheus scrapes */
  route() {
    return async (_request: IncomingMessage, response: ServerResponse) => {
      const text = await this.registry.metrics();
      response.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
      response.end(text);
    };
  }

  /**
   * `driver`, with each transaction timed and counted. neo4j-driver exposes no pool statistics, so transactions
   * in flight stand for the connections in use.
   */
  instrument(driver: Driver): Driver {
    const time = async <T>(kind: string, work: () => Promise<T>): Promise<T> => {
      const end = this.neo4jDuration.startTimer({ kind });
      this.neo4jInFlight.inc();
      try {
        return await work();
      } finally {
        this.neo4jInFlight.dec();
        end();
      }
    };
    const session = (target: Session, mode: 'read' | 'write'): Session =>
      wrap(target, {
        executeRead: (...args) => time('read', () => target.executeRead(...(args as [never]))),
        executeWrite: (...args) => time('write', () => target.executeWrite(...(args as [never]))),
        // an auto-commit statement is a transaction of the session's mode; the caller gets the result itself
        // (awaiting it here shares its records, where summary() would cancel the caller's stream)
        run: (...args) => {
          const result = target.run(...(args as [never]));
          time(mode, async () => void (await result)).catch(() => {});
          return result;
        },
      });
    return wrap(driver, {
      session: (...args) => {
        const config = args[0] as SessionConfig | undefined;
        return session(driver.session(config), config?.defaultAccessMode === 'READ' ? 'read' : 'write');
      },
      executeQuery: (...args) => time('query', () => driver.executeQuery(...(args as [never]))),
    });
  }

  #bounded(operation: string): string {
    if (this.#operations.has(operation)) return operation;
    if (this.#operations.size >= MAX_OPERATIONS) return 'other';
    this.#operations.add(operation);
    return operation;
  }
}

// The driver's classes keep state in private fields, so every method not overridden runs on the target itself.
function wrap<T extends object>(target: T, overrides: Record<string, (...args: unknown[]) => unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === 'string' && Object.hasOwn(overrides, property)) return overrides[property];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
