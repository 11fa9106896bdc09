import { describe, expect, it } from 'vitest';
import { ahead } from '../../../ingest/ahead.ts';

async function* count(n: number, read: number[]) {
  for (let i = 0; i < n; i++) {
    read.push(i);
    yield i;
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ahead', () => {
  it('yields in input order when later items finish first', async () => {
    const got: number[] = [];
    for await (const { item, result } of ahead(count(6, []), 3, async (i) => {
      await delay((6 - i) * 5);
      return i * 10;
    }))
      got.push(item, result);
    expect(got).toEqual([0, 0, 1, 10, 2, 20, 3, 30, 4, 40, 5, 50]);
  });

  it('starts at most `depth` items before the consumer takes one', async () => {
    const read: number[] = [];
    const started: number[] = [];
    const seen: number[][] = [];
    for await (const { item } of ahead(count(8, read), 2, async (i) => {
      started.push(i);
      return i;
    })) {
      seen.push([item, started.length, read.length]);
      await delay(1);
    }
    // when item k reaches the consumer, items up to k + 1 are started and read, none beyond
    expect(seen.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 5].map((k) => [k, k + 2, k + 2]));
  });

  it('throws a failed item at its turn, after the items before it', async () => {
    const got: number[] = [];
    const run = async () => {
      for await (const { item } of ahead(count(5, []), 3, async (i) => {
        if (i === 2) throw new Error('item 2 failed');
        return i;
      }))
        got.push(item);
    };
    await expect(run()).rejects.toThrow('item 2 failed');
    expect(got).toEqual([0, 1]);
  });
});
