import {
  EXTRACTOR_VERSION,
  extractedRecord,
  extractPaper,
  paperId,
  readSources,
  toContractJson,
  type Extraction,
  type PaperRecord,
} from '../../ingest/index.ts';
import { parseCommandArgs, usageError } from './args.ts';

const FORMATS = new Map<string, (record: PaperRecord, extraction: Extraction) => object>([
  // the evaluation's contract: what was found, with evidence
  ['jsonl', (record, extraction) => toContractJson({ id: paperId(record), title: record.title }, extraction)],
  // the record with its extraction, for `papergraph ingest` (on another machine) to load without extracting again
  ['extracted', (record, extraction) => extractedRecord(record, extraction, EXTRACTOR_VERSION)],
]);

/**
 * `papergraph extract FILE… [--format jsonl|extracted]`: one JSON object per paper on stdout; rejects and
 * warnings on stderr
 */
export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'jsonl' } },
  });
  if (positionals.length === 0) throw usageError('extract needs at least one file or directory');
  const format = FORMATS.get(values.format);
  if (format === undefined)
    throw usageError(`--format must be ${[...FORMATS.keys()].join(' or ')}, got "${values.format}"`);
  let papers = 0;
  let rejected = 0;
  for await (const item of readSources(positionals)) {
    if (!item.ok) {
      rejected += 1;
      console.error(
        `rejected ${item.rejected.from.file}:${item.rejected.from.line}: ${item.rejected.reason}`,
      );
      continue;
    }
    const { record } = item;
    for (const warning of item.warnings ?? [])
      console.error(`warning ${warning.from.file}:${warning.from.line}: ${warning.message}`);
    const line = JSON.stringify(format(record, extractPaper(record)));
    // respect back-pressure: piping 26,000 papers into `head` must not buffer them all
    if (!process.stdout.write(`${line}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    papers += 1;
  }
  console.error(`extracted ${papers} papers, rejected ${rejected}`);
  return papers > 0 || rejected === 0 ? 0 : 1;
}
