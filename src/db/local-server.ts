import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config.ts';
import { KgError } from '../errors.ts';
import { checkJava, installRuntime, lastLines } from './runtime.ts';

/** a running local server and whether this call started it */
export interface LocalServer {
  pid: number;
  boltUri: string;
  browserUrl: string;
  startedNow: boolean;
}

interface PidFile {
  pid: number;
  boltPort: number;
  httpPort: number;
}

const STOP_TIMEOUT_MS = 60_000;

// The flags bin/neo4j would pass; a direct launch ignores server.jvm.additional in neo4j.conf.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  // without it, vector index population stalls near the end
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

const pidPath = (config: LocalNeo4jConfig) => join(config.homeDir, 'run', 'papergraph-neo4j.json');
const logPath = (config: LocalNeo4jConfig) => join(config.homeDir, 'logs', 'neo4j.log');

/** the local server if one runs from this home folder, else undefined */
export async function localStatus(config: LocalNeo4jConfig): Promise<LocalServer | undefined> {
  const recorded = await readPidFile(config);
  if (recorded === undefined || !isNeo4jProcess(recorded.pid)) return undefined;
  return describe(recorded, false);
}

/**
 * starts the local Neo4j (installing its jars on first use) unless one already runs from this home folder;
 * resolves once Bolt answers, also when the one found is still starting (`db start` in another terminal)
 */
export async function startLocal(
  config: LocalNeo4jConfig,
  log: (line: string) => void = () => {},
): Promise<LocalServer> {
  const claim = await claimStart(config, log);
  if ('found' in claim) return awaitFound(claim.found, config, log);
  try {
    return await launch(config, log, claim.release);
  } finally {
    await claim.release();
  }
}

/** resolves once the server found (started by another process) answers; a clear error if it never does */
async function awaitFound(
  running: LocalServer,
  config: LocalNeo4jConfig,
  log: (line: string) => void,
): Promise<LocalServer> {
  if (await boltAnswers(running.boltUri)) return running;
  log(`The local Neo4j (pid ${running.pid}) is still starting: waiting for ${running.boltUri} …`);
  const failure = await untilBoltAnswers(running, config, () => isNeo4jProcess(running.pid));
  if (failure === undefined) return running;
  const what =
    failure === 'exited'
      ? 'exited while starting. Run `papergraph db stop` to clear its record, then start again'
      : `${failure}. Stop it with \`papergraph db stop\` and start again, or raise PAPERGRAPH_NEO4J_START_TIMEOUT`;
  throw new KgError(
    'NEO4J_RUNTIME',
    `The local Neo4j (pid ${running.pid}) found running from ${config.homeDir} ${what}. ` +
      `Last lines of ${logPath(config)}:\n${lastLines(serverLog(config), 20)}`,
  );
}

/**
 * the right to start the server from this home folder (a lock file naming this process), or the server that
 * another process started meanwhile. Two commands run at once (`db start &` then `npm start`) must not both
 * launch one: the second would fail on the store lock and take the first one's pid file with it.
 */
async function claimStart(
  config: LocalNeo4jConfig,
  log: (line: string) => void,
): Promise<{ found: LocalServer } | { release: () => Promise<void> }> {
  const lock = join(config.homeDir, 'run', 'papergraph-starting.pid');
  await mkdir(dirname(lock), { recursive: true });
  const deadline = Date.now() + config.startTimeoutMs;
  let told = false;
  for (;;) {
    const found = await localStatus(config);
    if (found) return { found };
    if (await createWith(lock, String(process.pid))) {
      // a server may have been launched between the look above and the lock: the lock's holder had it
      const launched = await localStatus(config);
      if (launched) {
        await rm(lock, { force: true });
        return { found: launched };
      }
      // once only: called again later, it could remove a lock another process has taken since
      let held = true;
      const release = async () => {
        if (held) await rm(lock, { force: true });
        held = false;
      };
      return { release };
    }
    const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
    if (!(holder > 0) || !isAlive(holder)) {
      await rm(lock, { force: true }); // left by a process that died while starting the server
      continue;
    }
    if (Date.now() > deadline) {
      throw new KgError(
        'NEO4J_RUNTIME',
        `Another papergraph process (pid ${holder}) has been starting the local Neo4j in ${config.homeDir} for ` +
          `over ${config.startTimeoutMs / 1000} s. Wait for it or stop it, or raise PAPERGRAPH_NEO4J_START_TIMEOUT.`,
      );
    }
    if (!told)
      log(`Another papergraph process (pid ${holder}) is starting the local Neo4j: waiting for it …`);
    told = true;
    await sleep(500);
  }
}

