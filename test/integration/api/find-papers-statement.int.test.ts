import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../ingest/index.ts';
import { GRAPH_VERSION } from '../../../src/graph/version.ts';
import { resolveFilter, type PaperFilter } from '../../../src/api/queries/find-papers.ts';
import { startServer, type RunningServer } from '../../../src/api/server.ts';
import { recordAccess } from '../../helpers/access-recorder.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

// findPapers resolves the names, picks the cheapest as its anchor and checks the others in one statement. Its
// answers must be those of the plain reading of the filter: every paper for which each name's pattern holds
// (src/api/queries/find-papers.ts before the single statement), whichever name the statement starts from. Text
// alone is left out: it starts from the full-text index, whose words are tokens, not substrings, and is unchanged.
const REFERENCE_PATTERNS: Record<string, string> = {
  datasets: '(p)-[:INTRODUCES|EVALUATES_ON]->(x)',
  methods: '(p)-[:PROPOSES|USES]->(x)',
  tasks: '(p)-[:ADDRESSES]->(x)',
  proposesAlternativeTo: '(p)-[:PROPOSES]->(:Method)-[:VARIANT_OF*0..2]->(:Method)-[:ALTERNATIVE_TO]->(x)',
  proposesVariantOf: '(p)-[:PROPOSES]->(:Method)-[:VARIANT_OF*1..2]->(x)',
};

const FILTERS: [string, PaperFilter][] = [
  ['the headline question', { datasets: ['MNIST'], proposesAlternativeTo: ['backprop'] }],
  ['a relation alone, as the anchor', { proposesAlternativeTo: ['Backpropagation'] }],
  ['a relation checked beside a dataset', { datasets: ['MNIST'], proposesAlternativeTo: ['BP'] }],
  ['variants, through the hierarchy', { proposesVariantOf: ['GNN'] }],
  ['variants beside a task', { proposesVariantOf: ['GNN'], tasks: ['node classification'] }],
  [
    'two relations and a dataset',
    { datasets: ['MNIST'], proposesVariantOf: ['Forward-Forward'], proposesAlternativeTo: ['BP'] },
  ],
  ['a method and a task', { methods: ['GNN'], tasks: ['node classification'] }],
  ['two names of one kind', { methods: ['GCN', 'GAT'] }],
  ['a dataset and text', { datasets: ['Cora'], text: 'graph' }],
  ['a name no concept has', { datasets: ['MNIST'], methods: ['NoSuchMethodAnywhere'] }],
];

describe('findPapers in one statement', () => {
  const db = useNeo4j();
  let recorded: ReturnType<typeof recordAccess>;
  let server: RunningServer;
  beforeAll(async () => {
    await ingest(['data/sample-abstracts.txt'], { driver: db.driver, batchSize: 100 });
    recorded = recordAccess(db.driver);
    server = await startServer({ driver: recorded.driver, database: undefined, port: 0 });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  /** the filter's papers by the plain reading: names resolved first, then every pattern checked on every paper */
  const reference = async (filter: PaperFilter) => {
    const session = db.driver.session({ defaultAccessMode: 'READ' });
    try {
      const run = async (cypher: string, parameters: Record<string, unknown> = {}) =>
        (await session.run(cypher, parameters)).records;
      const constraints = await resolveFilter(run, filter);
      if (constraints.some((c) => c.ids.length === 0)) return [];
      const words = (filter.text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const conditions = constraints.map(
        (c, i) => `EXISTS { MATCH ${REFERENCE_PATTERNS[c.kind]} WHERE x.id IN $c${i} }`,
      );
      conditions.push('all(word IN $words WHERE toLower(p.title + " " + p.abstract) CONTAINS word)');
      const records = await run(
        `MATCH (p:Paper) WHERE ${conditions.join(' AND ')}
         RETURN p.id AS id ORDER BY coalesce(p.year, 0) DESC, id LIMIT 100`,
        { words, ...Object.fromEntries(constraints.map((c, i) => [`c${i}`, c.ids])) },
      );
      return records.map((record) => record.get('id') as string);
    } finally {
      await session.close();
    }
  };

  it.each(FILTERS)('%s: the same papers as the plain reading', async (_, filter) => {
    const data = await post('query($f: PaperFilter!) { findPapers(filter: $f, limit: 100) { id } }', {
      f: filter,
    });
    const expected = await reference(filter);
    expect(data.findPapers.map((p: { id: string }) => p.id)).toEqual(expected);
    if (!filter.methods?.includes('NoSuchMethodAnywhere')) expect(expected.length).toBeGreaterThan(0);
  });

  it('answers with one statement, which reads only the properties asked for', async () => {
    await recorded.settled();
    const before = recorded.runs.length;
    const data =
      await post(`{ findPapers(filter: {datasets: ["MNIST"], proposesAlternativeTo: ["backprop"]}) {
      id ...Named year } } fragment Named on Paper { title }`);
    await recorded.settled();
    // the graph version is polled every second on the same driver: those reads are not the request's
    const runs = recorded.runs.slice(before).filter((run) => run.query !== GRAPH_VERSION);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.query).not.toContain('p {.*}');
    expect(data.findPapers.length).toBeGreaterThan(0);
    const { records } = await db.driver.executeQuery(
      'MATCH (p:Paper) WHERE p.id IN $ids RETURN p {.id, .title, .year} AS paper',
      { ids: data.findPapers.map((p: { id: string }) => p.id) },
    );
    const stored = new Map(records.map((r) => [r.get('paper').id, r.get('paper')]));
    for (const paper of data.findPapers)
      expect(paper).toEqual({ ...stored.get(paper.id), year: stored.get(paper.id).year ?? null });
  });

  it('still reads every property when a relationship field is selected', async () => {
    const data = await post(`{ findPapers(filter: {datasets: ["MNIST"]}, limit: 3) {
      title abstract evaluatesOn { name } } }`);
    expect(data.findPapers).toHaveLength(3);
    for (const paper of data.findPapers) {
      expect(paper.abstract.length).toBeGreaterThan(0);
      expect(paper.evaluatesOn.map((d: { name: string }) => d.name)).toContain('MNIST');
    }
  });
});
