import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/** the path of a file in test/fixtures/sources */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/sources/${name}`, import.meta.url));
}

/** every item of an async iterable, in order */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** the bytes of `text` as a stream of chunks of `size` bytes, to put every boundary somewhere awkward */
export async function* chunked(bytes: Buffer | string, size: number): AsyncGenerator<Buffer> {
  const all = Buffer.from(bytes);
  for (let at = 0; at < all.length; at += size) yield all.subarray(at, at + size);
}

/** a temporary folder for the suite, removed afterwards; `write` puts a file in it (folders made) and returns its path */
export function useTempDir(): { write: (name: string, content: Buffer | string) => Promise<string> } {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'papergraph-sources-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return {
    write: async (name, content) => {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
      return path;
    },
  };
}

/** a reason with the JSON parser's own message (worded differently by each Node version) replaced by "…" */
export function parserMessageHidden(reason: string): string {
  return reason.replace(/^(invalid JSON: )[^;]*JSON[^;]*/, '$1…');
}
