// What one bad request and one database outage do to everyone else, measured on `papergraph serve` in its own
// process (response cache off) over the bench graph (the sample corpus is loaded when it is empty).
//   1. Stall: 16 clients send `{ __typename }`, first alone (the baseline), then while 5 attackers send the
//      heaviest requests there are: a 990 KB question, a 2^20 fragment fan-out, 2,000 aliases, a deep nested
//      list, the largest page of abstracts. Printed: p50/p99 of the 16 clients, and the ratio to the baseline.
//   2. Mixed load: 64 clients send a mix of every query for 30 s (uncached). Printed: errors, p50/p99, req/s.
//   3. Outage (local bench server only): 16 clients run findPapers while Neo4j is stopped and started again.
//      Printed: how fast requests fail during the outage, and how long after /health turns 200 the clients are
//      back to 90% of their throughput before the outage.
// Run: npm run bench:hardening   (PAPERGRAPH_BENCH_SERVER_DIR=<checkout> measures another version's server,
// PAPERGRAPH_BENCH_PARTS=stall or outage runs one part)
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ingest } from '../ingest/index.ts';
import { startLocal, stopLocal } from '../src/db/local-server.ts';
import { benchDatabase, quantile, servePapergraph } from './bench-db.ts';

const CLIENTS = 16;
const LIGHT_TIMEOUT_MS = 15_000;
const SERVER_DIR = process.env.PAPERGRAPH_BENCH_SERVER_DIR ?? '.';
// an old server may never get through the stall part, so the outage can be measured alone
const PARTS = (process.env.PAPERGRAPH_BENCH_PARTS ?? 'stall,mixed,outage').split(',');
const MIXED_CLIENTS = 64;
const MIXED_SECONDS = Number(process.env.PAPERGRAPH_BENCH_MIXED_SECONDS ?? 30);
const FIND = `{ findPapers(filter: {datasets: ["MNIST"]}, limit: 10) { id title } }`;

const { db, close, local } = await benchDatabase();
const servers: ChildProcess[] = [];
try {
  const { records } = await db.driver.executeQuery('MATCH (p:Paper) RETURN count(p) AS n', {}, {});
  if (Number(records[0]!.get('n')) === 0) {
    await ingest(['data/sample-abstracts.txt'], { driver: db.driver, database: db.database, batchSize: 500 });
  }
  const url = await servePapergraph(db, servers, { PAPERGRAPH_RESPONSE_CACHE_ENTRIES: '0' }, SERVER_DIR);
  console.log(`server: ${SERVER_DIR}; ${CLIENTS} clients`);
  if (PARTS.includes('stall')) await stall(url);
  if (PARTS.includes('mixed')) await mixed(url);
  if (!PARTS.includes('outage')) console.log('\noutage: skipped');
  else if (local) await outage(url);
  else console.log('\noutage: skipped (NEO4J_URI is set; the bench can only stop a server it started)');
} finally {
  for (const server of servers) server.kill('SIGKILL');
  await Promise.all(servers.map((server) => (server.exitCode === null ? once(server, 'exit') : undefined)));
  await close();
}

/** 16 light clients alone, then beside 5 attackers */
async function stall(url: string): Promise<void> {
  const light = async (seconds: number) => {
    const times: number[] = [];
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < until) {
          const began = performance.now();
          await post(url, '{ __typename }');
          times.push(performance.now() - began);
        }
      }),
    );
    return times.sort((a, b) => a - b);
  };
  const attacks = attackBodies();
  // attackers are cut off when the light clients are done: an old server may take minutes on one request
  const stopAttack = new AbortController();
  const attacker = async (body: string) => {
    let answered = 0;
    while (!stopAttack.signal.aborted) {
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: stopAttack.signal,
      }).then(
        async (response) => (await response.arrayBuffer(), answered++),
        () => undefined,
      );
    }
    return answered;
  };
  await light(2); // warm-up
  const baseline = await light(10);
  const running = attacks.map(({ body }) => attacker(body));
  const attacked = await light(10);
  stopAttack.abort();
  const sent = await Promise.all(running);
  console.log('\nstall: { __typename } latency for 16 clients');
  const row = (name: string, times: number[]) =>
    console.log(
      `${name.padEnd(38)} p50 ${quantile(times, 0.5).toFixed(1).padStart(7)} ms   p99 ${quantile(times, 0.99)
        .toFixed(1)
        .padStart(
          7,
        )} ms   max ${times[times.length - 1]!.toFixed(0).padStart(6)} ms   ${(times.length / 10).toFixed(0)} req/s`,
    );
  row('alone', baseline);
  row('beside 5 attackers', attacked);
  console.log(
    `ratio attacked / alone: p50 ${(quantile(attacked, 0.5) / quantile(baseline, 0.5)).toFixed(2)}×, ` +
      `p99 ${(quantile(attacked, 0.99) / quantile(baseline, 0.99)).toFixed(2)}×`,
  );
  console.log(`attack requests answered: ${attacks.map(({ name }, i) => `${name} ${sent[i]}`).join(', ')}`);
}

