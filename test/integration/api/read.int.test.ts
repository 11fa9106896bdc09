import neo4j, { Neo4jError, type Driver, type Session, type SessionConfig } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { readStatements, statementRunner } from '../../../src/api/read.ts';
import { recordAccess } from '../../helpers/access-recorder.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

// A request's reads (src/api/read.ts): auto-commit statements in one READ session, sharing the request's time.
describe('a request reads in auto-commit statements', () => {
  const db = useNeo4j();
  const options = { database: undefined, timeoutMs: 5_000 };

  it('runs statements begun together one after another, each in READ mode with the shared bookmarks', async () => {
    const { driver, runs, settled } = recordAccess(db.driver);
    const answers = await readStatements(driver, options, (run) =>
      Promise.all([1, 2, 3].map(async (n) => (await run('RETURN $n AS n', { n }))[0]!.get('n'))),
    );
    await settled();
    expect(answers.map(Number)).toEqual([1, 2, 3]);
    expect(runs).toHaveLength(3);
    expect(runs.every((r) => r.mode === 'READ' && r.sharesBookmarks && r.queryType === 'r')).toBe(true);
  });

  it('passes whole numbers as integers, so LIMIT takes them', async () => {
    const rows = await readStatements(db.driver, options, (run) =>
      run('UNWIND range(1, 10) AS n RETURN n LIMIT $limit', { limit: 3 }),
    );
    expect(rows).toHaveLength(3);
  });

  it('gives each statement the time the request has left, earlier statements included', async () => {
    const timeouts: number[] = [];
    const driver = notingTimeouts(db.driver, timeouts);
    await readStatements(driver, { ...options, timeoutMs: 5_000 }, async (run) => {
      await run('CALL apoc.util.sleep(400)');
      return run('RETURN 1');
    });
    expect(timeouts[0]).toBeGreaterThan(4_900);
    expect(timeouts[1]).toBeLessThanOrEqual(4_600);
    expect(timeouts[1]).toBeGreaterThan(3_000);
  });

  it('stops a statement that runs past the request time', async () => {
    const reading = readStatements(db.driver, { ...options, timeoutMs: 500 }, (run) =>
      run('UNWIND range(1, 1000000000) AS n WITH n WHERE n < 0 RETURN count(n)'),
    );
    await expect(reading).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
  });

  it('tries the work once more after an error the driver calls retryable, and only once', async () => {
    let attempts = 0;
    const answer = await readStatements(db.driver, options, async (run) => {
      attempts += 1;
      if (attempts === 1) throw new Neo4jError('connection lost', neo4j.error.SERVICE_UNAVAILABLE, '', '');
      return (await run('RETURN 42 AS n'))[0]!.get('n');
    });
    expect([Number(answer), attempts]).toEqual([42, 2]);

    attempts = 0;
    const failing = readStatements(db.driver, options, async () => {
      attempts += 1;
      throw new Neo4jError('connection lost', neo4j.error.SERVICE_UNAVAILABLE, '', '');
    });
    await expect(failing).rejects.toMatchObject({ code: neo4j.error.SERVICE_UNAVAILABLE });
    expect(attempts).toBe(2);
  });

  it('does not try again after an error of the statement itself', async () => {
    let attempts = 0;
    const failing = readStatements(db.driver, options, (run) => {
      attempts += 1;
      return run('RETURN $missing AS n');
    });
    await expect(failing).rejects.toMatchObject({ code: expect.stringMatching(/ParameterMissing/) });
    expect(attempts).toBe(1);
  });

  it('gives @neo4j/graphql a runner whose statements read like the rest', async () => {
    const { driver, runs, settled } = recordAccess(db.driver);
    const result = await statementRunner(driver, options).run('RETURN 7 AS n');
    await settled();
    expect(Number(result.records[0]!.get('n'))).toBe(7);
    expect(runs).toMatchObject([{ mode: 'READ', sharesBookmarks: true, queryType: 'r' }]);
  });
});

/** `driver`, noting the timeout each auto-commit statement of its sessions is given */
function notingTimeouts(driver: Driver, timeouts: number[]): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property !== 'session') return Reflect.get(target, property, target);
      return (config: SessionConfig) => {
        const session = target.session(config);
        const run = session.run.bind(session);
        session.run = ((cypher: string, parameters?: object, tx?: { timeout?: number }) => {
          timeouts.push(tx?.timeout ?? NaN);
          return run(cypher, parameters, tx);
        }) as Session['run'];
        return session;
      };
    },
  });
}
