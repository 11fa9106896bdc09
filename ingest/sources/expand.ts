import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

// the extensions a directory is searched for; a file named on its own is read whatever its name
const SOURCE_FILE = /\.(txt|jsonl|ndjson|json)$/i;

/** the files a path stands for: itself, or for a directory its source files at any depth, sorted by path */
export async function expandPath(path: string): Promise<string[]> {
  // a path that cannot be stat'ed is still returned: reading it reports why
  const isDirectory = await stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  return isDirectory ? listSourceFiles(path) : [path];
}

async function listSourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listSourceFiles(path)));
    else if (entry.isFile() && SOURCE_FILE.test(entry.name)) files.push(path);
  }
  return files;
}