/** the heaviest requests a client can send */
function attackBodies(): { name: string; body: string }[] {
  const fanOut =
    Array.from({ length: 20 }, (_, i) => `fragment F${i} on Paper { ...F${i + 1} ...F${i + 1} }`).join(' ') +
    ' fragment F20 on Paper { id title }';
  const attacks = [
    {
      name: '990 KB question',
      query: 'query($q: String!) { ask(question: $q) { interpretation } }',
      variables: { q: 'papers using cora that propose alternatives to backprop '.repeat(17_500) },
    },
    { name: 'fan-out', query: `{ papers(limit: 1) { ...F0 } } ${fanOut}` },
    {
      name: '2,000 aliases',
      query: `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    },
    { name: 'nested lists', query: '{ papers { uses { usedIn { uses { id } } } } }' },
    { name: 'largest page', query: '{ papers(limit: 100) { id title abstract } }' },
  ];
  return attacks.map(({ name, query, variables }) => ({ name, body: JSON.stringify({ query, variables }) }));
}

/** 64 clients, every kind of query, random papers and names: nothing may fail */
async function mixed(url: string): Promise<void> {
  const { records } = await db.driver.executeQuery(
    'MATCH (p:Paper) WITH p ORDER BY p.id LIMIT 5000 RETURN collect(p.id) AS ids',
  );
  const ids = records[0]!.get('ids') as string[];
  const names = ['MNIST', 'Cora', 'backprop', 'transformer', 'graph neural network', 'CIFAR-10', 'BERT'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const requests: (() => { query: string; variables?: object })[] = [
    () => ({
      query: 'query($n: String!) { findPapers(filter: {methods: [$n]}, limit: 10) { id title } }',
      variables: { n: pick(names) },
    }),
    () => ({
      query: 'query($n: String!) { papers(limit: 10, where: {uses: {some: {name: {eq: $n}}}}) { id title } }',
      variables: { n: pick(names) },
    }),
    () => ({
      query: 'query($q: String!) { ask(question: $q) { interpretation papers { id } } }',
      variables: { q: `papers using ${pick(names)} that propose alternatives to ${pick(names)}` },
    }),
    () => ({
      query: 'query($id: ID!) { relatedPapers(id: $id) { score reasons paper { id } } }',
      variables: { id: pick(ids) },
    }),
    () => ({
      query: 'query($l: [ID!]!) { recommendPapers(liked: $l) { score paper { id } } }',
      variables: { l: [pick(ids), pick(ids)] },
    }),
    () => ({
      query: 'query($t: String!) { searchPapers(text: $t) { score paper { title } } }',
      variables: { t: pick(names) },
    }),
    () => ({
      query: 'query($n: String!) { resolveConcepts(name: $n) { name kind } }',
      variables: { n: pick(names) },
    }),
  ];
  const times: number[] = [];
  const errors = new Map<string, number>();
  const until = performance.now() + MIXED_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: MIXED_CLIENTS }, async () => {
      while (performance.now() < until) {
        const began = performance.now();
        const outcome = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(pick(requests)()),
          signal: AbortSignal.timeout(LIGHT_TIMEOUT_MS),
        }).then(
          async (response) => {
            const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
            return body.errors
              ? String(body.errors[0]!.extensions?.code)
              : response.ok
                ? ''
                : `${response.status}`;
          },
          (error: Error) => error.name,
        );
        times.push(performance.now() - began);
        if (outcome) errors.set(outcome, (errors.get(outcome) ?? 0) + 1);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const failed = [...errors].map(([code, count]) => `${code} ${count}`).join(', ');
  console.log(`\nmixed: ${MIXED_CLIENTS} clients, ${MIXED_SECONDS} s, every kind of query, uncached`);
  console.log(
    `${times.length} requests, ${(times.length / MIXED_SECONDS).toFixed(0)} req/s, p50 ${quantile(
      times,
      0.5,
    ).toFixed(0)} ms, p99 ${quantile(times, 0.99).toFixed(0)} ms, errors: ${failed || '0'}`,
  );
}

/** 16 clients on findPapers while Neo4j stops and starts */
async function outage(url: string): Promise<void> {
  const config = local!;
  const events: { at: number; ms: number; status: number }[] = [];
  let stop = false;
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (!stop) {
      const began = performance.now();
      const status = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: FIND }),
      }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      events.push({ at: began, ms: performance.now() - began, status });
      // a client told to wait does, briefly, as a real one would
      if (status === 503) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  const health = async () =>
    (await fetch(url.replace('/graphql', '/health'))
      .then((response) => response.status)
      .catch(() => 0)) === 200;
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const stopAt = performance.now();
  await stopLocal(config);
  const stoppedAt = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const startAt = performance.now();
  const starting = startLocal(config, () => {});
  let upAt = 0;
  while (!upAt) {
    if (await health()) upAt = performance.now();
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await starting;
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  stop = true;
  await Promise.all(clients);

  const ok = (event: { status: number }) => event.status === 200;
  const before = events.filter((event) => event.at < stopAt - 1_000 && event.at > stopAt - 5_000);
  const beforeRate = before.filter(ok).length / 4;
  const during = events.filter((event) => event.at > stoppedAt + 500 && event.at < startAt).map((e) => e.ms);
  during.sort((a, b) => a - b);
  const failedStatuses = new Set(
    events.filter((event) => event.at > stoppedAt && event.at < upAt && !ok(event)).map((e) => e.status),
  );
  // throughput in 250 ms windows after /health turned 200: when do clients reach 90% of the rate before?
  let recoveredAfter = NaN;
  for (let t = upAt; t < upAt + 5_000; t += 250) {
    const rate = events.filter((event) => ok(event) && event.at >= t && event.at < t + 250).length * 4;
    if (rate >= 0.9 * beforeRate) {
      recoveredAfter = t + 250 - upAt;
      break;
    }
  }
  const firstSuccess = Math.min(
    ...events.filter((event) => ok(event) && event.at >= stoppedAt).map((event) => event.at + event.ms),
  );
  console.log('\noutage: 16 clients on findPapers, Neo4j stopped for about 3 s and started again');
  console.log(`before: ${beforeRate.toFixed(0)} req/s`);
  console.log(
    `while down: ${during.length} requests failed, p50 ${quantile(during, 0.5).toFixed(1)} ms, p99 ${quantile(
      during,
      0.99,
    ).toFixed(1)} ms, statuses ${[...failedStatuses].join(', ')}`,
  );
  const after = events.filter((event) => event.at >= upAt);
  const afterStatuses = new Map<number, number>();
  for (const event of after) afterStatuses.set(event.status, (afterStatuses.get(event.status) ?? 0) + 1);
  const afterTimes = after.map((event) => event.ms).sort((a, b) => a - b);
  console.log(
    `after /health turned 200: statuses ${[...afterStatuses].map(([status, n]) => `${status} ×${n}`).join(', ')}, ` +
      `p50 ${quantile(afterTimes, 0.5).toFixed(0)} ms, p99 ${quantile(afterTimes, 0.99).toFixed(0)} ms`,
  );
  console.log(
    `after /health turned 200: first success after ${(firstSuccess - upAt).toFixed(0)} ms; ` +
      `90% of the throughput before within ${recoveredAfter.toFixed(0)} ms`,
  );
}

/** one request; a stalled server's answer is waited for at most LIGHT_TIMEOUT_MS, which is then its time */
async function post(url: string, query: string): Promise<void> {
  await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(LIGHT_TIMEOUT_MS),
  }).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  );
}
