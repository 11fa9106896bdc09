import { paperId } from '../src/graph/names.ts';
import { contentHash } from './rows.ts';
import type { PaperRecord, RejectedRecord } from './types.ts';

/** what becomes of a record whose id came earlier in the same run */
export interface DedupeHandlers {
  /** the same paper again (same id and content, e.g. a file named twice): nothing new to write */
  onRepeat: (record: PaperRecord) => void;
  /** a different paper under an id already taken: set aside, the first one is kept */
  onConflict: (rejected: RejectedRecord) => void;
}

/**
 * the records whose id is new in this run. The first one wins, run after run; a later one with the same id is
 * a repeat when its content (title, abstract, year, venue, url) is the same, and a conflict, with the
 * first one's file:line, when it is not.
 */
export async function* dedupe(
  records: AsyncIterable<PaperRecord>,
  handlers: DedupeHandlers,
): AsyncGenerator<PaperRecord> {
  // one short string per id, "hash prefix:file number:line": a million-paper run keeps a million of them
  const seen = new Map<string, string>();
  const files: string[] = [];
  const fileNumbers = new Map<string, number>();
  for await (const record of records) {
    const id = paperId(record);
    // 64 bits of the content hash: two different contents under one id agree on them once in 10^19
    const hash = contentHash(record).slice(0, 16);
    const first = seen.get(id);
    if (first === undefined) {
      let file = fileNumbers.get(record.from.file);
      if (file === undefined) fileNumbers.set(record.from.file, (file = files.push(record.from.file) - 1));
      seen.set(id, `${hash}:${file}:${record.from.line}`);
      yield record;
    } else if (first.startsWith(`${hash}:`)) {
      handlers.onRepeat(record);
    } else {
      const [, file, line] = first.split(':');
      // without an id of its own, a record's id is its title's hash: two abstracts under one title
      const what = record.id === undefined ? `duplicate title (id ${id})` : `duplicate id "${id}"`;
      handlers.onConflict({
        from: record.from,
        reason: `${what}: ${files[Number(file)]}:${line} has it with different content, and is kept`,
        excerpt: record.title,
      });
    }
  }
}