// written aside and linked into place: the file appears with its content, and only if it did not exist
async function createWith(path: string, content: string): Promise<boolean> {
  const staging = `${path}.${process.pid}`;
  await writeFile(staging, content);
  try {
    await link(staging, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(staging, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** launches the server and resolves once Bolt answers; `release` is called as soon as its pid file is written */
async function launch(
  config: LocalNeo4jConfig,
  log: (line: string) => void,
  release: () => Promise<void>,
): Promise<LocalServer> {
  checkJava(config.java);
  const runtime = await installRuntime(config.cacheDir, log);
  await assertPortFree(config.boltPort, 'PAPERGRAPH_BOLT_PORT');
  await assertPortFree(config.httpPort, 'PAPERGRAPH_HTTP_PORT');
  for (const dir of ['conf', 'data', 'logs', 'run', 'import'])
    await mkdir(join(config.homeDir, dir), { recursive: true });
  await writeFile(join(config.homeDir, 'conf', 'neo4j.conf'), neo4jConf(config, runtime));
  await rm(logPath(config), { force: true });

  const console = openSync(join(config.homeDir, 'logs', 'console.log'), 'w');
  const child = spawn(
    config.java,
    [
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${join(runtime, 'plugins', '*')}:${join(runtime, 'lib', '*')}`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${config.homeDir}`,
      `--config-dir=${join(config.homeDir, 'conf')}`,
    ],
    { detached: true, stdio: ['ignore', console, console] },
  );
  closeSync(console);
  child.unref();
  if (child.pid === undefined) throw new KgError('NEO4J_RUNTIME', `Could not start ${config.java}.`);
  const recorded: PidFile = { pid: child.pid, boltPort: config.boltPort, httpPort: config.httpPort };
  await writeFile(pidPath(config), JSON.stringify(recorded));
  await release(); // from here on, another command finds this server and waits for it
  let exitCode: number | null = null;
  child.on('exit', (code) => (exitCode = code ?? -1));

  const server = describe(recorded, true);
  if ((await untilBoltAnswers(server, config, () => exitCode === null)) === undefined) return server;
  if (exitCode === null) await stopLocal(config);
  await rm(pidPath(config), { force: true });
  throw new KgError(
    'NEO4J_RUNTIME',
    `The local Neo4j did not come up (${exitCode === null ? `timed out after ${config.startTimeoutMs / 1000} s` : `exited with ${exitCode}`}). ` +
      `Last lines of ${logPath(config)}:\n${lastLines(serverLog(config), 20)}`,
  );
}

/** resolves once Bolt answers (undefined), or to why it will not: the process ended, or the time is up */
async function untilBoltAnswers(
  server: LocalServer,
  config: LocalNeo4jConfig,
  alive: () => boolean,
): Promise<string | undefined> {
  const deadline = Date.now() + config.startTimeoutMs;
  while (!(await boltAnswers(server.boltUri))) {
    if (!alive()) return 'exited';
    if (Date.now() > deadline)
      return `did not answer on ${server.boltUri} within ${config.startTimeoutMs / 1000} s`;
    await sleep(500);
  }
  return undefined;
}

function serverLog(config: LocalNeo4jConfig): string {
  return tail(logPath(config)) || tail(join(config.homeDir, 'logs', 'console.log'));
}

/** stops the local server started from this home folder, if any; resolves to whether one was stopped */
export async function stopLocal(config: LocalNeo4jConfig): Promise<boolean> {
  const recorded = await readPidFile(config);
  if (recorded === undefined) return false;
  const alive = isNeo4jProcess(recorded.pid);
  if (alive) {
    process.kill(recorded.pid, 'SIGTERM'); // a clean shutdown: Neo4j checkpoints and releases its store locks
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isNeo4jProcess(recorded.pid) && Date.now() < deadline) await sleep(200);
    if (isNeo4jProcess(recorded.pid)) process.kill(recorded.pid, 'SIGKILL');
  }
  await rm(pidPath(config), { force: true });
  return alive;
}

function neo4jConf(config: LocalNeo4jConfig, runtime: string): string {
  const home = config.homeDir;
  return `# Written by papergraph at each start of the local server; edits here are overwritten.
server.directories.data=${join(home, 'data')}
server.directories.logs=${join(home, 'logs')}
server.directories.run=${join(home, 'run')}
server.directories.import=${join(home, 'import')}
server.directories.lib=${join(runtime, 'lib')}
server.directories.plugins=${join(runtime, 'plugins')}
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:${config.boltPort}
server.bolt.advertised_address=127.0.0.1:${config.boltPort}
server.http.listen_address=127.0.0.1:${config.httpPort}
server.http.advertised_address=127.0.0.1:${config.httpPort}
server.https.enabled=false
# the local default listens on 127.0.0.1 only, so it runs without a password
dbms.security.auth_enabled=false
dbms.security.procedures.unrestricted=apoc.*
server.memory.pagecache.size=${config.pageCache}
db.transaction.timeout=60s
# Neo4j Browser opens the PaperGraph guide that the API serves
browser.post_connect_cmd=play http://localhost:${config.apiPort}/browser-guide
browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,127.0.0.1
`;
}

async function readPidFile(config: LocalNeo4jConfig): Promise<PidFile | undefined> {
  try {
    return JSON.parse(await readFile(pidPath(config), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

function describe(recorded: PidFile, startedNow: boolean): LocalServer {
  return {
    pid: recorded.pid,
    boltUri: `bolt://127.0.0.1:${recorded.boltPort}`,
    // Browser 5.24 waits on its login form unless told that this server needs no authentication
    browserUrl: `http://localhost:${recorded.httpPort}/browser/?preselectAuthMethod=NO_AUTH`,
    startedNow,
  };
}

// the pid alone could have been reused by another program since the file was written
function isNeo4jProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('CommunityEntryPoint');
}

async function boltAnswers(uri: string): Promise<boolean> {
  // one try: the driver's retries would stretch a refused connection to 30 s and the caller's loop with it
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(
        new KgError(
          'NEO4J_RUNTIME',
          `Port ${port} on 127.0.0.1 is taken (another Neo4j?). Stop that program, set ${variable} to a free port, ` +
            'or point NEO4J_URI at the server that runs there.',
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePromise()));
  });
}

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').slice(-20_000);
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
