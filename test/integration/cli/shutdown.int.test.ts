import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../ingest/index.ts';
import { useNeo4j, databaseEnv } from '../../helpers/neo4j.ts';

const BODY = JSON.stringify({ query: '{ papers(limit: 2) { id } }' });

describe('papergraph serve shuts down gracefully', () => {
  const db = useNeo4j();
  const env = (extra: Record<string, string>) => ({
    ...databaseEnv(db),
    PORT: '0',
    ...extra,
  });
  let child: ChildProcess | undefined;

  /** starts `papergraph serve`; resolves with its port once it listens, and collects its stdout lines */
  const serve = async (extra: Record<string, string> = {}, command = 'serve') => {
    const process_ = spawn(process.execPath, ['bin/papergraph.js', command], {
      env: env(extra),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = process_;
    const lines: string[] = [];
    let stderr = '';
    process_.stderr!.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      process_.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const port = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      process_.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const parts = buffer.split('\n');
        buffer = parts.pop()!;
        for (const line of parts) {
          lines.push(line);
          const match = /^\s*GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(line);
          if (match) resolve(Number(match[1]));
        }
      });
      void exited.then(({ code }) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    return { process: process_, port, lines, exited };
  };

  /** a POST whose body is sent in two halves, the second only when `finish` is called */
  const slowPost = (port: number) => {
    let finish!: () => void;
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          port,
          host: '127.0.0.1',
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write(BODY.slice(0, 10));
      finish = () => req.end(BODY.slice(10));
    });
    response.catch(() => {});
    return { response, finish: () => finish() };
  };
  const refused = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    await ingest(['test/fixtures/abstracts.jsonl'], { driver: db.driver, batchSize: 100 });
  });
  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('on SIGTERM stops accepting, lets the request in flight finish, then exits 0', async () => {
    const server = await serve();
    const slow = slowPost(server.port);
    await sleep(300);
    server.process.kill('SIGTERM');
    await sleep(500);
    expect(await refused(server.port)).toBe(true);
    expect(child!.exitCode).toBeNull();
    const finished = Date.now();
    slow.finish();
    const { status, body } = await slow.response;
    expect(status).toBe(200);
    expect(JSON.parse(body).data.papers).toHaveLength(2);
    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - finished).toBeLessThan(3_000);
    const logs = server.lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(logs.map((line) => line.msg)).toEqual(['shutting down', 'request', 'stopped']);
    expect(logs[1]).toMatchObject({ status: 200, operation: 'papers' });
  }, 60_000);

  it('start (on an external Neo4j) drains the same way and exits 0', async () => {
    const server = await serve({}, 'start');
    const slow = slowPost(server.port);
    await sleep(300);
    server.process.kill('SIGTERM');
    await sleep(300);
    slow.finish();
    expect((await slow.response).status).toBe(200);
    expect((await server.exited).code).toBe(0);
  }, 60_000);

  it('cuts off a request still running at the deadline and exits 1 within seconds', async () => {
    const server = await serve({ PAPERGRAPH_SHUTDOWN_GRACE: '1' });
    const slow = slowPost(server.port);
    await sleep(300);
    const signalled = Date.now();
    server.process.kill('SIGTERM');
    const { code, at } = await server.exited;
    expect(code).toBe(1);
    expect(at - signalled).toBeGreaterThanOrEqual(900);
    expect(at - signalled).toBeLessThan(4_000);
    await expect(slow.response).rejects.toThrow();
  }, 60_000);

  it('a second signal (not the echo of the first) cuts the wait short', async () => {
    const server = await serve({ PAPERGRAPH_SHUTDOWN_GRACE: '60' });
    slowPost(server.port);
    await sleep(300);
    server.process.kill('SIGTERM');
    // within a second, a repeat is taken for npm forwarding the same Ctrl-C
    await sleep(200);
    server.process.kill('SIGINT');
    await sleep(1_500);
    expect(child!.exitCode).toBeNull();
    const second = Date.now();
    server.process.kill('SIGTERM');
    const { code, at } = await server.exited;
    expect(code).toBe(1);
    expect(at - second).toBeLessThan(3_000);
  }, 60_000);
});

describe('papergraph ingest writes its totals for Prometheus', () => {
  const db = useNeo4j();

  it('writes PAPERGRAPH_INGEST_METRICS_FILE in the text format', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-ingest-metrics-'));
    const file = join(dir, 'papergraph_ingest.prom');
    const run = spawnSync(
      process.execPath,
      ['bin/papergraph.js', 'ingest', 'test/fixtures/malformed.jsonl', '--rejects', join(dir, 'r.jsonl')],
      {
        encoding: 'utf8',
        env: {
          ...databaseEnv(db),
          PAPERGRAPH_INGEST_METRICS_FILE: file,
        },
      },
    );
    expect(run.status).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('papergraph_ingest_records{result="stored"} 2');
    expect(text).toContain('papergraph_ingest_records{result="rejected"} 2');
    expect(text).toMatch(/^papergraph_ingest_batches [1-9]/m);
    expect(text).toMatch(/^papergraph_ingest_last_run_timestamp_seconds \d{10}$/m);
  });
});
