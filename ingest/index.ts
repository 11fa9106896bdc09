import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ahead } from './ahead.ts';
import { batch } from './batch.ts';
import { dedupe, planDuplicates } from './dedupe/index.ts';
import { loadLexicon } from './lexicon/index.ts';
import { toGraphBatch, type GraphBatch } from './rows.ts';
import { writeBatch } from './load/index.ts';
import type { SortLimits } from './sort.ts';
import { readSources } from './sources/index.ts';
import type { Extraction, PaperRecord, RecordWarning, RejectedRecord, SourceItem } from './types.ts';
import { EXTRACTOR_VERSION } from './version.ts';
import { createSharedExtractPool, type ExtractPool, type ExtractResult } from './workers/pool.ts';

export type { Extraction, PaperRecord, RecordWarning, RejectedRecord, SourceItem } from './types.ts';
export { extractPaper, toContractJson } from './extract/index.ts';
export { paperId } from '../src/graph/names.ts';
export { readSources } from './sources/index.ts';
export { extractedRecord } from './sources/extracted.ts';
export { EXTRACTOR_VERSION } from './version.ts';

export interface IngestOptions {
  driver: Driver;
  database?: string;
  /** papers per write transaction */
  batchSize: number;
  /** extraction threads, the calling thread among them: n starts n - 1 worker threads (default 1) */
  workers?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** each bad record, as soon as it is found */
  onReject?: (rejected: RejectedRecord) => void;
  /** each problem in a record that is still stored (a bad year), as soon as it is found */
  onWarning?: (warning: RecordWarning) => void;
  /** where the duplicate check's run files go, in a folder of their own removed afterwards (default: the system's) */
  tempDir?: string;
  /** the external sorts' bounds (default: each sort's own; small ones make a test merge many runs) */
  sortLimits?: Partial<SortLimits>;
}

/** running totals; at the end read = stored + skipped + rejected */
export interface IngestProgress {
  read: number;
  stored: number;
  /** unchanged since the last ingest, or repeated in the input with the same content */
  skipped: number;
  /** unreadable, invalid, or a different paper under an id already read in this run */
  rejected: number;
  relationships: number;
  /** read with an extraction of today's extractor version (`extract --format extracted`), not extracted again */
  preExtracted: number;
  batches: number;
  /** the file being read */
  file: string;
}

/** totals at zero, and the reject handler that counts a reject as read before passing it on */
export function startProgress(options: Pick<IngestOptions, 'onReject'>) {
  const progress: IngestProgress = {
    read: 0,
    stored: 0,
    skipped: 0,
    rejected: 0,
    relationships: 0,
    preExtracted: 0,
    batches: 0,
    file: '',
  };
  const reject = (rejected: RejectedRecord) => {
    progress.read += 1;
    progress.rejected += 1;
    options.onReject?.(rejected);
  };
  return { progress, reject };
}

/**
 * read → extract → link → load, one transaction per batch; resolves to the final totals.
 * Batches are extracted ahead on the extraction threads (at most two per thread in flight, so memory stays
 * bounded) while the main thread reads and writes: writes stay sequential and in input order (so a crash loses
 * at most the batch in flight, and the result is the same whatever the number of threads).
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestProgress> {
  const lexicon = loadLexicon();
  const { progress, reject } = startProgress(options);
  const write = async (graph: GraphBatch, { extracted, preExtracted, file }: ExtractedBatch) => {
    const written = await writeBatch(options.driver, options.database, graph);
    progress.read += extracted.length;
    progress.stored += written.stored;
    progress.skipped += written.skipped;
    progress.relationships += written.relationships;
    progress.preExtracted += preExtracted;
    progress.batches += 1;
    progress.file = file;
    options.onProgress?.({ ...progress });
  };
  for await (const batch of extractedBatches(paths, options, reject, () => {
    progress.read += 1;
    progress.skipped += 1;
  })) {
    await write(toGraphBatch(batch.extracted, lexicon, EXTRACTOR_VERSION), batch);
  }
  return progress;
}

/** one batch of records with their extractions, in input order, and the file its last record came from */
export interface ExtractedBatch {
  extracted: { record: PaperRecord; extraction: Extraction }[];
  /** how many of them came with an extraction of today's version */
  preExtracted: number;
  file: string;
}

