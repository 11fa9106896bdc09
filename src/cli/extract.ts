import { extractPaper, paperId, readSources, toContractJson } from '../../ingest/index.ts';
import { parseCommandArgs, usageError } from './args.ts';

/** `papergraph extract FILE… [--format jsonl]`: one contract JSON object per paper on stdout; rejects on stderr */
export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'jsonl' } },
  });
  if (positionals.length === 0) throw usageError('extract needs at least one file or directory');
  if (values.format !== 'jsonl') throw usageError(`--format must be jsonl, got "${values.format}"`);
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
    const line = JSON.stringify(
      toContractJson({ id: paperId(record), title: record.title }, extractPaper(record)),
    );
    // respect back-pressure: piping 26,000 papers into `head` must not buffer them all
    if (!process.stdout.write(`${line}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    papers += 1;
  }
  console.error(`extracted ${papers} papers, rejected ${rejected}`);
  return papers > 0 || rejected === 0 ? 0 : 1;
}
