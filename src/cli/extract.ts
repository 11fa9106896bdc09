import { parseArgs } from 'node:util';
import { extractPaper, paperId, readSources, toContractJson } from '../../ingest/index.ts';
import { KgError } from '../errors.ts';

/** `papergraph extract FILE… [--format jsonl]`: one contract JSON object per paper on stdout; rejects on stderr */
export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'jsonl' } },
  });
  if (positionals.length === 0 || values.format !== 'jsonl') {
    throw new KgError('INPUT_INVALID', 'usage: papergraph extract FILE… [--format jsonl]');
  }
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
