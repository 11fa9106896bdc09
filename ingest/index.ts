import type { Driver } from 'neo4j-driver';
import { batch } from './batch.ts';
import { dedupe } from './dedupe.ts';
import { extractPaper } from './extract/index.ts';
import { loadLexicon } from './lexicon/index.ts';
import { toGraphBatch, type GraphBatch } from './rows.ts';
import { writeBatch } from './load/index.ts';
import { readSources } from './sources/index.ts';
import type { Extraction, PaperRecord, RecordWarning, RejectedRecord, SourceItem } from './types.ts';
import { EXTRACTOR_VERSION } from './version.ts';

export type { Extraction, PaperRecord, RecordWarning, RejectedRecord, SourceItem } from './types.ts';
export { extractPaper, toContractJson } from './extract/index.ts';
export { paperId } from '../src/graph/names.ts';
export { readSources } from './sources/index.ts';
export { EXTRACTOR_VERSION } from './version.ts';

export interface IngestOptions {
  driver: Driver;
  database?: string;
  /** papers per write transaction */
  batchSize: number;
  onProgress?: (progress: IngestProgress) => void;
  /** each bad record, as soon as it is found */
  onReject?: (rejected: RejectedRecord) => void;
  /** each problem in a record that is still stored (a bad year), as soon as it is found */
  onWarning?: (warning: RecordWarning) => void;
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
  batches: number;
  /** the file being read */
  file: string;
}

/**
 * read → extract → link → load, one transaction per batch; resolves to the final totals.
 * The next batch is extracted while the previous one is written: writes stay sequential (so a crash loses at
 * most the batch in flight) but Neo4j and extraction use the two cores at once.
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestProgress> {
  const lexicon = loadLexicon();
  const progress: IngestProgress = {
    read: 0,
    stored: 0,
    skipped: 0,
    rejected: 0,
    relationships: 0,
    batches: 0,
    file: '',
  };
  const reject = (rejected: RejectedRecord) => {
    progress.read += 1;
    progress.rejected += 1;
    options.onReject?.(rejected);
  };
  const repeat = () => {
    progress.read += 1;
    progress.skipped += 1;
  };
  const write = async (graph: GraphBatch, count: number, file: string) => {
    const written = await writeBatch(options.driver, options.database, graph);
    progress.read += count;
    progress.stored += written.stored;
    progress.skipped += written.skipped;
    progress.relationships += written.relationships;
    progress.batches += 1;
    progress.file = file;
    options.onProgress?.({ ...progress });
  };
  let writing: Promise<void> = Promise.resolve();
  for await (const records of batch(
    dedupe(keepRecords(readSources(paths), reject, options.onWarning), {
      onRepeat: repeat,
      onConflict: reject,
    }),
    options.batchSize,
  )) {
    const extracted = await extractAll(records, reject);
    const graph = toGraphBatch(extracted, lexicon, EXTRACTOR_VERSION);
    await writing;
    writing = write(graph, extracted.length, records.at(-1)!.from.file);
    writing.catch(() => {}); // observed by the next `await writing`; this only keeps Node from calling it unhandled
  }
  await writing;
  return progress;
}

const EXTRACT_SLICE = 25;

// extraction is synchronous: yielding to the event loop every few papers lets the write in flight progress
async function extractAll(records: PaperRecord[], reject: (rejected: RejectedRecord) => void) {
  const extracted: { record: PaperRecord; extraction: Extraction }[] = [];
  for (const [i, record] of records.entries()) {
    try {
      extracted.push({ record, extraction: extractPaper(record) });
    } catch (error) {
      // extraction is lenient by design; should it still fail, the record is set aside, not lost
      reject({
        from: record.from,
        reason: `extraction failed: ${(error as Error).message}`,
        excerpt: record.title,
      });
    }
    if (i % EXTRACT_SLICE === EXTRACT_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
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
