// API latency on the paperlists graph (load it with `npm run bench:ingest`), 16 concurrent clients over HTTP.
// The API runs as `papergraph serve` in its own processes, one with the response cache off and one with it on, so
// the load generator does not share the server's event loop. Measured in the same run: the headline question as
// raw Cypher through the driver (the floor), through findPapers, the generated filters and ask; relatedPapers and
// recommendPapers for random papers; leaderboard, topConcepts and conceptTrend by one client and by 16; then the
// cached server on repeated questions and on recommendation traffic that favours popular papers (Zipf).
// Run: npm run bench:api  (BENCH_CLIENTS, BENCH_REQUESTS to change the load; BENCH_SYNTHETIC_RESULTS=1 for
// leaderboard rows on a graph ingested without results)
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { benchDatabase, postGraphQL, quantile, servePapergraph, timedRequests } from './bench-db.ts';
import { addSyntheticResults, removeSyntheticResults } from './synthetic-results.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 800);
// another checkout's server, to compare versions on the same graph in the same conditions
const SERVER_DIR = process.env.PAPERGRAPH_BENCH_SERVER_DIR ?? '.';
// a graph ingested before the results extractor has no Result nodes: BENCH_SYNTHETIC_RESULTS=1 adds stand-ins for the
// leaderboard rows (one per paper-dataset edge) and removes them at the end
const SYNTHETIC_RESULTS = process.env.BENCH_SYNTHETIC_RESULTS === '1';

const FIND = `{ findPapers(filter: {datasets: ["MNIST"], proposesAlternativeTo: ["backprop"]}, limit: 20) { id title } }`;
const GENERATED = `{ papers(limit: 20, where: {evaluatesOn: {some: {name: {eq: "MNIST"}}},
  proposes: {some: {alternativeTo: {some: {name: {eq: "Backpropagation"}}}}}}) { id title } }`;
const ASK =
  '{ ask(question: "papers using MNIST that propose alternatives to backprop") { papers { id title } } }';
const RAW = `MATCH (:Alias {key: 'mnist'})-[:NAMES]->(d:Dataset)<-[:EVALUATES_ON|INTRODUCES]-(p:Paper)
  WHERE EXISTS { MATCH (p)-[:PROPOSES]->(:Method)-[:ALTERNATIVE_TO]->(:Method {id: 'method:backpropagation'}) }
  RETURN DISTINCT p.id AS id, p.title AS title LIMIT 20`;
// leaderboards and facets (issue #14); the graph holds Result nodes once ingested with the results extractor
const LEADERBOARD =
  '{ leaderboard(dataset: "CIFAR-10", limit: 20) { metric unit ranked entries { method value paper { id title } } } }';
const LEADERBOARD_TASK =
  '{ leaderboard(task: "machine translation", limit: 20) { metric ranked entries { method value paper { id } } } }';
const TOP_DATASETS =
  '{ topConcepts(kind: DATASET, filter: {tasks: ["node classification"]}, limit: 20) { name papers } }';
const TOP_METHODS = '{ topConcepts(kind: METHOD, filter: {datasets: ["Cora"]}, limit: 20) { name papers } }';
const TOP_BROAD =
  '{ topConcepts(kind: DATASET, filter: {tasks: ["classification"]}, limit: 20) { name papers } }';
const TREND = '{ conceptTrend(name: "GCN") { name years { year papers } } }';
const RELATED = 'query($id: ID!) { relatedPapers(id: $id, limit: 10) { score reasons paper { id title } } }';
const RECOMMEND =
  'query($l: [ID!]!, $d: [ID!]) { recommendPapers(liked: $l, disliked: $d, limit: 10) { score reasons paper { id } } }';

interface Row {
  name: string;
  p50: number;
  p99: number;
  rps: number;
}

