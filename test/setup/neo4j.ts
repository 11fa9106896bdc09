import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, type LocalNeo4jConfig } from '../../src/config.ts';
import { startLocal, stopLocal } from '../../src/db/local-server.ts';
import { freePort } from '../helpers/ports.ts';

/** how tests reach the database of this run */
export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
  /** set when this run started a local server, so tests may stop and restart it */
  local: LocalNeo4jConfig | null;
  via: 'NEO4J_URI' | 'testcontainers' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

/**
 * Gives the run a real Neo4j: NEO4J_URI when set; else a container where a Docker engine answers; else a local
 * server with a throwaway home and free ports, so a test run never touches the user's data or servers.
 * It never skips: if no database can be had, the run fails here.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      local: null,
      via: 'NEO4J_URI',
    });
    return async () => {};
  }
  const container = await startContainer();
  if (container) {
    project.provide('neo4j', { ...container.database, local: null, via: 'testcontainers' });
    return container.stop;
  }
  const home = await mkdtemp(join(tmpdir(), 'papergraph-test-'));
  const local: LocalNeo4jConfig = {
    ...loadConfig(env).local,
    homeDir: home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '1g',
    pageCache: '256m',
  };
  const started = Date.now();
  const server = await startLocal(local, (line) => console.log(line));
  console.log(
    `test Neo4j up at ${server.boltUri} in ${((Date.now() - started) / 1000).toFixed(1)} s (home ${home})`,
  );
  project.provide('neo4j', { uri: server.boltUri, user: 'neo4j', password: '', local, via: 'local' });
  return async () => {
    await stopLocal(local);
    await rm(home, { recursive: true, force: true });
  };
}

// Testcontainers only where a Docker engine answers; offline, the image must already be present.
async function startContainer(): Promise<
  { database: Omit<TestDatabase, 'local' | 'via'>; stop: () => Promise<void> } | undefined
> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community')
    .withApoc()
    .withPassword('NeedsALongPassword')
    .start();
  return {
    database: {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
    },
    stop: async () => {
      await container.stop();
    },
  };
}
