import { once } from 'node:events';
import { ahead } from '../../ingest/ahead.ts';
import { batch } from '../../ingest/batch.ts';
import {
  EXTRACTOR_VERSION,
  extractedRecord,
  paperId,
  readSources,
  toContractJson,
  type Extraction,
  type PaperRecord,
  type RejectedRecord,
  type SourceItem,
} from '../../ingest/index.ts';
import { createSharedExtractPool } from '../../ingest/workers/pool.ts';
import { loadConfig } from '../config.ts';
import { parseCommandArgs, usageError } from './args.ts';

const FORMATS = new Map<string, (record: PaperRecord, extraction: Extraction) => object>([
  // the evaluation's contract: what was found, with evidence
  ['jsonl', (record, extraction) => toContractJson({ id: paperId(record), title: record.title }, extraction)],
  // the record with its extraction, for `papergraph ingest` (on another machine) to load without extracting again
  ['extracted', (record, extraction) => extractedRecord(record, extraction, EXTRACTOR_VERSION)],
]);

// papers a thread extracts at a time: output starts at once, and each copy to a worker carries enough work
const EXTRACT_BATCH = 100;

/**
 * `papergraph extract FILE… [--format jsonl|extracted] [--workers N]`: one JSON object per paper on stdout, in
 * input order, extracted on N threads (as ingest's); rejects and warnings on stderr
 */
export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'jsonl' }, workers: { type: 'string' } },
  });
  if (positionals.length === 0) throw usageError('extract needs at least one file or directory');
  const format = FORMATS.get(values.format);
  if (format === undefined)
    throw usageError(`--format must be ${[...FORMATS.keys()].join(' or ')}, got "${values.format}"`);
  const { ingestWorkers } = loadConfig(process.env, { workers: values.workers });
  let papers = 0;
  let rejected = 0;
  const reject = ({ from, reason }: RejectedRecord) => {
    rejected += 1;
    console.error(`rejected ${from.file}:${from.line}: ${reason}`);
  };
  const print = stdoutLines();
  const pool = createSharedExtractPool(ingestWorkers);
  try {
    const batches = batch(recordsOf(readSources(positionals), reject), EXTRACT_BATCH);
    for await (const { item: records, result } of ahead(batches, 2 * pool.size, (r) => pool.extract(r))) {
      for (const [i, record] of records.entries()) {
        const made = result[i]!;
        if (made.error !== undefined) {
          reject({ from: record.from, reason: `extraction failed: ${made.error}` });
          continue;
        }
        await print(JSON.stringify(format(record, made.extraction)));
        papers += 1;
      }
    }
  } catch (error) {
    // the reader closed the pipe (`| head`): it has all it wants
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    throw error;
  } finally {
    await pool.close();
  }
  console.error(`extracted ${papers} papers, rejected ${rejected}`);
  return papers > 0 || rejected === 0 ? 0 : 1;
}

/**
 * the records of `items`, without any extraction they carry (it is made again, not copied to the threads);
 * rejects and warnings reported on stderr as they are read
 */
async function* recordsOf(
  items: AsyncIterable<SourceItem>,
  reject: (rejected: RejectedRecord) => void,
): AsyncGenerator<PaperRecord> {
  for await (const item of items) {
    if (!item.ok) {
      reject(item.rejected);
      continue;
    }
    for (const warning of item.warnings ?? [])
      console.error(`warning ${warning.from.file}:${warning.from.line}: ${warning.message}`);
    const { extracted: _, ...record } = item.record;
    yield record;
  }
}

/**
 * writes one line to stdout, waiting while its buffer is full (piping 26,000 papers into `head` must not buffer
 * them all); throws the stream's error (EPIPE once the reader has gone) instead of waiting for a drain that never comes
 */
function stdoutLines(): (line: string) => Promise<void> {
  let failed: Error | undefined;
  process.stdout.on('error', (error) => (failed = error));
  return async (line) => {
    if (failed) throw failed;
    if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
  };
}
