import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * Everything that changes what is extracted and stored for a paper, relative to ingest/: the finders and the
 * model (extract/, with the model file), the lexicon, the graph's names, ids and vocabulary (src/graph/) and the
 * shaping of rows for the loader. test/unit/ingest/version.test.ts fails when a module the extractor or the row
 * shaping imports is not here.
 */
export const OUTPUT_MODULES: readonly string[] = [
  'extract',
  'lexicon',
  'rows.ts',
  'types.ts',
  '../src/graph/names.ts',
  '../src/graph/model.ts',
  '../src/graph/metrics.ts',
  '../src/graph/metric-mentions.ts',
];

/** the files under `OUTPUT_MODULES`, relative to ingest/, sorted */
export function outputFiles(root = HERE): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (/\.(ts|json)$/.test(path)) files.push(relative(root, path).split('\\').join('/'));
  };
  for (const m of OUTPUT_MODULES) walk(join(root, m));
  return files.sort();
}

/**
 * A fingerprint of the extractor's code, lexicon and model. Papers stored under another version are extracted
 * again on the next ingest, so improving extraction never needs a manual wipe.
 */
export const EXTRACTOR_VERSION = (() => {
  const hash = createHash('sha256');
  for (const file of outputFiles()) hash.update(file).update(readFileSync(join(HERE, file)));
  return `x-${hash.digest('hex').slice(0, 12)}`;
})();
