import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

// the extensions a directory is searched for; a file named on its own is read whatever its name
const SOURCE_FILE = /\.(txt|jsonl|ndjson|json)$/i;

/**
 * the files a path stands for: itself, or for a directory its source files at any depth, sorted by path.
 * Symbolic links are followed, to files and to folders; a folder is listed once however many links lead to
 * it, so a link back up (a loop) ends. A file is named by the path it was found by, not its link's target.
 */
export async function expandPath(path: string): Promise<string[]> {
  // a path that cannot be stat'ed is still returned: reading it reports why
  const isDirectory = await stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  return isDirectory ? listSourceFiles(path, new Set()) : [path];
}

async function listSourceFiles(dir: string, listed: Set<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (listed.has(real)) return [];
  listed.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const kind = await kindOf(entry, path);
    if (kind === 'dir') files.push(...(await listSourceFiles(path, listed)));
    else if (kind === 'file' && SOURCE_FILE.test(entry.name)) files.push(path);
  }
  return files;
}

// a link is what it points to; a broken link counts as a file, so one with a source name is read and reported
async function kindOf(entry: Dirent, path: string): Promise<'dir' | 'file' | 'other'> {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const target = await stat(path);
    if (target.isDirectory()) return 'dir';
    return target.isFile() ? 'file' : 'other';
  } catch {
    return 'file';
  }
}
