import { paperId } from '../src/graph/names.ts';
import { contentHash } from './rows.ts';
import type { PaperRecord, RejectedRecord, SourceLocation } from './types.ts';

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
  const seen = new Map<string, { hash: string; from: SourceLocation }>();
  for await (const record of records) {
    const id = paperId(record);
    const hash = contentHash(record);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, { hash, from: record.from });
      yield record;
    } else if (first.hash === hash) {
      handlers.onRepeat(record);
    } else {
      // without an id of its own, a record's id is its title's hash: two abstracts under one title
      const what = record.id === undefined ? `duplicate title (id ${id})` : `duplicate id "${id}"`;
      handlers.onConflict({
        from: record.from,
        reason: `${what}: ${first.from.file}:${first.from.line} has it with different content, and is kept`,
        excerpt: record.title,
      });
    }
  }
}
