import type { Driver, Session } from 'neo4j-driver';

export type AccessMode = 'READ' | 'WRITE';

/**
 * A session in `mode` that shares the driver's bookmark manager with `executeQuery` and @neo4j/graphql's own
 * sessions. On a cluster, READ sessions go to secondaries, which may lag: with one shared manager, every
 * transaction waits until its server has caught up with everything this process read or wrote before, so an
 * answer is never older than the graph version it was cached under.
 */
export function openSession(driver: Driver, database: string | undefined, mode: AccessMode): Session {
  return driver.session({
    database,
    defaultAccessMode: mode,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
}
