// The run's duplicate check in two passes over the input files, so that its memory does not grow with the number
// of papers: the first (plan.ts) finds, on disk, every record whose id came earlier; the second is the ingest's
// own reading, where `dedupe` takes those decisions in input order and checks that the files did not change.
import { paperId } from '../../src/graph/names.ts';
import type { PaperRecord, RejectedRecord } from '../types.ts';
import { changedInput, FileDigests, fingerprint, type FileSummary } from './files.ts';
import type { Decision, DuplicatePlan } from './plan.ts';

export { planDuplicates, DEDUPE_RUN_ROWS, type DuplicatePlan } from './plan.ts';

/** what becomes of a record whose id came earlier in the same run */
export interface DedupeHandlers {
  /** the same paper again (same id and content, e.g. a file named twice): nothing new to write */
  onRepeat: (record: PaperRecord) => void;
  /** a different paper under an id already taken: set aside, the first one is kept */
  onConflict: (rejected: RejectedRecord) => void;
}

/**
 * the records whose id is new in this run, as `plan` (the first pass over the same files) decided. The first one
 * wins, run after run; a later one with the same id is a repeat when its content (title, abstract, year, venue,
 * url) is the same, and a conflict, with the first one's file:line, when it is not. Throws when the records are
 * not the ones the first pass read (a file changed in between)
 */
export async function* dedupe(
  records: AsyncIterable<PaperRecord>,
  plan: DuplicatePlan,
  handlers: DedupeHandlers,
): AsyncGenerator<PaperRecord> {
  const digests = new FileDigests((summary, number) => assertSame(plan.files[number], summary));
  const decisions = plan.decisions[Symbol.asyncIterator]();
  try {
    let next = await decisions.next();
    let seq = 0;
    for await (const record of records) {
      const file = digests.add(record.from.file, fingerprint(record));
      if (file >= plan.files.length)
        throw changedInput(record.from.file, 'a file the first pass did not read');
      if (next.done || next.value.seq !== seq++) {
        yield record;
        continue;
      }
      const decision = next.value;
      next = await decisions.next();
      assertAt(decision, file, record);
      if (decision.first === null) handlers.onRepeat(record);
      else handlers.onConflict(conflict(record, plan.files[decision.first[0]]!.file, decision.first[1]));
    }
    const files = digests.end();
    if (files.length < plan.files.length)
      throw changedInput(plan.files[files.length]!.file, 'its records were not there the second time');
  } finally {
    await decisions.return?.();
  }
}

function conflict(record: PaperRecord, firstFile: string, firstLine: number): RejectedRecord {
  const id = paperId(record);
  // without an id of its own, a record's id is its title's hash: two abstracts under one title
  const what = record.id === undefined ? `duplicate title (id ${id})` : `duplicate id "${id}"`;
  return {
    from: record.from,
    reason: `${what}: ${firstFile}:${firstLine} has it with different content, and is kept`,
    excerpt: record.title,
  };
}

// a decision is for the record the first pass read at that place
function assertAt(decision: Decision, file: number, record: PaperRecord): void {
  const [decidedFile, decidedLine] = decision.place;
  if (decidedFile !== file || decidedLine !== record.from.line)
    throw changedInput(
      record.from.file,
      `record ${decision.seq + 1} was at line ${decidedLine}, now ${record.from.line}`,
    );
}

function assertSame(first: FileSummary | undefined, second: FileSummary): void {
  if (first === undefined) throw changedInput(second.file, 'a file the first pass did not read');
  if (first.file !== second.file)
    throw changedInput(
      first.file,
      `its records were gone the second time, ${second.file} came in their place`,
    );
  if (first.records !== second.records)
    throw changedInput(second.file, `${first.records} records, then ${second.records}`);
  if (first.digest !== second.digest) throw changedInput(second.file, 'its ids or content differ');
}
