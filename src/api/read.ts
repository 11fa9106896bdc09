import neo4j, { type Driver, type QueryResult, type Record as Neo4jRecord } from 'neo4j-driver';
import { openSession } from '../db/session.ts';

/** where and how long a request's reads may run */
export interface ReadOptions {
  database: string | undefined;
  timeoutMs: number;
}

/** runs one read statement with parameters (never string-built from input) for the request */
export type Run = (cypher: string, parameters?: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/**
 * what @neo4j/graphql runs a generated query through (its `executionContext`): an object with only `run` is
 * taken for a transaction, so the generated statement runs as the request's other statements do
 */
export interface StatementRunner {
  run(cypher: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

// a pooled connection that died since its last use (a restarted or failed-over server) fails the first statement
const RETRY_DELAY_MS = 100;

/**
 * runs `work`'s statements in one READ session, each as its own auto-commit transaction: one round trip a
 * statement, where an explicit transaction adds a COMMIT to every request. Nothing is lost by it, as every
 * statement only reads and Neo4j reads at read-committed isolation, so a transaction gives its statements no
 * common snapshot anyway. The statements share the request's time budget, run one after another (a session runs
 * one at a time), and the whole work is tried once more on an error the driver calls retryable. `work` also gets
 * the session as a StatementRunner, for a generated query to run in.
 */
export async function readStatements<T>(
  driver: Driver,
  options: ReadOptions,
  work: (run: Run, runner: StatementRunner) => Promise<T>,
): Promise<T> {
  const deadline = performance.now() + options.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const session = openSession(driver, options.database, 'READ');
    let queue: Promise<unknown> = Promise.resolve();
    const runner: StatementRunner = {
      run: (cypher, parameters = {}) => {
        const result = queue.then(() => session.run(cypher, typed(parameters), { timeout: left(deadline) }));
        queue = result.catch(() => {});
        return result;
      },
    };
    try {
      return await work(async (cypher, parameters) => (await runner.run(cypher, parameters)).records, runner);
    } catch (error) {
      const retry = attempt === 1 && neo4j.isRetryableError(error) && left(deadline) > 2 * RETRY_DELAY_MS;
      if (!retry) throw error;
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  }
}

/** a StatementRunner whose every statement is a request of its own, with the request's timeout (generated queries) */
export function statementRunner(driver: Driver, options: ReadOptions): StatementRunner {
  return {
    run: (cypher, parameters) =>
      readStatements(driver, options, (_, runner) => runner.run(cypher, parameters)),
  };
}

// the milliseconds left before the deadline, as Neo4j takes a transaction timeout: a positive whole number
const left = (deadline: number) => Math.max(1, Math.floor(deadline - performance.now()));

// JavaScript numbers travel as floats; LIMIT, SKIP and ranges need integers
function typed(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [
      name,
      Number.isInteger(value) ? neo4j.int(value as number) : value,
    ]),
  );
}
