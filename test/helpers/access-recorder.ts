import type { Driver, ManagedTransaction, Result, Session, SessionConfig } from 'neo4j-driver';

/** one statement as the server saw it: the access mode it ran under and what the server says it did */
export interface RecordedRun {
  mode: 'READ' | 'WRITE';
  /** 'r' read, 'rw' read-write, 'w' write, 's' schema: the server's own verdict from the result summary */
  queryType: string;
  /** whether the session shared the driver's bookmark manager (executeQuery always does) */
  sharesBookmarks: boolean;
  query: string;
}

/**
 * `driver`, recording every statement with the access mode it ran under. A single server runs a write in a READ
 * transaction without complaint, while a cluster sends READ transactions to secondaries that refuse writes: so
 * the tests compare the mode with the server's own queryType rather than trust that things work here.
 */
export function recordAccess(driver: Driver): {
  driver: Driver;
  runs: RecordedRun[];
  settled(): Promise<void>;
} {
  const runs: RecordedRun[] = [];
  const pending: Promise<unknown>[] = [];
  const note = (result: Result, mode: RecordedRun['mode'], sharesBookmarks: boolean, query: string) => {
    // the same promise the caller awaits (summary() would cancel the caller's stream)
    pending.push(
      result.then(
        ({ summary }) => runs.push({ mode, queryType: summary.queryType, sharesBookmarks, query }),
        () => {},
      ),
    );
    return result;
  };
  const transaction = (tx: ManagedTransaction, mode: RecordedRun['mode'], shares: boolean) =>
    override(tx, {
      run: (query: unknown, ...rest: unknown[]) =>
        note(tx.run(query as string, ...(rest as [])), mode, shares, String(query)),
    });
  const session = (config: SessionConfig = {}): Session => {
    const target = driver.session(config);
    const shares = config.bookmarkManager === driver.executeQueryBookmarkManager;
    const defaultMode = config.defaultAccessMode ?? 'WRITE';
    const work =
      (mode: RecordedRun['mode']) =>
      (fn: unknown, ...rest: unknown[]) =>
        (mode === 'READ' ? target.executeRead : target.executeWrite).call(
          target,
          (tx: ManagedTransaction) =>
            (fn as (tx: ManagedTransaction) => unknown)(transaction(tx, mode, shares)),
          ...(rest as []),
        );
    return override(target, {
      executeRead: work('READ'),
      executeWrite: work('WRITE'),
      run: (query: unknown, ...rest: unknown[]) =>
        note(target.run(query as string, ...(rest as [])), defaultMode, shares, String(query)),
    });
  };
  const recorded = override(driver, {
    session: (config: unknown) => session(config as SessionConfig),
    executeQuery: async (query: unknown, parameters: unknown, config: unknown = {}) => {
      const result = await driver.executeQuery(query as string, parameters as {}, config as {});
      const mode = (config as { routing?: 'READ' | 'WRITE' }).routing ?? 'WRITE';
      runs.push({ mode, queryType: result.summary.queryType, sharesBookmarks: true, query: String(query) });
      return result;
    },
  });
  return { driver: recorded, runs, settled: async () => void (await Promise.all(pending)) };
}

// the driver's classes keep state in private fields, so every method not overridden runs on the target itself
function override<T extends object>(target: T, methods: Record<string, (...args: any[]) => unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === 'string' && Object.hasOwn(methods, property)) return methods[property];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
