// The benchmarks' own Neo4j: NEO4J_URI when set, else a local server with its own home (kept between runs, so
// bench:api can reuse what bench:ingest loaded) on ports that leave the user's server alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig, type LocalNeo4jConfig } from '../src/config.ts';
import { connect, type Database } from '../src/db/connect.ts';
import { stopLocal } from '../src/db/local-server.ts';
import { migrate } from '../src/db/migrate.ts';

/** the paperlists corpus, read in place: it has no license to be copied */
export const PAPERLISTS = process.env.PAPERLISTS_DIR ?? '../shared/external/paperlists';

/** connects to the benchmark database and applies the schema; `close` also stops a server it started */
export async function benchDatabase(): Promise<{
  db: Database;
  close: () => Promise<void>;
  /** the local server's settings when this process uses one (not NEO4J_URI), so a bench may stop and start it */
  local: LocalNeo4jConfig | undefined;
}> {
  const base = loadConfig();
  const config = {
    ...base,
    local: {
      ...base.local,
      homeDir: process.env.PAPERGRAPH_BENCH_HOME ?? join(base.local.cacheDir, 'bench-neo4j'),
      boltPort: 17787,
      httpPort: 17574,
      heap: '2g',
      pageCache: '1g',
    },
  };
  const db = await connect(config, (line) => console.error(line));
  await migrate(db.driver, db.database);
  return {
    db,
    local: db.local ? config.local : undefined,
    async close() {
      await db.driver.close();
      if (db.local?.startedNow) await stopLocal(config.local);
    },
  };
}

/** the q-th quantile of already sorted numbers */
/**
 * sends `requests` requests from `clients` concurrent clients and times each; a request that fails is timed and
 * counted (the API's timeout on a large graph under load is a measurement, not a crash)
 */
export async function timedRequests(request: () => Promise<unknown>, clients: number, requests: number) {
  const times: number[] = [];
  const errors: unknown[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next++ < requests) {
        const t = performance.now();
        await request().catch((error: unknown) => errors.push(error));
        times.push(performance.now() - t);
      }
    }),
  );
  const wall = (performance.now() - started) / 1000;
  return { sorted: times.sort((a, b) => a - b), rps: times.length / wall, errors };
}

/** a GraphQL response as the bench reads it: the parsed body and the response cache's outcome header */
export interface GraphQLReply {
  body: { errors?: { message: string }[]; data?: unknown };
  cache: string | undefined;
}

// Keep-alive sockets, as any long-running client of the API holds them. node:http, not fetch: in Node 20 fetch
// (undici) takes about 0.4–0.9 ms more per request on these cores (paired loops at 10^6 papers), a cost of the
// load generator that would be counted as the API's.
// Idle sockets are unref'd by the agent, so they never hold the process open.
const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs a GraphQL request; rejects on a transport error, never on a GraphQL one (the caller reads `errors`) */
export function postGraphQL(url: string, query: string, variables?: object): Promise<GraphQLReply> {
  const target = new URL(url);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent: keepAlive,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            const cache = response.headers['x-papergraph-cache'];
            resolve({ body: JSON.parse(text), cache: typeof cache === 'string' ? cache : undefined });
          } catch {
            reject(new Error(`HTTP ${response.statusCode}: not JSON: ${text.slice(0, 200)}`));
          }
        });
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * starts `papergraph serve` from checkout `dir` on a free port against the bench database and adds it to
 * `servers`; resolves with its GraphQL URL
 */
export function servePapergraph(
  db: Database,
  servers: ChildProcess[],
  env: Record<string, string>,
  dir = '.',
): Promise<string> {
  const child = spawn(process.execPath, [join(dir, 'bin/papergraph.js'), 'serve', '--port', '0'], {
    cwd: dir,
    env: { ...process.env, NEO4J_URI: db.uri, NEO4J_DATABASE: db.database ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = /^GraphQL: (\S+)/.exec(line)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`papergraph serve exited (${code}) before it listened`)));
    setTimeout(() => reject(new Error('papergraph serve did not listen within 60 s')), 60_000).unref();
  });
}
