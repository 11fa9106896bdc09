import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect as tcpConnect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig, type LocalNeo4jConfig } from '../../../src/config.ts';
import { connect } from '../../../src/db/connect.ts';
import { localStatus, startLocal } from '../../../src/db/local-server.ts';
import { checkJava } from '../../../src/db/runtime.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';
import { freePort } from '../../helpers/ports.ts';

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
    const { java } = loadConfig({ ...process.env, JAVA_HOME: '/nonexistent-java' }).local;
    expect(java).toBe('/nonexistent-java/bin/java');
    expect(() => checkJava(java)).toThrow(
      /Java 17 or newer is needed.*apt-get install openjdk-17-jre-headless.*NEO4J_URI/,
    );
  });
});

/**
 * a home folder whose pid file names a live process that passes for Neo4j (its command line says
 * CommunityEntryPoint) and a Bolt port where nothing answers yet: what `npm start` finds right after
 * `papergraph db start` launched the server in another terminal
 */
async function serverStillStarting(lifetimeMs = 120_000): Promise<{
  config: LocalNeo4jConfig;
  boltPort: number;
  process: ChildProcess;
}> {
  const home = await mkdtemp(join(tmpdir(), 'papergraph-starting-'));
  await mkdir(join(home, 'run'), { recursive: true });
  const child = spawn(
    process.execPath,
    ['-e', `setTimeout(() => {}, ${lifetimeMs})`, 'org.neo4j.server.CommunityEntryPoint'],
    { stdio: 'ignore' },
  );
  const boltPort = await freePort();
  const record = { pid: child.pid, boltPort, httpPort: await freePort() };
  await writeFile(join(home, 'run', 'papergraph-neo4j.json'), JSON.stringify(record));
  const config = { ...loadConfig({}).local, homeDir: home, boltPort, startTimeoutMs: 60_000 };
  return { config, boltPort, process: child };
}

describe('a local server found still starting', () => {
  it('is waited for, within the start timeout, and named in the error when it never answers', async () => {
    const { config, process: child } = await serverStillStarting();
    const lines: string[] = [];
    const began = Date.now();
    try {
      await expect(
        startLocal({ ...config, startTimeoutMs: 1_500 }, (line) => lines.push(line)),
      ).rejects.toThrow(
        new RegExp(
          `found running from ${config.homeDir} did not answer on bolt://127\\.0\\.0\\.1:${config.boltPort} within 1\\.5 s\\. ` +
            'Stop it with `papergraph db stop` and start again, or raise PAPERGRAPH_NEO4J_START_TIMEOUT',
        ),
      );
    } finally {
      child.kill();
    }
    expect(Date.now() - began).toBeGreaterThanOrEqual(1_500);
    expect(lines).toEqual([
      `The local Neo4j (pid ${child.pid}) is still starting: waiting for bolt://127.0.0.1:${config.boltPort} …`,
    ]);
  });

  it('says so when the server found exits while it is waited for', async () => {
    const { config } = await serverStillStarting(1_000);
    await expect(startLocal(config)).rejects.toThrow(/exited while starting\. Run `papergraph db stop`/);
  });

  it.runIf(local !== null)('connects once it answers, as `npm start` after `db start` does', async () => {
    const { config, boltPort, process: child } = await serverStillStarting();
    // Bolt comes up 3 s later: a proxy to the run's Neo4j stands in for the server finishing its start
    let proxy: Server | undefined;
    const opening = setTimeout(() => {
      proxy = createServer((client) => {
        const upstream = tcpConnect(local!.boltPort, '127.0.0.1');
        client.pipe(upstream).pipe(client);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
      }).listen(boltPort, '127.0.0.1');
    }, 3_000);
    const lines: string[] = [];
    const began = Date.now();
    try {
      const db = await connect({ ...loadConfig({}), local: config }, (line) => lines.push(line));
      try {
        expect(Date.now() - began).toBeGreaterThanOrEqual(3_000);
        expect(db.local).toMatchObject({ pid: child.pid, startedNow: false });
        const { records } = await db.driver.executeQuery('RETURN 1 AS one');
        expect(records[0]!.get('one')).toBe(1);
      } finally {
        await db.driver.close();
      }
    } finally {
      clearTimeout(opening);
      proxy?.close();
      child.kill();
    }
    expect(lines).toEqual([
      `The local Neo4j (pid ${child.pid}) is still starting: waiting for bolt://127.0.0.1:${boltPort} …`,
    ]);
  });
});

describe('a local server another command is launching', () => {
  // what `npm start` sees in the second after `papergraph db start &`: a start lock, no pid file yet
  const holdLock = async (config: LocalNeo4jConfig) => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
    await writeFile(join(config.homeDir, 'run', 'papergraph-starting.pid'), String(holder.pid));
    return holder;
  };

  it('is waited for, bounded, with a message naming the other process', async () => {
    const { config, process: fake } = await serverStillStarting();
    await rm(join(config.homeDir, 'run', 'papergraph-neo4j.json'));
    const holder = await holdLock(config);
    const lines: string[] = [];
    try {
      await expect(
        startLocal({ ...config, startTimeoutMs: 1_500 }, (line) => lines.push(line)),
      ).rejects.toThrow(
        `Another papergraph process (pid ${holder.pid}) has been starting the local Neo4j in ${config.homeDir} for over 1.5 s.`,
      );
    } finally {
      holder.kill();
      fake.kill();
    }
    expect(lines).toEqual([
      `Another papergraph process (pid ${holder.pid}) is starting the local Neo4j: waiting for it …`,
    ]);
  });

  it.runIf(local !== null)(
    'is used once its pid file appears, and waited for until Bolt answers',
    async () => {
      const { config, boltPort, process: fake } = await serverStillStarting();
      const pidFile = join(config.homeDir, 'run', 'papergraph-neo4j.json');
      const record = await readFile(pidFile, 'utf8');
      await rm(pidFile);
      const holder = await holdLock(config);
      // the other command writes the pid file after a second, and Bolt answers three seconds later
      let proxy: Server | undefined;
      const steps = [
        setTimeout(() => void writeFile(pidFile, record), 1_000),
        setTimeout(() => {
          proxy = createServer((client) => {
            const upstream = tcpConnect(local!.boltPort, '127.0.0.1');
            client.pipe(upstream).pipe(client);
            client.on('error', () => upstream.destroy());
            upstream.on('error', () => client.destroy());
          }).listen(boltPort, '127.0.0.1');
        }, 4_000),
      ];
      const lines: string[] = [];
      try {
        const server = await startLocal(config, (line) => lines.push(line));
        expect(server).toMatchObject({ pid: fake.pid, startedNow: false });
      } finally {
        steps.forEach(clearTimeout);
        proxy?.close();
        holder.kill();
        fake.kill();
      }
      expect(lines).toEqual([
        `Another papergraph process (pid ${holder.pid}) is starting the local Neo4j: waiting for it …`,
        `The local Neo4j (pid ${fake.pid}) is still starting: waiting for bolt://127.0.0.1:${boltPort} …`,
      ]);
    },
  );
});
