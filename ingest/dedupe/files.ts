// Both passes of the duplicate check see the same records only if no file changed in between: each pass counts
// and digests every file's records in order, and the second compares its figures with the first's.
import { createHash, type Hash } from 'node:crypto';
import { KgError } from '../../src/errors.ts';
import { paperId } from '../../src/graph/names.ts';
import { contentHash } from '../rows.ts';
import type { PaperRecord } from '../types.ts';

/**
 * 64 bits of a record's id hash and of its content hash, in hex. Two ids agree on 64 bits of their hash once in
 * 10^19 pairs: about once in 3·10^7 runs of 10^6 papers.
 */
export interface Fingerprint {
  id: string;
  content: string;
}

/** the fingerprint of `record`; without an own id, its id is its title's hash (paperId) */
export function fingerprint(record: PaperRecord): Fingerprint {
  return {
    // a string of its own, where slice would keep the whole digest alive while the sort buffers it
    id: createHash('sha256').update(paperId(record)).digest().toString('hex', 0, 8),
    content: contentHash(record).slice(0, 16),
  };
}

/** one file's records as a pass read them: how many, and a digest of their fingerprints in order */
export interface FileSummary {
  file: string;
  records: number;
  digest: string;
}

/**
 * the files of a pass in the order read, each one's records counted and digested; a file's records come together
 * (readSources reads each file whole, once), so only the file being read is open
 */
export class FileDigests {
  readonly files: FileSummary[] = [];
  private current: { file: string; records: number; hash: Hash } | undefined;

  private readonly onEnd: (summary: FileSummary, number: number) => void;

  /** `onEnd` is told of each file once its last record has been added */
  constructor(onEnd: (summary: FileSummary, number: number) => void = () => {}) {
    this.onEnd = onEnd;
  }

  /** the number of `file` in this pass, once `print` is added to its digest */
  add(file: string, print: Fingerprint): number {
    if (this.current?.file !== file) {
      this.close();
      this.current = { file, records: 0, hash: createHash('sha256') };
    }
    this.current.records += 1;
    this.current.hash.update(`${print.id}${print.content}`);
    return this.files.length;
  }

  /** every file's summary, the last one closed */
  end(): FileSummary[] {
    this.close();
    return this.files;
  }

  private close(): void {
    if (this.current === undefined) return;
    const { file, records, hash } = this.current;
    this.current = undefined;
    this.files.push({ file, records, digest: hash.digest('hex') });
    this.onEnd(this.files.at(-1)!, this.files.length - 1);
  }
}

/** the error for input that changed between the two passes: what was decided no longer holds */
export function changedInput(file: string, what: string): KgError {
  return new KgError(
    'INPUT_INVALID',
    `${file} changed while it was being ingested (${what}), so the duplicate check read it twice and saw two ` +
      'versions. Run the ingest again once the input no longer changes.',
  );
}
