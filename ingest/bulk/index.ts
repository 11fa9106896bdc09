// A first load in bulk: extract on the worker pool, shape the same GraphBatch rows the transactional loader gets,
// write them as CSV files, stop the local server, `neo4j-admin database import full`, start it again and apply
// the schema. The graph is the one a transactional ingest of the same records would leave (same rows, same
// merge rules: graph.ts), in a fraction of the time: no transactions, no MERGE, indexes built once at the end.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../../src/config.ts';
import { DRIVER_CONFIG } from '../../src/db/connect.ts';
import { startLocal, stopLocal } from '../../src/db/local-server.ts';
import { migrate } from '../../src/db/migrate.ts';
import { KgError } from '../../src/errors.ts';
import { extractedBatches, startProgress, type IngestOptions, type IngestProgress } from '../index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { resultEdgeCount } from '../load/index.ts';
import { toGraphBatch } from '../rows.ts';
import { EXTRACTOR_VERSION } from '../version.ts';
import { adminImport } from './admin-import.ts';
import { CsvFile } from './csv.ts';
import { BulkGraph } from './graph.ts';
import { FINAL_TABLES, STREAMED_TABLES, type FinalTableOf, type MergedItems } from './tables.ts';

export interface BulkOptions extends Pick<
  IngestOptions,
  'batchSize' | 'workers' | 'onProgress' | 'onReject' | 'onWarning' | 'sortLimits'
> {
  /** the local server whose store is replaced */
  local: LocalNeo4jConfig;
  /** the database to load (Neo4j's default, neo4j, unless given) */
  database: string | undefined;
  /** a folder for the CSV files, removed afterwards (default: the server home's import/bulk-<pid>) */
  csvDir?: string;
  log?: (line: string) => void;
}

/** how long each step took, in seconds, with the totals */
export interface BulkSummary extends IngestProgress {
  seconds: { files: number; import: number; schema: number };
}

/**
 * loads `paths` into the empty database of the local server: refuses a database that holds any node (an
 * incremental load is transactional: `papergraph ingest` without --bulk)
 */
