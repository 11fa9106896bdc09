import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractedBatches, type ExtractedBatch } from '../../../../ingest/index.ts';
import { createExtractPool, createSharedExtractPool } from '../../../../ingest/workers/pool.ts';
import type { RejectedRecord } from '../../../../ingest/types.ts';

const CORPUS = 'test/fixtures/sources';
const FAILING = new URL('../../../fixtures/workers/failing-worker.ts', import.meta.url);

async function extractAll(paths: string[], workers: number, pool = createExtractPool(workers)) {
  const batches: ExtractedBatch[] = [];
  const rejects: RejectedRecord[] = [];
  for await (const batch of extractedBatches(
    paths,
    { batchSize: 2, workers },
    (r) => rejects.push(r),
    () => {},
    pool,
  ))
    batches.push(batch);
  return { batches, rejects };
}

function corpus(lines: object[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pool-')), 'papers.jsonl');
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

describe('extraction on worker threads', () => {
  it('gives the same batches, in the same order, as extraction on the main thread', async () => {
    const inProcess = await extractAll([CORPUS], 1);
    const threaded = await extractAll([CORPUS], 3);
    expect(inProcess.batches.length).toBeGreaterThan(3);
    expect(threaded.batches.flatMap((b) => b.extracted.map((e) => e.record.title))).toEqual(
      inProcess.batches.flatMap((b) => b.extracted.map((e) => e.record.title)),
    );
    expect(threaded).toEqual(inProcess);
    expect(inProcess.batches.flatMap((b) => b.extracted).some((e) => e.extraction.mentions.length > 0)).toBe(
      true,
    );
  });

  it('gives the same batches on the calling thread and one worker (the pool extractedBatches starts)', async () => {
    const inProcess = await extractAll([CORPUS], 1);
    const shared = await extractAll([CORPUS], 2, createSharedExtractPool(2));
    expect(inProcess.batches.length).toBeGreaterThan(3);
    expect(shared).toEqual(inProcess);
  });

  it("sets a record aside with its file:line when the worker's extraction throws, and keeps the others", async () => {
    const file = corpus([
      { title: 'Residual learning', abstract: 'We train ResNet on CIFAR-10.' },
      { title: 'throws', abstract: 'Anything.' },
      { title: 'Attention', abstract: 'We propose the Transformer.' },
    ]);
    const { batches, rejects } = await extractAll([file], 2, createExtractPool(2, FAILING));
    expect(batches.flatMap((b) => b.extracted.map((e) => e.record.title))).toEqual([
      'Residual learning',
      'Attention',
    ]);
    expect(rejects).toEqual([
      {
        from: { file, line: 2 },
        reason: 'extraction failed: this record cannot be extracted',
        excerpt: 'throws',
      },
    ]);
  });

  it('fails the run, naming the batch, when a worker dies', async () => {
    const file = corpus([
      { title: 'Residual learning', abstract: 'We train ResNet on CIFAR-10.' },
      { title: 'one', abstract: 'One.' },
      { title: 'two', abstract: 'Two.' },
      { title: 'dies', abstract: 'Anything.' },
    ]);
    await expect(extractAll([file], 2, createExtractPool(2, FAILING))).rejects.toThrow(
      // batches of two: the one that killed the worker starts at line 3
      `extraction worker failed on the batch from ${file}:3: the worker exited with code 3`,
    );
  });
});
