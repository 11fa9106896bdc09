import { describe, expect, it } from 'vitest';
import { batch } from '../../../ingest/batch.ts';

async function* from<T>(items: T[]) {
  yield* items;
}
const collect = async <T>(source: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
};

describe('batch', () => {
  it.each([
    [
      [1, 2, 3, 4],
      2,
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3], 1, [[1], [2], [3]]],
    [[], 3, []],
  ])('%j in batches of %i', async (items, size, expected) => {
    expect(await collect(batch(from(items), size))).toEqual(expected);
  });
});
