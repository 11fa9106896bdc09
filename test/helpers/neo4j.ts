import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { DRIVER_CONFIG } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { TestDatabase } from '../setup/neo4j.ts';

/** the run's database, a driver to it, and a way to empty it */
export interface TestNeo4j {
  readonly driver: Driver;
  readonly info: TestDatabase;
  /** deletes every node and relationship (the schema stays) */
  wipe(): Promise<void>;
  /** the number of nodes and of relationships */
  counts(): Promise<{ nodes: number; relationships: number }>;
}

/** connects before the file's tests (wiping the database and applying the schema) and closes after them */
export function useNeo4j(): TestNeo4j {
  const info = inject('neo4j');
  let driver: Driver | undefined;
  const db: TestNeo4j = {
    get driver() {
      if (!driver) throw new Error('useNeo4j(): the driver exists only inside tests and hooks');
      return driver;
    },
    info,
    async wipe() {
      // batched deletes run only in an auto-commit transaction, hence a session rather than executeQuery
      const session = db.driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    async counts() {
      const { records } = await db.driver.executeQuery(
        'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      );
      return { nodes: records[0]!.get('nodes'), relationships: records[0]!.get('relationships') };
    },
  };
  beforeAll(async () => {
    driver = testDriver(info);
    await driver.verifyConnectivity();
    await db.wipe();
    await migrate(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return db;
}

/** a driver to the run's database, configured as the application's own */
export function testDriver(info: TestDatabase): Driver {
  const auth = info.via === 'local' ? undefined : neo4j.auth.basic(info.user, info.password);
  return neo4j.driver(info.uri, auth, DRIVER_CONFIG);
}

/** the environment that points a papergraph child process at the run's database */
export function databaseEnv(db: TestNeo4j): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: db.info.uri,
    NEO4J_USER: db.info.user,
    NEO4J_PASSWORD: db.info.password,
  };
}
