import { readFile } from 'node:fs/promises';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ingest } from '../../../ingest/index.ts';
import { migrate } from '../../../src/db/migrate.ts';
import { startServer, type RunningServer } from '../../../src/api/server.ts';
import { recordAccess, type RecordedRun } from '../../helpers/access-recorder.ts';
import { loadResultsCorpus } from '../../helpers/results-corpus.ts';
import { testDriver } from '../../helpers/neo4j.ts';

// What a Neo4j cluster needs of PaperGraph, checked on the single test server: neo4j:// (routing) URIs, every
// write in a WRITE transaction and every API read in a READ one, and sessions that share the bookmark manager.

/** one request per custom root field of the API, and the generated ones, with arguments that find something */
const REQUESTS: { field: string; query: string }[] = [
  { field: 'papers', query: '{ papers(limit: 3) { id title uses { name } proposes { name } } }' },
  {
    field: 'methods',
    query: '{ methods(limit: 3) { name usedIn(limit: 2) { title } alternativeTo { name } } }',
  },
  { field: 'findPapers', query: '{ findPapers(filter: { methods: ["GCN"] }) { id } }' },
  { field: 'ask', query: '{ ask(question: "papers using Cora") { papers { id } } }' },
  { field: 'resolveConcepts', query: '{ resolveConcepts(name: "GCN") { name } }' },
  { field: 'searchPapers', query: '{ searchPapers(text: "graph neural network") { score paper { id } } }' },
  { field: 'relatedPapers', query: '{ relatedPapers(id: "$paper") { score } }' },
  { field: 'recommendPapers', query: '{ recommendPapers(liked: ["$paper"]) { score } }' },
  { field: 'relatedConcepts', query: '{ relatedConcepts(name: "GCN") { score } }' },
  {
    field: 'leaderboard',
    query: '{ leaderboard(dataset: "Cora") { metric entries { value paper { id } } } }',
  },
  { field: 'topConcepts', query: '{ topConcepts(kind: DATASET) { name papers } }' },
  { field: 'conceptTrend', query: '{ conceptTrend(name: "Cora") { years { year papers } } }' },
];

const readOnly = (run: RecordedRun) => run.queryType === 'r';
const describeRun = (run: RecordedRun) => `${run.mode} ${run.queryType}: ${run.query.slice(0, 120)}`;

describe('ready for a cluster (neo4j:// URI, access modes, bookmarks)', () => {
  const info = inject('neo4j');
  const routingUri = info.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  const driver = () => testDriver({ ...info, uri: routingUri });
  let ingestDriver: ReturnType<typeof recordAccess>;
  let apiDriver: ReturnType<typeof recordAccess>;
  let server: RunningServer;
  let paperId: string;

  beforeAll(async () => {
    const raw = driver();
    const session = raw.session();
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session.close();
    ingestDriver = recordAccess(raw);
    await migrate(ingestDriver.driver);
    await ingest(['test/fixtures/abstracts.jsonl'], { driver: ingestDriver.driver, batchSize: 10 });
    // numeric results written by hand, so the leaderboard has entries whatever the extractor finds
    await loadResultsCorpus(ingestDriver.driver);
    await ingestDriver.settled();
    const { records } = await ingestDriver.driver.executeQuery(
      'MATCH (p:Paper)-[:USES]->() RETURN p.id AS id ORDER BY id LIMIT 1',
      {},
      { routing: 'READ' },
    );
    paperId = records[0]!.get('id');
    apiDriver = recordAccess(driver());
    server = await startServer({ driver: apiDriver.driver, database: undefined, port: 0 });
  });
  afterAll(async () => {
    await server?.stop();
    await ingestDriver?.driver.close();
    await apiDriver?.driver.close();
  });

  it('ingests through a neo4j:// URI, each write in a WRITE transaction that shares the bookmark manager', async () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const writes = ingestDriver.runs.filter((run) => !readOnly(run));
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.filter((run) => run.mode !== 'WRITE').map(describeRun)).toEqual([]);
    expect(ingestDriver.runs.filter((run) => !run.sharesBookmarks).map(describeRun)).toEqual([]);
  });

  it('answers every root field through neo4j://, every statement a read in a READ transaction', async () => {
    const response = await fetch(server.url.replace(/graphql$/, 'health'));
    expect(response.status).toBe(200);
    apiDriver.runs.length = 0;
    for (const { field, query } of REQUESTS) {
      const answer = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: query.replaceAll('$paper', paperId) }),
      });
      const body = (await answer.json()) as { data?: Record<string, unknown[]>; errors?: unknown };
      expect(body.errors, field).toBeUndefined();
      // each answer holds at least one object (a paper, concept or hit)
      expect(JSON.stringify(body.data), field).toMatch(/\[\{"/);
    }
    await apiDriver.settled();
    expect(apiDriver.runs.length).toBeGreaterThanOrEqual(REQUESTS.length);
    expect(apiDriver.runs.filter((run) => run.mode !== 'READ' || !readOnly(run)).map(describeRun)).toEqual(
      [],
    );
    expect(apiDriver.runs.filter((run) => !run.sharesBookmarks).map(describeRun)).toEqual([]);
  });

  it('the requests above cover every custom root field of the API', async () => {
    const document = parse(await readFile('schema/queries.graphql', 'utf8'));
    const query = document.definitions.find(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query',
    );
    const fields = query!.fields!.map((f) => f.name.value);
    expect(fields.filter((f) => !REQUESTS.some((r) => r.field === f))).toEqual([]);
  });
});
