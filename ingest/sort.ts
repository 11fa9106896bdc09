// An external sort, so that what grows with the number of papers lives on disk, not in the heap (what a bulk load
// merges across batches, the ids the duplicate check compares): entries are buffered up to a fixed number,
// sorted and written as a run file; at the end the runs are merged k ways, streaming, in passes of at most
// MERGE_FAN_IN files. Memory is bounded by those two constants whatever the number of entries, and the sort is
// stable: entries with one key come out in the order they were added (each run is sorted stably, and runs, in the
// order written, break ties between them).
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/**
 * entries held in memory before they are sorted and written as a run. A bulk load's largest entries are concept
 * rows: 360 bytes of JSON on average over the synthetic corpus, up to 2.7 a paper. A full buffer of them is
 * 20-30 MB of heap (a few percent of the 1.5 GB the whole ingest may take), and 10^6 papers make about 54 runs
 * of them, merged in one pass
 */
export const RUN_ROWS = 50_000;

/** runs merged at once: each is an open file with a READ_BYTES buffer; more runs are merged in several passes */
export const MERGE_FAN_IN = 64;

const READ_BYTES = 64 * 1024;
const WRITE_BYTES = 1024 * 1024;

export interface SortLimits {
  runRows: number;
  fanIn: number;
}

/** one entry of the sort: its key and its value (anything JSON keeps) */
export interface Entry<T> {
  key: string;
  value: T;
}

/** entries sorted on disk by key (UTF-16 code units, as `<` compares strings), ties in the order added */
export class ExternalSort<T> {
  private buffer: { key: string; line: string }[] = [];
  /** the runs to merge, in the order written */
  private runs: string[] = [];
  /** every file on disk, a run being written included */
  private readonly files = new Set<string>();
  private written = 0;
  private readonly limits: SortLimits;
  private readonly dir: string;
  private readonly name: string;

  /** run files go to `dir` as `name-N.run` */
  constructor(dir: string, name: string, limits: Partial<SortLimits> = {}) {
    this.dir = dir;
    this.name = name;
    this.limits = { runRows: RUN_ROWS, fanIn: MERGE_FAN_IN, ...limits };
    if (this.limits.runRows < 1 || this.limits.fanIn < 2)
      throw new Error(`bad sort limits ${JSON.stringify(this.limits)}`);
  }

  async add(key: string, value: T): Promise<void> {
    // the key is JSON too, so a line splits at its first tab (JSON escapes tabs inside strings). join makes one
    // flat string where a template literal keeps a tree of its parts: half the heap for a small entry
    this.buffer.push({ key, line: [JSON.stringify(key), JSON.stringify(value)].join('\t') });
    if (this.buffer.length >= this.limits.runRows) await this.spill();
  }

  /** every entry added, in order; once, after the last `add`. The run files are removed as it ends */
  async *sorted(): AsyncGenerator<Entry<T>> {
    try {
      await this.spill();
      while (this.runs.length > this.limits.fanIn) await this.mergePass();
      for await (const { key, line } of mergeRuns(this.runs))
        yield { key, value: JSON.parse(line.slice(line.indexOf('\t') + 1)) as T };
    } finally {
      await this.remove();
    }
  }

  /** deletes the run files written so far */
  async remove(): Promise<void> {
    this.buffer = [];
    this.runs = [];
    await Promise.all([...this.files].map((path) => this.delete(path)));
  }

  private async spill(): Promise<void> {
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    rows.sort((a, b) => compare(a.key, b.key)); // stable: one key's rows stay in the order added
    this.runs.push(await this.writeRun(rows));
  }

  // consecutive runs merged into one, so that ties still come out in the order the runs were written
  private async mergePass(): Promise<void> {
    const merged: string[] = [];
    for (let i = 0; i < this.runs.length; i += this.limits.fanIn) {
      const group = this.runs.slice(i, i + this.limits.fanIn);
      merged.push(group.length === 1 ? group[0]! : await this.writeRun(mergeRuns(group)));
      if (group.length > 1) await Promise.all(group.map((path) => this.delete(path)));
    }
    this.runs = merged;
  }

