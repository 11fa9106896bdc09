import { realpath } from 'node:fs/promises';
import type { SourceItem } from '../types.ts';
import { expandPath } from './expand.ts';
import { readSourceFile } from './read-file.ts';
import { reject } from './reject.ts';

/**
 * Paper records and rejects from each path in turn: a file (title/abstract text, JSON lines or a JSON array,
 * told apart by content) or a directory of them. Bad input becomes a reject with file and line; never throws.
 * A file reached twice (named twice, or through a symbolic link as well) is read once.
 */
export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  const read = new Set<string>();
  for (const path of paths) {
    let files: string[];
    try {
      files = await expandPath(path);
    } catch (error) {
      yield reject(path, 0, `cannot list directory: ${(error as Error).message}`);
      continue;
    }
    if (files.length === 0) yield reject(path, 0, 'directory holds no .txt, .jsonl or .json files');
    for (const file of files) {
      // a file that cannot be resolved (missing, a broken link) is read by its name, and reading says why
      const real = await realpath(file).catch(() => file);
      if (read.has(real)) continue;
      read.add(real);
      yield* readSourceFile(file);
    }
  }
}
