import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiles, writeFilesOnWorker, type FilesOptions } from '../../../../ingest/bulk/files.ts';
import type { IngestProgress, RecordWarning, RejectedRecord } from '../../../../ingest/index.ts';

const PATHS = ['test/fixtures/abstracts.jsonl', 'test/fixtures/sources'];

// what a run hands its callbacks, and its files (the graph version's load time aside)
async function run(write: (dir: string, options: FilesOptions) => ReturnType<typeof writeFiles>) {
  const dir = mkdtempSync(join(tmpdir(), 'bulk-files-'));
  const calls: (IngestProgress | RejectedRecord | RecordWarning)[] = [];
  const push = (call: IngestProgress | RejectedRecord | RecordWarning) => calls.push(call);
  const { progress, files } = await write(dir, {
    batchSize: 2,
    workers: 2,
    onProgress: push,
    onReject: push,
    onWarning: push,
  });
  const contents = [...files.nodes, ...files.relationships].map((path): [string, string] => [
    basename(path),
    readFileSync(path, 'utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'LOADED_AT'),
  ]);
  return { progress, calls, contents };
}

describe('bulk files on a thread of their own', () => {
  it('writes the same files and calls back the same way, in the same order, as on the calling thread', async () => {
    const here = await run((dir, options) => writeFiles(PATHS, dir, options));
    const there = await run((dir, options) => writeFilesOnWorker(PATHS, dir, options));
    expect(here.progress.rejected).toBeGreaterThan(0);
    expect(here.contents.find(([file]) => file === 'papers.csv')![1].split('\n').length).toBeGreaterThan(10);
    expect(there).toEqual(here);
  });

  // the lexicon, the model and the extraction run in the bounded thread: 32 MB starts it with its modules (24 MB
  // does), not what they need
  it("bounds that thread's old generation, and says so when the bound is reached", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulk-files-'));
    await expect(writeFilesOnWorker(PATHS, dir, { batchSize: 2, workers: 1 }, 32)).rejects.toThrow(
      'the bulk files thread ran out of its 32 MB old generation',
    );
  });
});