  private async writeRun(
    rows: Iterable<{ line: string }> | AsyncIterable<{ line: string }>,
  ): Promise<string> {
    const path = join(this.dir, `${this.name}-${this.written++}.run`);
    this.files.add(path); // before it is written, so that remove() also deletes a run left halfway
    const file = await open(path, 'w');
    try {
      let chunk = '';
      for await (const { line } of rows) {
        chunk += line + '\n';
        if (chunk.length >= WRITE_BYTES) {
          await file.write(chunk);
          chunk = '';
        }
      }
      if (chunk !== '') await file.write(chunk);
    } finally {
      await file.close();
    }
    return path;
  }

  private async delete(path: string): Promise<void> {
    await rm(path, { force: true });
    this.files.delete(path);
  }
}

/** folds each key's values, in order, into one item: only the current key's item is in memory */
export async function* grouped<T, A>(
  entries: AsyncIterable<Entry<T>>,
  start: (key: string, first: T) => A,
  add: (item: A, value: T) => void,
): AsyncGenerator<A> {
  let current: { key: string; item: A } | undefined;
  for await (const { key, value } of entries) {
    if (current?.key === key) {
      add(current.item, value);
      continue;
    }
    if (current) yield current.item;
    current = { key, item: start(key, value) };
  }
  if (current) yield current.item;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Head {
  key: string;
  line: string;
  run: number;
}

// a k-way merge over a binary heap of each run's next line, ordered by key, then by run
async function* mergeRuns(paths: readonly string[]): AsyncGenerator<Head> {
  const readers = paths.map((path) => new LineReader(path));
  try {
    const heap: Head[] = [];
    const before = (a: Head, b: Head) => {
      const order = compare(a.key, b.key);
      return order < 0 || (order === 0 && a.run < b.run);
    };
    const push = async (run: number) => {
      const line = await readers[run]!.next();
      if (line === undefined) return;
      heap.push({ key: JSON.parse(line.slice(0, line.indexOf('\t'))) as string, line, run });
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!before(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    };
    const pop = (): Head => {
      const top = heap[0]!;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ;) {
          const left = 2 * i + 1;
          const right = left + 1;
          let least = i;
          if (left < heap.length && before(heap[left]!, heap[least]!)) least = left;
          if (right < heap.length && before(heap[right]!, heap[least]!)) least = right;
          if (least === i) break;
          [heap[i], heap[least]] = [heap[least]!, heap[i]!];
          i = least;
        }
      }
      return top;
    };
    for (let run = 0; run < readers.length; run++) await push(run);
    while (heap.length > 0) {
      const head = pop();
      yield head;
      await push(head.run);
    }
  } finally {
    await Promise.all(readers.map((reader) => reader.close()));
  }
}

/** a run file's lines, read READ_BYTES at a time */
class LineReader {
  private file: FileHandle | undefined;
  private readonly decoder = new StringDecoder('utf8');
  private readonly bytes = Buffer.allocUnsafe(READ_BYTES);
  private lines: string[] = [];
  private index = 0;
  private rest = '';
  private ended = false;
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  async next(): Promise<string | undefined> {
    while (this.index >= this.lines.length) {
      if (this.ended) return undefined;
      await this.fill();
    }
    return this.lines[this.index++];
  }

  async close(): Promise<void> {
    await this.file?.close();
    this.file = undefined;
  }

  private async fill(): Promise<void> {
    this.file ??= await open(this.path, 'r');
    const { bytesRead } = await this.file.read(this.bytes, 0, READ_BYTES);
    const text = this.rest + (bytesRead > 0 ? this.decoder.write(this.bytes.subarray(0, bytesRead)) : '');
    this.lines = text.split('\n');
    this.index = 0;
    // every line ends with a newline, so what follows the last one is the start of the next chunk's first line
    this.rest = this.lines.pop()!;
    if (bytesRead === 0) {
      this.ended = true;
      await this.close();
    }
  }
}