/**
 * the deduplicated records of `paths` in batches, extracted on `options.workers` threads (the calling thread and
 * workers - 1 worker threads), in input order. Up to two batches per thread are extracted ahead of the consumer:
 * enough to keep every thread busy while the consumer writes, few enough to keep memory flat (backpressure on
 * the reader). The files are read twice: once to plan the duplicate check on disk, then to extract.
 */
export async function* extractedBatches(
  paths: string[],
  options: Pick<IngestOptions, 'batchSize' | 'workers' | 'onWarning' | 'tempDir' | 'sortLimits'>,
  reject: (rejected: RejectedRecord) => void,
  repeat: () => void,
  pool: ExtractPool = createSharedExtractPool(options.workers ?? 1),
): AsyncGenerator<ExtractedBatch> {
  // the transactional ingest plans too, so both paths run one check: the first pass reads 10^4 papers in 0.7 s,
  // 2% of their ingest at 300 papers/s (docs/scale.md, "Duplicate check, session 9")
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'papergraph-dedupe-'));
    const plan = await planDuplicates(paths, dir, options.sortLimits);
    const read = keepRecords(readSources(paths), reject, options.onWarning);
    const batches = batch(dedupe(read, plan, { onRepeat: repeat, onConflict: reject }), options.batchSize);
    for await (const { item: records, result } of ahead(batches, 2 * pool.size, (records) =>
      extractOrReuse(pool, records),
    )) {
      // rejects are reported as batches are taken, so they come in input order whichever thread finishes first
      const extracted = keepExtracted(records, result, reject);
      const preExtracted = extracted.filter(({ record }) => hasCurrentExtraction(record)).length;
      yield { extracted, preExtracted, file: records.at(-1)!.from.file };
    }
  } finally {
    await pool.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  }
}

/** whether `record` carries an extraction that today's extractor made, which is then used as it is */
const hasCurrentExtraction = (record: PaperRecord) => record.extracted?.version === EXTRACTOR_VERSION;

/**
 * each record's extraction: the one it carries when today's extractor made it, else one made on the pool.
 * Only the others travel to the threads, without the stale extraction they may carry.
 */
async function extractOrReuse(pool: ExtractPool, records: PaperRecord[]): Promise<ExtractResult[]> {
  const toExtract = records.filter((r) => !hasCurrentExtraction(r)).map(({ extracted: _, ...r }) => r);
  const made = toExtract.length > 0 ? await pool.extract(toExtract) : [];
  let next = 0;
  return records.map((r) =>
    hasCurrentExtraction(r) ? { extraction: r.extracted!.extraction } : made[next++]!,
  );
}

// extraction is lenient by design; should it still fail on a record, the record is set aside, not lost
function keepExtracted(
  records: PaperRecord[],
  results: ExtractResult[],
  reject: (rejected: RejectedRecord) => void,
) {
  const extracted: ExtractedBatch['extracted'] = [];
  for (const [i, record] of records.entries()) {
    const result = results[i]!;
    if (result.error === undefined) extracted.push({ record, extraction: result.extraction });
    else reject({ from: record.from, reason: `extraction failed: ${result.error}`, excerpt: record.title });
  }
  return extracted;
}

async function* keepRecords(
  items: AsyncIterable<SourceItem>,
  onReject: (rejected: RejectedRecord) => void,
  onWarning: ((warning: RecordWarning) => void) | undefined,
): AsyncGenerator<PaperRecord> {
  for await (const item of items) {
    if (item.ok) {
      for (const warning of item.warnings ?? []) onWarning?.(warning);
      yield item.record;
    } else onReject(item.rejected);
  }
}
