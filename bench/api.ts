// API latency on the paperlists graph (load it with `npm run bench:ingest`), 16 concurrent clients over HTTP:
// findPapers for the headline question beside the same question through the generated filters and as raw Cypher
// through the driver (the floor), then relatedPapers and recommendPapers. Run: npm run bench:api
import { startServer } from '../src/api/server.ts';
import { benchDatabase, quantile } from './bench-db.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 800);

const FIND = `{ findPapers(filter: {datasets: ["MNIST"], proposesAlternativeTo: ["backprop"]}, limit: 20) { id title } }`;
const GENERATED = `{ papers(limit: 20, where: {evaluatesOn: {some: {name: {eq: "MNIST"}}},
  proposes: {some: {alternativeTo: {some: {name: {eq: "Backpropagation"}}}}}}) { id title } }`;
const RAW = `MATCH (:Alias {key: 'mnist'})-[:NAMES]->(d:Dataset)<-[:EVALUATES_ON|INTRODUCES]-(p:Paper)
  WHERE EXISTS { MATCH (p)-[:PROPOSES]->(:Method)-[:ALTERNATIVE_TO]->(:Method {id: 'method:backpropagation'}) }
  RETURN DISTINCT p.id AS id, p.title AS title LIMIT 20`;

const { db, close } = await benchDatabase();
const server = await startServer({ driver: db.driver, database: db.database, port: 0 });
try {
  const { records } = await db.driver.executeQuery(
    'MATCH (p:Paper) RETURN p.id AS id ORDER BY p.id',
    {},
    { database: db.database },
  );
  const ids = records.map((r) => r.get('id') as string);
  if (ids.length < 1000)
    throw new Error(`the bench graph holds ${ids.length} papers: run npm run bench:ingest first`);
  console.log(`graph: ${ids.length} papers; ${CLIENTS} concurrent clients, ${REQUESTS} requests per query`);
  // a fixed pseudo-random sequence, so runs are comparable
  let seed = 42;
  const pick = () => ids[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % ids.length]!;

  const post = async (query: string, variables?: object) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0]!.message);
  };
  const measure = async (name: string, request: () => Promise<unknown>) => {
    for (let i = 0; i < 100; i++) await request(); // warm the plan caches and the JIT of a freshly started server
    const times: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next++ < REQUESTS) {
          const t = performance.now();
          await request();
          times.push(performance.now() - t);
        }
      }),
    );
    const wall = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const row = { name, p50: quantile(times, 0.5), p99: quantile(times, 0.99), rps: times.length / wall };
    console.log(
      `${name.padEnd(34)} p50 ${row.p50.toFixed(1).padStart(6)} ms   p99 ${row.p99.toFixed(1).padStart(6)} ms   ${row.rps.toFixed(0).padStart(5)} req/s`,
    );
    return row;
  };

  const raw = await measure('raw Cypher (driver, no HTTP)', () =>
    db.driver.executeQuery(RAW, {}, { database: db.database, routing: 'READ' }),
  );
  const find = await measure('findPapers (headline)', () => post(FIND));
  const generated = await measure('generated filters (headline)', () => post(GENERATED));
  await measure('relatedPapers', () =>
    post('query($id: ID!) { relatedPapers(id: $id, limit: 10) { score reasons paper { id title } } }', {
      id: pick(),
    }),
  );
  await measure('recommendPapers (3 liked, 1 disliked)', () =>
    post(
      'query($l: [ID!]!, $d: [ID!]) { recommendPapers(liked: $l, disliked: $d, limit: 10) { score reasons paper { id } } }',
      {
        l: [pick(), pick(), pick()],
        d: [pick()],
      },
    ),
  );
  await measure('ask (headline)', () =>
    post('{ ask(question: "papers using MNIST that propose alternatives to backprop") { papers { id } } }'),
  );
  console.log(
    `ratios at p50: findPapers / raw ${(find.p50 / raw.p50).toFixed(1)}×, generated / findPapers ${(generated.p50 / find.p50).toFixed(1)}×`,
  );
} finally {
  await server.stop();
  await close();
}
