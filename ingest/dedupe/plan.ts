// The duplicate check's first pass: every record's fingerprint and place go to an external sort by id hash, so
// each id's records come out together, in input order; all but the first of each id become a decision, sorted
// back into input order by a second external sort for the second pass to meet as it reads. Memory is the sorts'
// buffers whatever the number of papers or of duplicates.
import { ExternalSort, type SortLimits } from '../sort.ts';
import { readSources } from '../sources/index.ts';
import { FileDigests, fingerprint, type FileSummary } from './files.ts';

/**
 * entries a sort of the duplicate check holds before writing a run. An entry takes about 150 bytes of heap (a key of
 * 16 characters and a flat JSON line of about 50), so a full buffer is about 15 MB, a few times that in RSS
 * while V8 collects behind it; 6.4 million papers make at most 64 runs, merged in one pass
 */
export const DEDUPE_RUN_ROWS = 100_000;

/** a file number and a line: where a record was read */
export type Place = [file: number, line: number];

/** a record that is not the first of its id, by its number among the run's records (0-based, input order) */
export interface Decision {
  seq: number;
  place: Place;
  /** the place of its id's first record when the content differs (a conflict); null for a repeat */
  first: Place | null;
}

/** what the second pass needs: the first pass's files, and the decisions in input order */
export interface DuplicatePlan {
  files: FileSummary[];
  /** read once, as the second pass goes */
  decisions: AsyncIterable<Decision>;
}

// [content hash, file number, line, seq]: the id hash is the sort's key
type IdEntry = [content: string, file: number, line: number, seq: number];

/** the first pass over `paths`: their duplicates, planned in run files under `dir` (which the caller removes) */
export async function planDuplicates(
  paths: string[],
  dir: string,
  limits: Partial<SortLimits> = {},
): Promise<DuplicatePlan> {
  const sortLimits = { runRows: DEDUPE_RUN_ROWS, ...limits };
  const byId = new ExternalSort<IdEntry>(dir, 'ids', sortLimits);
  const digests = new FileDigests();
  let seq = 0;
  for await (const item of readSources(paths)) {
    if (!item.ok) continue; // the second pass reports it
    const print = fingerprint(item.record);
    const file = digests.add(item.record.from.file, print);
    await byId.add(print.id, [print.content, file, item.record.from.line, seq++]);
  }
  const later = new ExternalSort<Decision>(dir, 'later', sortLimits);
  let first: { id: string; content: string; place: Place } | undefined;
  for await (const { key, value } of byId.sorted()) {
    const [content, file, line, at] = value;
    if (first?.id !== key) first = { id: key, content, place: [file, line] };
    else
      await later.add(seqKey(at), {
        seq: at,
        place: [file, line],
        first: content === first.content ? null : first.place,
      });
  }
  return { files: digests.end(), decisions: decisionsOf(later) };
}

// the sort compares keys as strings: zero-padded to the digits of Number.MAX_SAFE_INTEGER, they sort as numbers
const seqKey = (seq: number) => String(seq).padStart(16, '0');

async function* decisionsOf(sort: ExternalSort<Decision>): AsyncGenerator<Decision> {
  for await (const { value } of sort.sorted()) yield value;
}