export async function bulkIngest(paths: string[], options: BulkOptions): Promise<BulkSummary> {
  const log = options.log ?? (() => {});
  const database = options.database ?? 'neo4j';
  await assertEmpty(options.local, database, log);
  const dir = options.csvDir ?? join(options.local.homeDir, 'import', `bulk-${process.pid}`);
  await mkdir(dir, { recursive: true });
  try {
    let started = performance.now();
    const { progress, files } = await writeFiles(paths, dir, options);
    const filesSeconds = (performance.now() - started) / 1000;
    log(`bulk: ${progress.stored} papers written to ${dir} in ${filesSeconds.toFixed(1)} s; importing …`);

    started = performance.now();
    await stopLocal(options.local);
    await adminImport(options.local, database, files, log);
    await startLocal(options.local, log);
    const importSeconds = (performance.now() - started) / 1000;
    log(`bulk: stopped, imported and restarted the local server in ${importSeconds.toFixed(1)} s; schema …`);

    started = performance.now();
    await applySchema(options.local, database);
    const schemaSeconds = (performance.now() - started) / 1000;
    log(`bulk: constraints and indexes online in ${schemaSeconds.toFixed(1)} s`);
    return { ...progress, seconds: { files: filesSeconds, import: importSeconds, schema: schemaSeconds } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function withDriver<T>(local: LocalNeo4jConfig, use: (driver: neo4j.Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${local.boltPort}`, undefined, DRIVER_CONFIG);
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

async function assertEmpty(local: LocalNeo4jConfig, database: string, log: (line: string) => void) {
  await startLocal(local, log);
  const nodes = await withDriver(local, async (driver) => {
    const { records } = await driver.executeQuery(
      'MATCH (n) RETURN count(n) AS nodes',
      {},
      { database, routing: 'READ' },
    );
    return records[0]!.get('nodes') as number;
  });
  if (nodes > 0) {
    throw new KgError(
      'USAGE',
      `--bulk loads an empty database, and ${database} holds ${nodes} nodes. Run \`papergraph ingest\` without ` +
        '--bulk to add papers to it (transactional and idempotent), or empty it first.',
    );
  }
}

/** what the file stage needs of the options */
export type FileOptions = Omit<BulkOptions, 'local' | 'database' | 'csvDir' | 'log'>;

/**
 * the file stage alone (exported to measure it without a server): extracts every batch and writes the CSV files,
 * streamed tables per batch, the merged ones at the end. What is merged across batches, and the duplicate check's
 * plan, wait in run files under `dir`/sort (next to the store, not in the system's temp folder), removed whether
 * this succeeds or fails
 */
export async function writeFiles(paths: string[], dir: string, options: FileOptions) {
  const sortDir = join(dir, 'sort');
  await mkdir(sortDir, { recursive: true });
  const graph = new BulkGraph(sortDir, options.sortLimits);
  try {
    const progress = await writeStreamed(paths, dir, graph, { ...options, tempDir: sortDir });
    const streamed = STREAMED_TABLES.map((table) => ({ table, path: join(dir, table.file) }));
    const final = await writeFinal(graph, dir, new Date().toISOString());
    const all = [...streamed, ...final];
    const of = (kind: 'nodes' | 'relationships') =>
      all.filter(({ table }) => table.kind === kind).map(({ path }) => path);
    return { progress, files: { nodes: of('nodes'), relationships: of('relationships') } };
  } finally {
    await rm(sortDir, { recursive: true, force: true });
  }
}

// the papers and what hangs off them go to their files as each batch comes; the rest goes to `graph`
async function writeStreamed(
  paths: string[],
  dir: string,
  graph: BulkGraph,
  options: FileOptions & Pick<IngestOptions, 'tempDir'>,
) {
  const lexicon = loadLexicon();
  const { progress, reject } = startProgress(options);
  const streamed = STREAMED_TABLES.map((table) => ({
    table,
    csv: new CsvFile(join(dir, table.file), table.columns),
  }));
  try {
    for await (const { extracted, preExtracted, file } of extractedBatches(paths, options, reject, () => {
      progress.read += 1;
      progress.skipped += 1;
    })) {
      progress.preExtracted += preExtracted;
      const batch = toGraphBatch(extracted, lexicon, EXTRACTOR_VERSION);
      await graph.add(batch);
      for (const { table, csv } of streamed) await csv.write(table.rows(batch));
      progress.read += extracted.length;
      progress.stored += batch.papers.length;
      progress.relationships += batch.papers.reduce(
        (total, p) =>
          total +
          p.edges.length +
          p.codeUrls.length +
          p.relations.length +
          p.results.reduce((sum, r) => sum + resultEdgeCount(r), 0),
        0,
      );
      progress.batches += 1;
      progress.file = file;
      options.onProgress?.({ ...progress });
    }
  } finally {
    await Promise.all(streamed.map(({ csv }) => csv.close()));
  }
  return progress;
}

/** merged items written to the CSV files at a time, so that a write is one chunk rather than a line */
const FINAL_CHUNK = 1_000;

// one pass over each kind of merged item, each item written to every table it makes rows for
async function writeFinal(graph: BulkGraph, dir: string, loadedAt: string) {
  const files = FINAL_TABLES.map((table) => ({
    table,
    csv: new CsvFile(join(dir, table.file), table.columns),
  }));
  try {
    const write = async <S extends keyof MergedItems>(source: S, items: AsyncIterable<MergedItems[S]>) => {
      // a table of this source takes this source's items (what TypeScript cannot narrow a generic by)
      const tables = files.filter(({ table }) => table.source === source) as unknown as {
        table: FinalTableOf<S>;
        csv: CsvFile;
      }[];
      let chunk: MergedItems[S][] = [];
      const flush = async () => {
        for (const { table, csv } of tables) await csv.write(chunk.flatMap((item) => [...table.rows(item)]));
        chunk = [];
      };
      for await (const item of items) {
        chunk.push(item);
        if (chunk.length >= FINAL_CHUNK) await flush();
      }
      await flush();
    };
    // the concepts' pass collects the alias keys and categories, so it comes before them
    await write('concepts', graph.concepts());
    await write('aliases', graph.aliases());
    await write('categories', graph.categories());
    await write('relations', graph.relations());
    await write('repositories', graph.repositories());
    await write('version', graph.version(loadedAt));
  } finally {
    await Promise.all(files.map(({ csv }) => csv.close()));
  }
  return files.map(({ table, csv }) => ({ table, path: csv.path }));
}

/**
 * the schema (constraints, indexes), then the empty lists the import cannot write (an empty array field is no
 * property) and a transactional load stores as []
 */
export async function applySchema(local: LocalNeo4jConfig, database: string): Promise<void> {
  await withDriver(local, async (driver) => {
    await migrate(driver, database);
    for (const table of [...STREAMED_TABLES, ...FINAL_TABLES]) {
      for (const column of table.columns.filter((c) => c.type === 'string[]')) {
        const pattern =
          'label' in table.match ? `(x:${table.match.label})` : `()-[x:${table.match.types.join('|')}]->()`;
        // batched writes run only in an auto-commit transaction, hence a session rather than executeQuery
        const session = driver.session({ database });
        try {
          await session.run(
            `MATCH ${pattern} WHERE x.${column.name} IS NULL CALL (x) { SET x.${column.name} = [] } IN TRANSACTIONS OF 10000 ROWS`,
          );
        } finally {
          await session.close();
        }
      }
    }
  });
}
