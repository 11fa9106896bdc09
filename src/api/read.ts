import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { openSession } from '../db/session.ts';

/** where and how long a request's reads may run */
export interface ReadOptions {
  database: string | undefined;
  timeoutMs: number;
}

/** runs one read statement with parameters (never string-built from input) inside the request's transaction */
export type Run = (cypher: string, parameters?: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/**
 * runs `work` in one read transaction, so the few statements of a request share one session and one round of
 * BEGIN/COMMIT; the driver retries it on transient errors. `work` also gets the transaction itself, for a
 * generated query to run in (as @neo4j/graphql's executionContext).
 */
export async function readTransaction<T>(
  driver: Driver,
  options: ReadOptions,
  work: (run: Run, tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = openSession(driver, options.database, 'READ');
  try {
    return await session.executeRead(
      (tx) => work(async (cypher, parameters = {}) => (await tx.run(cypher, typed(parameters))).records, tx),
      { timeout: options.timeoutMs },
    );
  } finally {
    await session.close();
  }
}

// JavaScript numbers travel as floats; LIMIT, SKIP and ranges need integers
function typed(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [
      name,
      Number.isInteger(value) ? neo4j.int(value as number) : value,
    ]),
  );
}
