import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExternalSort, grouped, type Entry, type SortLimits } from '../../../ingest/sort.ts';

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

// a sort in a fresh folder, the entries added, the folder's run files counted before the merge
async function sortOf<T>(entries: Entry<T>[], limits: Partial<SortLimits>) {
  const dir = mkdtempSync(join(tmpdir(), 'sort-'));
  const sort = new ExternalSort<T>(dir, 'x', limits);
  for (const { key, value } of entries) await sort.add(key, value);
  return { dir, sort, runs: readdirSync(dir).length };
}

// what the external sort must give: a stable in-memory sort by UTF-16 code units
const expected = <T>(entries: Entry<T>[]) =>
  entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : a.i - b.i))
    .map(({ entry }) => entry);

// a small deterministic generator, so a failure can be replayed
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('external sort', () => {
  it('orders keys by UTF-16 code units, as Array.prototype.sort does', async () => {
    const next = random(7);
    const alphabet = ['a', 'B', 'é', 'z', ' ', '\t', '"', '\\', '😀', '\uffff', 'é'];
    const entries = Array.from({ length: 500 }, (_, i) => ({
      key: Array.from({ length: 1 + Math.floor(next() * 4) }, () => alphabet[Math.floor(next() * 11)]!).join(
        '',
      ),
      value: { i, text: 'line\nbreak\ttab "quoted" 😀' },
    }));
    const { sort, runs } = await sortOf(entries, { runRows: 37, fanIn: 4 });
    expect(runs).toBe(Math.floor(500 / 37));
    const sorted = await collect(sort.sorted());
    expect(sorted.map((e) => e.key)).toEqual(entries.map((e) => e.key).sort());
    expect(sorted).toEqual(expected(entries));
  });

  it('gives the entries of one key in the order they were added, across runs and merge passes', async () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({ key: ['b', 'a', 'c'][i % 3]!, value: i }));
    const { sort, runs } = await sortOf(entries, { runRows: 4, fanIn: 2 });
    expect(runs).toBe(75);
    const sorted = await collect(sort.sorted());
    expect(sorted.filter((e) => e.key === 'a').map((e) => e.value)).toEqual(
      entries.filter((e) => e.key === 'a').map((e) => e.value),
    );
    expect(sorted).toEqual(expected(entries));
  });

  it('merges more runs than it opens at once in several passes, and removes every file', async () => {
    const next = random(11);
    const entries = Array.from({ length: 2_000 }, (_, i) => ({
      key: String(Math.floor(next() * 150)),
      value: i,
    }));
    const { dir, sort, runs } = await sortOf(entries, { runRows: 3, fanIn: 3 });
    expect(runs).toBe(666); // the last, partial run is written when the merge starts
    expect(await collect(sort.sorted())).toEqual(expected(entries));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives nothing for no entries, and writes no file', async () => {
    const { dir, sort, runs } = await sortOf([], {});
    expect(runs).toBe(0);
    expect(await collect(sort.sorted())).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps a run in memory until it is full', async () => {
    const { sort, runs } = await sortOf([{ key: 'k', value: 1 }], {});
    expect(runs).toBe(0);
    expect(await collect(sort.sorted())).toEqual([{ key: 'k', value: 1 }]);
  });

  it('removes its files when the reader stops early or fails', async () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({ key: String(i % 7), value: i }));
    const stopped = await sortOf(entries, { runRows: 5, fanIn: 2 });
    for await (const entry of stopped.sort.sorted()) if (entry.value > 10) break;
    expect(readdirSync(stopped.dir)).toEqual([]);

    const failed = await sortOf(entries, { runRows: 5, fanIn: 64 });
    await expect(
      (async () => {
        for await (const _ of failed.sort.sorted()) throw new Error('writing failed');
      })(),
    ).rejects.toThrow('writing failed');
    expect(readdirSync(failed.dir)).toEqual([]);
  });

  it('refuses bounds that could not make progress', () => {
    expect(() => new ExternalSort(tmpdir(), 'x', { runRows: 0 })).toThrow(/bad sort limits/);
    expect(() => new ExternalSort(tmpdir(), 'x', { fanIn: 1 })).toThrow(/bad sort limits/);
  });
});

describe('grouped', () => {
  it('folds the entries of a key with rows in many runs into one item, in order', async () => {
    const entries = Array.from({ length: 90 }, (_, i) => ({
      key: i % 2 === 0 ? 'many' : `one-${i}`,
      value: i,
    }));
    const { sort, runs } = await sortOf(entries, { runRows: 4, fanIn: 3 });
    expect(runs).toBeGreaterThan(20);
    const items = await collect(
      grouped(
        sort.sorted(),
        (key, first) => ({ key, values: [first] }),
        (item, value) => item.values.push(value),
      ),
    );
    expect(items.find((item) => item.key === 'many')?.values).toEqual(
      Array.from({ length: 45 }, (_, i) => 2 * i),
    );
    expect(items.map((item) => item.key)).toEqual([...new Set(entries.map((e) => e.key))].sort());
    expect(items.filter((item) => item.key !== 'many').every((item) => item.values.length === 1)).toBe(true);
  });

  it('gives nothing for no entries', async () => {
    const { sort } = await sortOf<number>([], {});
    expect(
      await collect(
        grouped(
          sort.sorted(),
          (key) => key,
          () => {},
        ),
      ),
    ).toEqual([]);
  });
});
