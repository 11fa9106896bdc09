import type { SourceItem } from '../types.ts';
import { expandPath } from './expand.ts';
import { readSourceFile } from './read-file.ts';
import { reject } from './reject.ts';

/**
 * Paper records and rejects from each path in turn: a file (title/abstract text, JSON lines or a JSON array,
 * told apart by content) or a directory of them. Bad input becomes a reject with file and line; never throws.
 */
export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    let files: string[];
    try {
      files = await expandPath(path);
    } catch (error) {
      yield reject(path, 0, `cannot list directory: ${(error as Error).message}`);
      continue;
    }
    if (files.length === 0) yield reject(path, 0, 'directory holds no .txt, .jsonl or .json files');
    for (const file of files) yield* readSourceFile(file);
  }
}