const { db, close } = await benchDatabase();
const servers: ChildProcess[] = [];
try {
  const { records } = await db.driver.executeQuery(
    'MATCH (p:Paper) RETURN p.id AS id ORDER BY p.id',
    {},
    { database: db.database },
  );
  const ids = records.map((r) => r.get('id') as string);
  if (ids.length < 1000)
    throw new Error(`the bench graph holds ${ids.length} papers: run npm run bench:ingest first`);
  const uncached = await servePapergraph(db, servers, { PAPERGRAPH_RESPONSE_CACHE_ENTRIES: '0' }, SERVER_DIR);
  const cached = await servePapergraph(db, servers, {}, SERVER_DIR);
  console.log(
    `Node ${process.version}; graph: ${ids.length} papers; ${CLIENTS} concurrent clients, ${REQUESTS} requests per row`,
  );

  // fixed pseudo-random sequences, so runs are comparable
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const uniform = () => ids[Math.floor(random() * ids.length)]!;
  // popularity by Zipf's law (s = 1) over a shuffled order: a few papers are asked about often, most rarely
  const byPopularity = [...ids].sort(() => random() - 0.5);
  const cumulative: number[] = [];
  byPopularity.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
  const popular = () => {
    const target = random() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return byPopularity[lo]!;
  };

  const outcomes = new Map<string, number>();
  const post = async (url: string, query: string, variables?: object) => {
    const { body, cache } = await postGraphQL(url, query, variables);
    if (body.errors) throw new Error(body.errors[0]!.message);
    const outcome = cache ?? 'off';
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  };
  const measure = async (
    name: string,
    request: () => Promise<unknown>,
    clients = CLIENTS,
    requests = REQUESTS,
  ): Promise<Row> => {
    for (let i = 0; i < 100; i++) await request(); // warm the plan caches and the JIT of a freshly started server
    outcomes.clear();
    const { sorted, rps, errors } = await timedRequests(request, clients, requests);
    if (errors.length > 0) throw errors[0];
    const row = { name, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), rps };
    const hits = (outcomes.get('hit') ?? 0) + (outcomes.get('shared') ?? 0);
    const served = [...outcomes.values()].reduce((a, b) => a + b, 0);
    const cache =
      outcomes.has('off') || served === 0 ? '' : `   cache hits ${((100 * hits) / served).toFixed(0)}%`;
    console.log(
      `${name.padEnd(56)} p50 ${row.p50.toFixed(1).padStart(6)} ms   p99 ${row.p99.toFixed(1).padStart(6)} ms   ${row.rps.toFixed(0).padStart(5)} req/s${cache}`,
    );
    return row;
  };
  const recommendation = (pick: () => string) => ({ l: [pick(), pick(), pick()], d: [pick()] });

  console.log('\nno response cache');
  const raw = await measure('raw Cypher (driver, no HTTP)', () =>
    db.driver.executeQuery(RAW, {}, { database: db.database, routing: 'READ' }),
  );
  // what the API costs before any query reaches Neo4j: HTTP, parsing, validation, limits
  await measure('GraphQL floor ({ __typename }, no database)', () => post(uncached, '{ __typename }'));
  const find = await measure('findPapers (headline)', () => post(uncached, FIND));
  const generated = await measure('generated filters (headline)', () => post(uncached, GENERATED));
  await measure('ask (headline)', () => post(uncached, ASK));
  await measure('relatedPapers (random papers)', () => post(uncached, RELATED, { id: uniform() }));
  await measure('recommendPapers (3 liked, 1 disliked, random)', () =>
    post(uncached, RECOMMEND, recommendation(uniform)),
  );

  const synthetic = SYNTHETIC_RESULTS ? await addSyntheticResults(db) : 0;
  const [counts] = (
    await db.driver.executeQuery(
      'MATCH (r:Result) WITH count(r) AS results MATCH (p:Paper) WHERE p.year IS NOT NULL RETURN results, count(p) AS dated',
      {},
      { database: db.database },
    )
  ).records;
  console.log(
    `\nleaderboards and facets, no response cache (${counts!.get('results')} Result nodes` +
      `${synthetic > 0 ? `, ${synthetic} of them synthetic stand-ins` : ''}, ${counts!.get('dated')} papers with a year` +
      `${counts!.get('results') === 0 ? '; leaderboards are empty until ingest extracts results' : ''})`,
  );
  const single = (name: string, query: string) =>
    measure(`${name}, 1 client`, () => post(uncached, query), 1, 400);
  // the same conditions with no database work, to read the rows below against
  await single('GraphQL floor ({ __typename })', '{ __typename }');
  await single('leaderboard (CIFAR-10)', LEADERBOARD);
  await single('leaderboard (machine translation)', LEADERBOARD_TASK);
  await single('topConcepts (datasets, node classification)', TOP_DATASETS);
  await single('topConcepts (methods, Cora)', TOP_METHODS);
  await single('topConcepts (datasets, classification+subtasks)', TOP_BROAD);
  await single('conceptTrend (GCN)', TREND);
  await measure('leaderboard (CIFAR-10)', () => post(uncached, LEADERBOARD));
  await measure('topConcepts (datasets, node classification)', () => post(uncached, TOP_DATASETS));

  console.log('\nresponse cache on (PAPERGRAPH_RESPONSE_CACHE_ENTRIES=5000, the default)');
  const findCached = await measure('findPapers (headline, repeated)', () => post(cached, FIND));
  await measure('generated filters (headline, repeated)', () => post(cached, GENERATED));
  await measure('relatedPapers (popular papers, Zipf)', () => post(cached, RELATED, { id: popular() }));
  await measure('recommendPapers (popular papers, Zipf)', () =>
    post(cached, RECOMMEND, recommendation(popular)),
  );
  await measure('relatedPapers (random papers)', () => post(cached, RELATED, { id: uniform() }));

  console.log(
    `\nratios at p50: findPapers / raw ${(find.p50 / raw.p50).toFixed(1)}×, generated / findPapers ` +
      `${(generated.p50 / find.p50).toFixed(1)}×, cached / uncached findPapers ${(findCached.p50 / find.p50).toFixed(2)}×`,
  );
} finally {
  if (SYNTHETIC_RESULTS) await removeSyntheticResults(db);
  for (const server of servers) server.kill('SIGTERM');
  const running = (server: ChildProcess) => server.exitCode === null && server.signalCode === null;
  await Promise.all(servers.map((server) => (running(server) ? once(server, 'exit') : undefined)));
  await close();
}
