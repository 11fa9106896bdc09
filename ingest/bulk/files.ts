// The bulk load's first stage: extract every record and write the CSV files. It runs on a worker thread of its
// own whose old generation is bounded (writeFilesOnWorker): left alone, V8 grows the heap of the thread that
// extracts and writes to 1 GB and more before it collects, while what it keeps alive stays a few hundred MB.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  extractedBatches,
  startProgress,
  type IngestOptions,
  type IngestProgress,
  type RecordWarning,
  type RejectedRecord,
} from '../index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { resultEdgeCount } from '../load/index.ts';
import { toGraphBatch } from '../rows.ts';
import { EXTRACTOR_VERSION } from '../version.ts';
import { CsvFile } from './csv.ts';
import { BulkGraph } from './graph.ts';
import { FINAL_TABLES, STREAMED_TABLES, type StreamState } from './tables.ts';

export type FilesOptions = Pick<
  IngestOptions,
  'batchSize' | 'workers' | 'onProgress' | 'onReject' | 'onWarning'
>;

/** the totals and the CSV files written, by kind, for neo4j-admin import */
export interface WrittenFiles {
  progress: IngestProgress;
  files: { nodes: string[]; relationships: string[] };
}

/** what the files worker is started with (its workerData) */
export interface FilesWorkerData {
  module: string;
  paths: string[];
  dir: string;
  batchSize: number;
  workers: number | undefined;
}

/** what the files worker sends back: the callbacks' arguments as they come, then the result */
export type FilesMessage =
  | { kind: 'progress'; progress: IngestProgress }
  | { kind: 'reject'; rejected: RejectedRecord }
  | { kind: 'warning'; warning: RecordWarning }
  | { kind: 'done'; written: WrittenFiles };

/**
 * A bound on the files thread's old generation. It keeps the lexicon, the model, the extraction caches, the run's
 * duplicate check and the merged concepts and relations: about 190 MB live at 100,000 papers, of which the
 * duplicate check takes about 330 bytes a paper. Unbounded, the thread's heap held twice what it kept (700 MB at
 * 250,000 papers) and kept growing with N. The bound is also a ceiling: a run whose live state outgrows it (by
 * estimate, well over 10^6 papers) fails with the message below (docs/scale.md, "Peak RSS, session 7").
 */
export const FILES_OLD_SPACE_MB = 640;

const FILES_WORKER = new URL('./files-worker.ts', import.meta.url);

/**
 * writeFiles on a worker thread whose old generation is bounded at `oldSpaceMb`; the callbacks run on the calling
 * thread, in the order the worker calls them
 */
export function writeFilesOnWorker(
  paths: string[],
  dir: string,
  options: FilesOptions,
  oldSpaceMb = FILES_OLD_SPACE_MB,
): Promise<WrittenFiles> {
  const workerData: FilesWorkerData = {
    module: FILES_WORKER.href,
    paths,
    dir,
    batchSize: options.batchSize,
    workers: options.workers,
  };
  const worker = new Worker(new URL('../workers/worker-shim.mjs', import.meta.url), {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: oldSpaceMb },
  });
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FilesMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message.progress);
      else if (message.kind === 'reject') options.onReject?.(message.rejected);
      else if (message.kind === 'warning') options.onWarning?.(message.warning);
      else resolve(message.written);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new Error(`the bulk files thread ran out of its ${oldSpaceMb} MB old generation`, {
              cause: error,
            })
          : error,
      ),
    );
    // after the result this changes nothing; before it, the thread died without an error (process.exit)
    worker.on('exit', (code) => reject(new Error(`the bulk files thread exited with code ${code}`)));
  });
}

/** extracts every batch and writes the CSV files: streamed tables per batch, the accumulated ones at the end */
export async function writeFiles(paths: string[], dir: string, options: FilesOptions): Promise<WrittenFiles> {
  const lexicon = loadLexicon();
  const { progress, reject } = startProgress(options);
  const graph = new BulkGraph();
  const state: StreamState = { repositories: new Set() };
  const streamed = STREAMED_TABLES.map((table) => ({
    table,
    csv: new CsvFile(join(dir, table.file), table.columns),
  }));
  for await (const { extracted, file } of extractedBatches(paths, options, reject, () => {
    progress.read += 1;
    progress.skipped += 1;
  })) {
    const batch = toGraphBatch(extracted, lexicon, EXTRACTOR_VERSION);
    graph.add(batch);
    for (const { table, csv } of streamed) await csv.write(table.rows(batch, state));
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
  const loadedAt = new Date().toISOString();
  const final = FINAL_TABLES.map((table) => ({
    table,
    csv: new CsvFile(join(dir, table.file), table.columns),
  }));
  for (const { table, csv } of final) await csv.write(table.rows(graph, loadedAt));
  const all = [...streamed, ...final];
  await Promise.all(all.map(({ csv }) => csv.close()));
  const of = (kind: 'nodes' | 'relationships') =>
    all.filter(({ table }) => table.kind === kind).map(({ csv }) => csv.path);
  return { progress, files: { nodes: of('nodes'), relationships: of('relationships') } };
}
