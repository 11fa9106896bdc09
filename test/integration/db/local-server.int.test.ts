import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { describe, expect, inject, it } from 'vitest';
import { localStatus, startLocal } from '../../../src/db/local-server.ts';
import { checkJava } from '../../../src/db/runtime.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

const local = inject('neo4j').local;

describe('the Neo4j under test', () => {
  const db = useNeo4j();

  it('is 5.26 with APOC core, and @neo4j/graphql accepts it', async () => {
    const { records } = await db.driver.executeQuery(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS neo4j, apoc.version() AS apoc',
    );
    expect(records[0]!.get('neo4j')).toMatch(/^5\.26\./);
    expect(records[0]!.get('apoc')).toBe(records[0]!.get('neo4j'));
    await new Neo4jGraphQL({
      typeDefs: 'type Paper @node { id: ID! }',
      driver: db.driver,
    }).checkNeo4jCompat();
  });

  it('has the schema the migrations create, and applying them again changes nothing', async () => {
    const names = async () =>
      (await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names')).records[0]!.get(
        'names',
      ) as string[];
    const before = await names();
    expect(before).toEqual(
      expect.arrayContaining(['paper_id', 'alias_key', 'paper_text', 'concept_text', 'method_name']),
    );
    const { migrate } = await import('../../../src/db/migrate.ts');
    await migrate(db.driver);
    expect((await names()).sort()).toEqual(before.sort());
  });
});

describe.runIf(local !== null)('the embedded local server', () => {
  it('does not start a second server from the same home, and serves Neo4j Browser', async () => {
    const running = await localStatus(local!);
    expect(running).toBeDefined();
    const again = await startLocal(local!);
    expect(again).toMatchObject({ pid: running!.pid, startedNow: false });
    const browser = await fetch(`http://127.0.0.1:${local!.httpPort}/browser/`);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toMatch(/Neo4j Browser/i);
  });

  it('says which port is taken and what to do', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const home = await mkdtemp(join(tmpdir(), 'papergraph-port-'));
      await expect(startLocal({ ...local!, homeDir: home, boltPort: port })).rejects.toThrow(
        new RegExp(`Port ${port} on 127.0.0.1 is taken.*PAPERGRAPH_BOLT_PORT`),
      );
    } finally {
      holder.close();
    }
  });

  it('says how to install Java when it is missing', () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = '/nonexistent-java';
    try {
      expect(() => checkJava()).toThrow(
        /Java 17 or newer is needed.*apt-get install openjdk-17-jre-headless.*NEO4J_URI/,
      );
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });
});
