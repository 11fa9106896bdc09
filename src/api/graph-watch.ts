import type { Driver } from 'neo4j-driver';
import { GRAPH_VERSION } from '../graph/version.ts';
import { openSession } from '../db/session.ts';

/** how often the watch reads the graph version while Neo4j answers, and while it does not */
const POLL_UP_MS = 1_000;
const POLL_DOWN_MS = 250;
/** a read that takes longer than this counts as Neo4j being down */
const PROBE_TIMEOUT_MS = 2_000;
/** longest the warm-up may hold requests back once Neo4j answers again */
const WARM_UP_TIMEOUT_MS = 15_000;

/**
 * Watches Neo4j for the API: whether it answers, and the graph version (raised by every ingest write). Requests
 * consult it before any work, so while Neo4j is down they fail at once rather than wait on the driver's timeouts;
 * while down it reads four times a second. A Neo4j that has just started plans every query anew on a cold JVM
 * (the first findPapers took 2.6 s, 50 ms after): when it answers again, and at the start, `warmUp` runs the API's
 * queries once before requests are let through, so they find it at full speed rather than queue behind the warm-up.
 */
export class GraphWatch {
  /** the graph version as last read */
  #version: number | undefined;
  /** down until the first read (and warm-up) succeeds */
  #down = true;
  #polling: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;
  readonly #listeners: ((version: number) => void)[] = [];

  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly warmUp: () => Promise<void>;

  constructor(driver: Driver, database: string | undefined, warmUp: () => Promise<void> = async () => {}) {
    this.driver = driver;
    this.database = database;
    this.warmUp = warmUp;
  }

  /** reads once, then keeps watching */
  async start(): Promise<void> {
    await this.poll();
    this.#schedule();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** the graph version; undefined while Neo4j does not answer */
  get version(): number | undefined {
    return this.#down ? undefined : this.#version;
  }

  /** true from a failed read (or a request that found Neo4j gone) until a read succeeds */
  get down(): boolean {
    return this.#down;
  }

  /** calls `listener` with every new version read */
  onVersion(listener: (version: number) => void): void {
    this.#listeners.push(listener);
  }

  /** a request found Neo4j unreachable: fail the next ones fast and read again soon */
  reportDown(): void {
    this.#down = true;
    this.#schedule();
  }

  /** reads now (one read at a time: a slow one must not finish after a newer one) */
  poll(): Promise<void> {
    this.#polling ??= this.#read().finally(() => (this.#polling = undefined));
    return this.#polling;
  }

  async #read(): Promise<void> {
    // an auto-commit read: no retries, so a refused connection is known at once
    const session = openSession(this.driver, this.database, 'READ');
    try {
      const records = await withTimeout(
        session.run(GRAPH_VERSION, {}, { timeout: PROBE_TIMEOUT_MS }).then((result) => result.records),
        PROBE_TIMEOUT_MS + 500,
      );
      const version = Number(records[0]?.get('version') ?? 0);
      if (this.#down) await withTimeout(this.warmUp(), WARM_UP_TIMEOUT_MS).catch(() => {});
      this.#down = false;
      if (version !== this.#version) {
        this.#version = version;
        for (const listener of this.#listeners) listener(version);
      }
    } catch {
      this.#down = true;
    } finally {
      void session.close().catch(() => {});
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#stopped) return;
    this.#timer = setTimeout(
      () => void this.poll().finally(() => this.#schedule()),
      this.#down ? POLL_DOWN_MS : POLL_UP_MS,
    );
    this.#timer.unref();
  }
}

/** `promise`, or a rejection after `ms`: a read stuck on an unanswering host must not hold the watch */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
