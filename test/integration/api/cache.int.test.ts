import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../ingest/index.ts';
import { startServer, type RunningServer } from '../../../src/api/server.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

const SEARCH = '{ searchPapers(text: "zebrafish", limit: 10) { paper { id } } }';

describe('response cache', () => {
  const db = useNeo4j();
  const servers: RunningServer[] = [];
  const start = async (entries: number, ttlMs: number, maxBytes = 1_000_000) => {
    const server = await startServer({
      driver: db.driver,
      database: undefined,
      port: 0,
      cache: { entries, ttlMs, maxBytes },
    });
    servers.push(server);
    return server;
  };
  let server: RunningServer;
  const post = async (query: string, target = server) => {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
    return { outcome: response.headers.get('x-papergraph-cache'), body };
  };
  const ids = (body: { data?: any }) =>
    (body.data.searchPapers as { paper: { id: string } }[]).map((hit) => hit.paper.id).sort();

  beforeAll(async () => {
    await ingest(['test/fixtures/abstracts.jsonl'], { driver: db.driver, batchSize: 100 });
    server = await start(100, 60_000);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('answers a repeated request from the cache, with the same body', async () => {
    const first = await post('{ findPapers(filter: {datasets: ["MNIST"]}) { id title } }');
    const second = await post('{ findPapers(filter: {datasets: ["MNIST"]}) { id title } }');
    expect(first.outcome).toBe('miss');
    expect(second.outcome).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(first.body.data.findPapers.length).toBeGreaterThan(0);
  });

  it('runs identical concurrent requests once', async () => {
    const query = '{ findPapers(filter: {datasets: ["CIFAR-10"]}) { id } }';
    const outcomes = (await Promise.all(Array.from({ length: 8 }, () => post(query)))).map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'miss')).toHaveLength(1);
    expect(outcomes.every((o) => o === 'miss' || o === 'shared' || o === 'hit')).toBe(true);
  });

  it('never keeps an error', async () => {
    const query = '{ findPapers(filter: {datasets: ["MNIST"]}, limit: 1000) { id } }';
    for (let i = 0; i < 2; i++) {
      const { outcome, body } = await post(query);
      expect(outcome).toBe('miss');
      expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('drops what it kept once an ingest changes the graph', async () => {
    expect(ids((await post(SEARCH)).body)).toEqual([]);
    expect((await post(SEARCH)).outcome).toBe('hit');
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-cache-'));
    const file = join(dir, 'more.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'fx-zebrafish', title: 'Zebrafish Tracking with Graph Networks', abstract: 'We track zebrafish larvae with a graph convolutional network trained on MNIST.' })}\n`,
    );
    await ingest([file], { driver: db.driver, batchSize: 100 });
    // the cache reads the graph version every second
    await expect
      .poll(async () => ids((await post(SEARCH)).body), { timeout: 5_000, interval: 200 })
      .toEqual(['fx-zebrafish']);
  });

  it('keeps no response over its byte budget', async () => {
    const tight = await start(100, 60_000, 40);
    const query = '{ findPapers(filter: {datasets: ["MNIST"]}) { id title } }';
    expect((await post(query, tight)).outcome).toBe('miss');
    expect((await post(query, tight)).outcome).toBe('miss');
  });

  it('serves only JSON POSTs, so a request Apollo refuses is never answered from the cache', async () => {
    const query = '{ findPapers(filter: {datasets: ["MNIST"]}) { id } }';
    await post(query);
    const plain = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query }),
    });
    expect(plain.headers.get('x-papergraph-cache')).toBe('bypass');
    expect(plain.status).toBe(400);
  });

  it('evicts the least recently used response beyond its size, and expires entries after their time', async () => {
    const small = await start(2, 1_000);
    const query = (name: string) => `{ resolveConcepts(name: "${name}") { name } }`;
    for (const name of ['MNIST', 'Cora', 'MNIST', 'CIFAR-10']) await post(query(name), small);
    // MNIST was used after Cora, so Cora is the one that made room for CIFAR-10
    expect((await post(query('MNIST'), small)).outcome).toBe('hit');
    expect((await post(query('Cora'), small)).outcome).toBe('miss');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await post(query('Cora'), small)).outcome).toBe('miss');
  });
});
