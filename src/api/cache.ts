import type { GraphWatch } from './graph-watch.ts';

/** a finished GraphQL response, as sent */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface ResponseCacheOptions {
  /** most responses kept; 0 turns the cache off */
  entries: number;
  /** most bytes of response bodies kept, whatever their number */
  maxBytes: number;
  /** longest a response is served from the cache, whatever the graph version says */
  ttlMs: number;
}

/** how a response was produced: from the cache, by a request already running, or executed */
export type CacheOutcome = 'hit' | 'shared' | 'miss' | 'bypass';

/**
 * Whole responses to repeated requests, kept while the graph stays the same. Ingest bumps (:GraphVersion).version
 * in every write transaction; the watch reads it every second and the cache empties itself when it changes.
 * Identical requests in flight share one execution. While the version cannot be read (Neo4j down), the cache is
 * not used, but it is not emptied either: a database briefly too busy to answer does not cost every kept response.
 */
export class ResponseCache {
  readonly #entries = new Map<string, { response: CachedResponse; expires: number }>();
  readonly #inflight = new Map<string, Promise<CachedResponse>>();
  #bytes = 0;
  /** the graph version the entries belong to */
  #entriesVersion: number | undefined;

  private readonly watch: GraphWatch;
  private readonly options: ResponseCacheOptions;

  constructor(watch: GraphWatch, options: ResponseCacheOptions) {
    this.watch = watch;
    this.options = options;
    this.#entriesVersion = watch.version;
    watch.onVersion((version) => {
      this.#clear();
      this.#entriesVersion = version;
    });
  }

  stop(): void {
    this.#clear();
  }

  /** the cached response for `key`, or the one `produce` makes (kept if it is a success without errors) */
  async respond(
    key: string,
    produce: () => Promise<CachedResponse>,
  ): Promise<{ response: CachedResponse; outcome: CacheOutcome }> {
    const version = this.watch.version;
    if (version === undefined || version !== this.#entriesVersion)
      return { response: await produce(), outcome: 'bypass' };
    const entry = this.#entries.get(key);
    if (entry && entry.expires > Date.now()) {
      // most recently used last, so the first entry is the one to evict
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      return { response: entry.response, outcome: 'hit' };
    }
    // a request joins only one that started on the same graph version
    const flight = `${version}\n${key}`;
    const running = this.#inflight.get(flight);
    if (running) return { response: await running, outcome: 'shared' };
    const produced = produce();
    this.#inflight.set(flight, produced);
    try {
      const response = await produced;
      if (cacheable(response) && this.#entriesVersion === version) this.#put(key, response);
      return { response, outcome: 'miss' };
    } finally {
      this.#inflight.delete(flight);
    }
  }

  #put(key: string, response: CachedResponse): void {
    if (response.body.length > this.options.maxBytes) return;
    this.#remove(key);
    this.#entries.set(key, { response, expires: Date.now() + this.options.ttlMs });
    this.#bytes += response.body.length;
    while (this.#entries.size > this.options.entries || this.#bytes > this.options.maxBytes)
      this.#remove(this.#entries.keys().next().value!);
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.response.body.length;
  }

  #clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}

/** only complete successes: an error may be gone on the next try */
function cacheable(response: CachedResponse): boolean {
  if (response.status !== 200) return false;
  try {
    return (JSON.parse(response.body) as { errors?: unknown }).errors === undefined;
  } catch {
    return false;
  }
}
