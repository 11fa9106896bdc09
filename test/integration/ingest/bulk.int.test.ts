import { createWriteStream, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkIngest } from '../../../ingest/bulk/index.ts';
import { ingest, type RejectedRecord } from '../../../ingest/index.ts';
import { loadConfig, type LocalNeo4jConfig } from '../../../src/config.ts';
import { DRIVER_CONFIG } from '../../../src/db/connect.ts';
import { stopLocal } from '../../../src/db/local-server.ts';
import { GRAPH_VERSION } from '../../../src/graph/version.ts';
import { loadPool, synthRecords } from '../../../tools/synth/corpus.ts';
import { dumpGraph } from '../../helpers/graph.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';
import { freePort } from '../../helpers/ports.ts';

const PAPERLISTS = process.env.PAPERLISTS_DIR ?? '../shared/external/paperlists';
const BATCH = 40;

// the same records loaded twice: transactionally into the run's database, in bulk into a server of its own
// (the import replaces a stopped server's store, which the shared test server cannot be)
describe('ingest --bulk', () => {
  const db = useNeo4j();
  let home: string;
  let local: LocalNeo4jConfig;
  let bulkDriver: Driver;
  let paths: string[];

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'papergraph-bulk-'));
    local = {
      ...loadConfig().local,
      homeDir: home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '512m',
      pageCache: '128m',
    };
    // real recombined abstracts (relations, code links, hierarchy) and the fixtures' odd records (rejects)
    const synthetic = join(home, 'synthetic.jsonl');
    const out = createWriteStream(synthetic);
    for (const record of synthRecords(loadPool(PAPERLISTS), { papers: 400, seed: 11 }))
      out.write(`${JSON.stringify(record)}\n`);
    out.end();
    await once(out, 'finish');
    paths = [synthetic, 'test/fixtures/abstracts.jsonl', 'test/fixtures/sources'];
    bulkDriver = neo4j.driver(`bolt://127.0.0.1:${local.boltPort}`, undefined, DRIVER_CONFIG);
  });

  afterAll(async () => {
    await bulkDriver?.close();
    if (local) await stopLocal(local);
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('leaves the same graph, counts and graph version as a transactional ingest of the same records', async () => {
    const transactionalRejects: RejectedRecord[] = [];
    const transactional = await ingest(paths, {
      driver: db.driver,
      batchSize: BATCH,
      onReject: (r) => transactionalRejects.push(r),
    });
    const bulkRejects: RejectedRecord[] = [];
    const bulk = await bulkIngest(paths, {
      local,
      database: undefined,
      batchSize: BATCH,
      workers: 2,
      onReject: (r) => bulkRejects.push(r),
      // runs of a few rows, merged three at a time: every concept and relation is merged from rows on disk
      // across many runs and passes, as at 10^6 papers
      sortLimits: { runRows: 7, fanIn: 3 },
    });
    // the CSV files and the sorts' run files are gone
    expect(readdirSync(join(home, 'import')).filter((name) => name.startsWith('bulk-'))).toEqual([]);
    expect(bulk).toMatchObject({
      read: transactional.read,
      stored: transactional.stored,
      rejected: transactional.rejected,
      relationships: transactional.relationships,
    });
    expect(bulkRejects).toEqual(transactionalRejects);
    expect(transactional.stored).toBeGreaterThan(400);

    const expected = await dumpGraph(db.driver);
    const actual = await dumpGraph(bulkDriver);
    // every kind of node and edge is there to compare
    for (const kind of [
      'Concept:Method ',
      'Concept:Dataset ',
      'Concept:Task ',
      'Paper ',
      'Alias ',
      'Category ',
      'Repository ',
      'PROPOSES ',
      'USES ',
      'EVALUATES_ON ',
      'ADDRESSES ',
      'ALTERNATIVE_TO ',
      'VARIANT_OF ',
      'SUBTASK_OF ',
      'HAS_CODE ',
      'NAMES ',
      'IN_CATEGORY ',
    ])
      expect(
        expected.some((line) => line.startsWith(kind)),
        kind,
      ).toBe(true);
    expect(actual.length).toBe(expected.length);
    expect(actual.filter((line, i) => line !== expected[i]).slice(0, 5)).toEqual(
      expected.filter((line, i) => line !== actual[i]).slice(0, 5),
    );
    expect(actual).toEqual(expected);

    const version = async (driver: Driver) =>
      (await driver.executeQuery(GRAPH_VERSION)).records[0]?.get('version') as number;
    expect(await version(bulkDriver)).toBe(await version(db.driver));
    expect(await version(bulkDriver)).toBe(Math.ceil(transactional.stored / BATCH));
  }, 600_000);

  it('refuses a database that already holds nodes', async () => {
    await expect(
      bulkIngest(paths, { local, database: undefined, batchSize: BATCH, workers: 1 }),
    ).rejects.toThrow(/--bulk loads an empty database, and neo4j holds \d+ nodes/);
  });
});
