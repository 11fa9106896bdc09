import { createServer, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { drain, trackRequests } from '../../../../src/api/ops/shutdown.ts';
import { requestId } from '../../../../src/api/ops/logging.ts';
import { ClientLimiter, clientAddress, isLoopback } from '../../../../src/api/ops/rate-limit.ts';
import { loadConfig } from '../../../../src/config.ts';
import { KgError } from '../../../../src/errors.ts';
import { ingestMetricsText } from '../../../../src/cli/ingest-metrics.ts';

describe('ops settings in loadConfig', () => {
  it('defaults: info logs, metrics on, rate limit on but not for loopback, 10 s grace', () => {
    expect(loadConfig({}).ops).toEqual({
      logLevel: 'info',
      metrics: true,
      rateLimit: { enabled: true, points: 100_000, windowSeconds: 60, loopback: false, trustProxy: false },
      shutdownGraceMs: 10_000,
      ingestMetricsFile: undefined,
    });
  });

  it('reads every setting', () => {
    const { ops } = loadConfig({
      PAPERGRAPH_LOG_LEVEL: 'DEBUG',
      PAPERGRAPH_METRICS: 'off',
      PAPERGRAPH_RATE_LIMIT: 'on',
      PAPERGRAPH_RATE_LIMIT_POINTS: '500',
      PAPERGRAPH_RATE_LIMIT_WINDOW: '10',
      PAPERGRAPH_RATE_LIMIT_LOOPBACK: 'true',
      PAPERGRAPH_TRUST_PROXY: '1',
      PAPERGRAPH_SHUTDOWN_GRACE: '3',
      PAPERGRAPH_INGEST_METRICS_FILE: '/var/lib/node_exporter/papergraph.prom',
    });
    expect(ops).toEqual({
      logLevel: 'debug',
      metrics: false,
      rateLimit: { enabled: true, points: 500, windowSeconds: 10, loopback: true, trustProxy: true },
      shutdownGraceMs: 3_000,
      ingestMetricsFile: '/var/lib/node_exporter/papergraph.prom',
    });
  });

  it('names each bad ops setting in the one CONFIG_INVALID error', () => {
    const bad = {
      PAPERGRAPH_LOG_LEVEL: 'loud',
      PAPERGRAPH_RATE_LIMIT: 'maybe',
      PAPERGRAPH_RATE_LIMIT_POINTS: '0',
      PAPERGRAPH_SHUTDOWN_GRACE: '-1',
    };
    let error: unknown;
    try {
      loadConfig(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KgError);
    for (const name of Object.keys(bad)) expect((error as Error).message).toContain(name);
  });
});

describe('request ids', () => {
  it.each([
    ['abc-123', 'abc-123'],
    ['edge.01:req_9', 'edge.01:req_9'],
  ])('keeps a plain incoming id: %s', (incoming, expected) => expect(requestId(incoming)).toBe(expected));

  it.each([[undefined], [''], ['has space'], ['<b>'], ['x'.repeat(129)], [['a', 'b']]])(
    'replaces %j with a UUID',
    (incoming) => expect(requestId(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f-]{27}$/),
  );
});

describe('client addresses', () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    }) as unknown as IncomingMessage;

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['::ffff:192.0.2.1', false],
  ])('%s is loopback: %s', (address, expected) => expect(isLoopback(address)).toBe(expected));

  it('uses the socket address unless a proxy is trusted, then the address the proxy saw', () => {
    expect(clientAddress(request('10.0.0.2', '198.51.100.9'), false)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 198.51.100.9'), true)).toBe('198.51.100.9');
    // a forged, unparseable value falls back to the socket
    expect(clientAddress(request('10.0.0.2', 'nonsense'), true)).toBe('10.0.0.2');
  });
});

describe('ClientLimiter', () => {
  const settings = { enabled: true, points: 10, windowSeconds: 60, loopback: false, trustProxy: false };

  it('spends points per client and says how long to wait once they are spent', async () => {
    const limiter = new ClientLimiter(settings);
    expect(await limiter.take('192.0.2.1', 6)).toBe(0);
    const wait = await limiter.take('192.0.2.1', 6);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // the refused 6 points were given back; another client is untouched
    expect(await limiter.take('192.0.2.1', 4)).toBe(0);
    expect(await limiter.take('192.0.2.2', 10)).toBe(0);
  });

  it('applies to loopback clients only when told to, and to nobody when off', () => {
    expect(new ClientLimiter(settings).applies('127.0.0.1')).toBe(false);
    expect(new ClientLimiter(settings).applies('192.0.2.1')).toBe(true);
    expect(new ClientLimiter({ ...settings, loopback: true }).applies('::1')).toBe(true);
    expect(new ClientLimiter({ ...settings, enabled: false }).applies('192.0.2.1')).toBe(false);
  });
});

describe('drain', () => {
  it('resolves at once when nothing is in flight, and stops listening', async () => {
    const server = createServer((_, response) => response.end('ok'));
    const tracker = trackRequests(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
    const started = Date.now();
    expect(await drain(server, tracker, 5_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server.listening).toBe(false);
  });

  it('waits for a request in flight, up to the deadline', async () => {
    let release!: () => void;
    const server = createServer((_, response) => {
      release = () => response.end('late');
    });
    const tracker = trackRequests(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const answer = fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
    await expect.poll(() => tracker.inFlight()).toBe(1);
    setTimeout(() => release(), 300);
    expect(await drain(server, tracker, 5_000)).toBe(true);
    expect(await answer).toBe('late');

    const stuck = createServer(() => {});
    const stuckTracker = trackRequests(stuck);
    await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
    const stuckPort = (stuck.address() as { port: number }).port;
    const cut = fetch(`http://127.0.0.1:${stuckPort}/`);
    await expect.poll(() => stuckTracker.inFlight()).toBe(1);
    const started = Date.now();
    expect(await drain(stuck, stuckTracker, 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(cut).rejects.toThrow();
  });
});

describe('ingest metrics', () => {
  it('writes the last run as gauges in Prometheus text', async () => {
    const text = await ingestMetricsText(
      {
        read: 10,
        stored: 7,
        skipped: 2,
        rejected: 1,
        relationships: 30,
        preExtracted: 4,
        batches: 2,
        file: 'x',
      },
      1.5,
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(text).toContain('# TYPE papergraph_ingest_records gauge');
    expect(text).toContain('papergraph_ingest_records{result="stored"} 7');
    expect(text).toContain('papergraph_ingest_records{result="skipped"} 2');
    expect(text).toContain('papergraph_ingest_relationships 30');
    expect(text).toContain('papergraph_ingest_pre_extracted_records 4');
    expect(text).toContain('papergraph_ingest_duration_seconds 1.5');
    expect(text).toContain('papergraph_ingest_last_run_timestamp_seconds 1767225600');
  });
});
