import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../ingest/index.ts';
import { createLogger, DEFAULT_RATE_LIMIT, type LogLevel } from '../../../src/api/ops/index.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../../src/api/server.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

const MNIST = 'query ByDataset { findPapers(filter: {datasets: ["MNIST"]}) { id title } }';

describe('operating the API: rate limits, request logs, metrics', () => {
  const db = useNeo4j();
  const servers: RunningServer[] = [];
  const start = async (options: Partial<ServerOptions> = {}) => {
    const server = await startServer({ driver: db.driver, database: undefined, port: 0, ...options });
    servers.push(server);
    return server;
  };
  /** a logger whose lines land in an array, parsed */
  const capture = (level: LogLevel = 'info') => {
    const lines: Record<string, any>[] = [];
    const raw: string[] = [];
    const logger = createLogger(level, {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line));
      },
    });
    return { logger, lines, raw };
  };
  const post = async (
    server: RunningServer,
    query: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Headers; body: any }> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  const scrape = async (server: RunningServer) => {
    const response = await fetch(server.url.replace('/graphql', '/metrics'));
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };
  /** the value of one sample line, e.g. `papergraph_requests_total{operation="x",outcome="ok"}` */
  const sample = (text: string, series: string): number | undefined => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };
  const limited = (points: number, extra: Partial<typeof DEFAULT_RATE_LIMIT> = {}) => ({
    ops: { rateLimit: { ...DEFAULT_RATE_LIMIT, points, windowSeconds: 60, loopback: true, ...extra } },
  });

  beforeAll(async () => {
    await ingest(['test/fixtures/abstracts.jsonl'], { driver: db.driver, batchSize: 100 });
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  describe('rate limiting', () => {
    it('leaves loopback clients alone unless told to count them', async () => {
      const server = await start({ ops: { rateLimit: { ...DEFAULT_RATE_LIMIT, points: 1 } } });
      for (let i = 0; i < 5; i++) expect((await post(server, '{ __typename }')).status).toBe(200);
    });

    it('answers 429 with Retry-After and a RATE_LIMITED error once the budget is spent', async () => {
      const server = await start(limited(5));
      const statuses: number[] = [];
      let refused: Awaited<ReturnType<typeof post>> | undefined;
      for (let i = 0; i < 6 && !refused; i++) {
        const result = await post(server, '{ __typename }');
        statuses.push(result.status);
        if (result.status === 429) refused = result;
      }
      expect(statuses[0]).toBe(200);
      expect(refused).toBeDefined();
      const retryAfter = Number(refused!.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused!.body).toEqual({
        errors: [
          { message: expect.stringMatching(/try again/), extensions: { code: 'RATE_LIMITED', retryAfter } },
        ],
      });
    });

    it('weighs a request by its estimated cost, refusing an expensive one before it runs', async () => {
      const server = await start(limited(200));
      // 1 point for the request plus a cost of 100 (a root field, one Neo4j query) + 20 × 2 = 141
      const query = '{ papers(limit: 20) { id } }';
      const first = await post(server, query);
      expect(first.status).toBe(200);
      const second = await post(server, query);
      expect(second.status).toBe(429);
      expect(second.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(second.body.data).toBeUndefined();
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // a cheap request still fits in what is left
      expect((await post(server, '{ __typename }')).status).toBe(200);
    });

    it('keeps a budget per client address (X-Forwarded-For when a proxy is trusted)', async () => {
      // { __typename } costs 1 point (the request; it reads nothing), so the third from one address is refused
      const server = await start(limited(2, { trustProxy: true }));
      const from = (address: string) => post(server, '{ __typename }', { 'x-forwarded-for': address });
      const statuses = async (address: string) => {
        const seen: number[] = [];
        for (let i = 0; i < 3; i++) seen.push((await from(address)).status);
        return seen;
      };
      expect(await statuses('203.0.113.7')).toContain(429);
      expect((await from('203.0.113.8')).status).toBe(200);
    });
  });

  describe('request logs', () => {
    it('writes one JSON line per request with id, operation, cost, duration, cache, status', async () => {
      const { logger, lines } = capture();
      const server = await start({
        ops: { logger },
        cache: { entries: 100, maxBytes: 1_000_000, ttlMs: 60_000 },
      });
      const first = await post(server, MNIST);
      const second = await post(server, MNIST, { 'x-request-id': 'edge-1234.abc' });
      expect(first.status).toBe(200);
      const id = first.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.headers.get('x-request-id')).toBe('edge-1234.abc');
      const requests = lines.filter((line) => line.msg === 'request');
      expect(requests).toHaveLength(2);
      expect(requests[0]).toMatchObject({
        level: 'info',
        reqId: id,
        method: 'POST',
        path: '/graphql',
        operation: 'ByDataset',
        status: 200,
        cache: 'miss',
        cost: expect.any(Number),
        durationMs: expect.any(Number),
      });
      expect(requests[0]!.cost).toBeGreaterThan(0);
      expect(requests[0]!.code).toBeUndefined();
      expect(requests[1]).toMatchObject({
        reqId: 'edge-1234.abc',
        operation: 'ByDataset',
        cost: requests[0]!.cost,
        cache: 'hit',
        status: 200,
      });
      expect(first.headers.get('x-papergraph-cost')).toBe(String(requests[0]!.cost));
    });

    it('replaces an incoming request id that is not plain and short', async () => {
      const { logger, lines } = capture();
      const server = await start({ ops: { logger } });
      const { headers } = await post(server, '{ __typename }', {
        'x-request-id': `<script>${'x'.repeat(300)}`,
      });
      expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.at(-1)!.reqId).toBe(headers.get('x-request-id'));
    });

    it('logs the error code, the root field of an unnamed operation, and neither abstracts nor query text at info', async () => {
      const { logger, lines, raw } = capture();
      const server = await start({ ops: { logger } });
      const secret = 'zebrafish-larvae-secret-search';
      await post(server, `{ searchPapers(text: "${secret}", limit: 5) { paper { id } } }`);
      const bad = await post(server, '{ papers(limit: 1000) { id } }');
      expect(bad.status).toBe(400);
      const abstracts = await post(server, '{ papers(limit: 3) { abstract } }');
      const someAbstract: string = abstracts.body.data.papers[0].abstract;
      const requests = lines.filter((line) => line.msg === 'request');
      expect(requests.map((line) => [line.operation, line.status, line.code])).toEqual([
        ['searchPapers', 200, undefined],
        ['papers', 400, 'BAD_USER_INPUT'],
        ['papers', 200, undefined],
      ]);
      const all = raw.join('');
      expect(all).not.toContain(secret);
      expect(all).not.toContain(someAbstract.slice(0, 40));
    });

    it('adds the query text at debug level', async () => {
      const { logger, lines } = capture('debug');
      const server = await start({ ops: { logger } });
      await post(server, '{ papers(limit: 1) { id } }');
      expect(lines.find((line) => line.msg === 'request')!.query).toBe('{ papers(limit: 1) { id } }');
    });

    it('logs a rate-limited request with its code', async () => {
      const { logger, lines } = capture();
      const server = await start({ ...limited(1), ops: { ...limited(1).ops, logger } });
      await post(server, '{ __typename }');
      await post(server, '{ __typename }');
      expect(
        lines.filter((line) => line.msg === 'request').map((line) => [line.status, line.code]),
      ).toContainEqual([429, 'RATE_LIMITED']);
    });
  });

  describe('metrics', () => {
    it('serves Prometheus text with requests by operation and outcome, cache, Neo4j and graph version', async () => {
      const server = await start({ cache: { entries: 100, maxBytes: 1_000_000, ttlMs: 60_000 } });
      await post(server, MNIST);
      await post(server, MNIST);
      await post(server, '{ papers(limit: 1000) { id } }');
      const { status, type, text } = await scrape(server);
      expect(status).toBe(200);
      expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(sample(text, 'papergraph_requests_total{operation="ByDataset",outcome="ok"}')).toBe(2);
      expect(sample(text, 'papergraph_requests_total{operation="papers",outcome="BAD_USER_INPUT"}')).toBe(1);
      expect(
        sample(text, 'papergraph_request_duration_seconds_count{operation="ByDataset",outcome="ok"}'),
      ).toBe(2);
      expect(sample(text, 'papergraph_response_cache_total{outcome="miss"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'papergraph_response_cache_total{outcome="hit"}')).toBe(1);
      // the MNIST miss ran one read transaction at least; none is running while we scrape
      expect(
        sample(text, 'papergraph_neo4j_transaction_duration_seconds_count{kind="read"}'),
      ).toBeGreaterThan(0);
      expect(sample(text, 'papergraph_neo4j_transactions_in_flight')).toBe(0);
      const { records } = await db.driver.executeQuery(
        "MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version",
      );
      expect(sample(text, 'papergraph_graph_version')).toBe(records[0]!.get('version'));
      expect(text).toContain('papergraph_process_cpu_seconds_total');
    });

    it('counts refused requests, and caps the operation names it keeps apart', async () => {
      const server = await start(limited(1_000_000));
      for (let i = 0; i < 105; i++) await post(server, `query Op${i} { __typename }`);
      const { text } = await scrape(server);
      const operations = new Set(
        [...text.matchAll(/^papergraph_requests_total\{operation="([^"]*)"/gm)].map((match) => match[1]),
      );
      expect(operations.size).toBeLessThanOrEqual(101);
      expect(sample(text, 'papergraph_requests_total{operation="other",outcome="ok"}')).toBeGreaterThan(0);

      // the scrape comes from loopback too: the refused client is another address behind a trusted proxy
      const tight = await start(limited(1, { trustProxy: true }));
      await post(tight, '{ __typename }', { 'x-forwarded-for': '198.51.100.1' });
      await post(tight, '{ __typename }', { 'x-forwarded-for': '198.51.100.1' });
      expect(sample((await scrape(tight)).text, 'papergraph_rate_limited_total')).toBeGreaterThanOrEqual(1);
    });

    it('can be turned off', async () => {
      const server = await start({ ops: { metrics: false } });
      expect((await scrape(server)).status).toBe(404);
    });
  });
});
