import type { Driver } from 'neo4j-driver';
import { batch } from './batch.ts';
import { extractPaper } from './extract/index.ts';
import { loadLexicon } from './lexicon/index.ts';
import { linkBatch } from './link.ts';
import { writeBatch } from './load/index.ts';
import { readSources } from './sources/index.ts';
import type { PaperRecord, RejectedRecord, SourceItem } from './types.ts';
import { EXTRACTOR_VERSION } from './version.ts';

export type { Extraction, PaperRecord, RejectedRecord, SourceItem } from './types.ts';
export { extractPaper, toContractJson } from './extract/index.ts';
export { paperId } from './link.ts';
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
}

/** running totals; at the end read = stored + skipped + rejected */
export interface IngestProgress {
  read: number;
  stored: number;
  /** unchanged since the last ingest, or repeated in the input */
  skipped: number;
  rejected: number;
  relationships: number;
  batches: number;
  /** the file being read */
  file: string;
}

/** read → extract → link → load, one transaction per batch; resolves to the final totals */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestProgress> {
  const lexicon = loadLexicon();
  const progress: IngestProgress = { read: 0, stored: 0, skipped: 0, rejected: 0, relationships: 0, batches: 0, file: '' };
  const reject = (rejected: RejectedRecord) => {
    progress.read += 1;
    progress.rejected += 1;
    options.onReject?.(rejected);
  };
  for await (const records_ of batch(keepRecords(readSources(paths), reject), options.batchSize)) {
    const extracted = records_.flatMap((record) => {
      try {
        return [{ record, extraction: extractPaper(record) }];
      } catch (error) {
        // extraction is lenient by design; should it still fail, the record is set aside, not lost
        reject({ from: record.from, reason: `extraction failed: ${(error as Error).message}`, excerpt: record.title });
        return [];
      }
    });
    const graph = linkBatch(extracted, lexicon, EXTRACTOR_VERSION);
    const written = await writeBatch(options.driver, options.database, graph);
    progress.read += extracted.length;
    progress.stored += written.stored;
    // a paper repeated within one batch is written once: count the repeats as skipped
    progress.skipped += written.skipped + (extracted.length - graph.papers.length);
    progress.relationships += written.relationships;
    progress.batches += 1;
    progress.file = records_.at(-1)!.from.file;
    options.onProgress?.({ ...progress });
  }
  return progress;
}

async function* keepRecords(
  items: AsyncIterable<SourceItem>,
  onReject: (rejected: RejectedRecord) => void,
): AsyncGenerator<PaperRecord> {
  for await (const item of items) {
    if (item.ok) yield item.record;
    else onReject(item.rejected);
  }
}
