import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODEL_URL } from '../../../ingest/extract/model/index.ts';
import { EXTRACTOR_VERSION, outputFiles } from '../../../ingest/version.ts';

const INGEST = fileURLToPath(new URL('../../../ingest/', import.meta.url));

/** every local module `entry` imports, directly or not, relative to ingest/ */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(INGEST, file).split('\\').join('/');
    if (seen.has(rel)) return;
    seen.add(rel);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(join(INGEST, entry));
  return seen;
}

describe('EXTRACTOR_VERSION', () => {
  it('is a short hash', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^x-[0-9a-f]{12}$/);
  });

  it.each(['extract/index.ts', 'rows.ts'])('covers every module %s imports', (entry) => {
    const covered = new Set(outputFiles());
    const missing = [...importGraph(entry)].filter((f) => !covered.has(f));
    expect(missing).toEqual([]);
  });

  it('covers the model file the extractor loads', () => {
    const model = relative(INGEST, fileURLToPath(MODEL_URL)).split('\\').join('/');
    expect(outputFiles()).toContain(model);
  });

  it('covers the graph names and the row shaping, which change stored names, ids and links', () => {
    expect(outputFiles()).toEqual(
      expect.arrayContaining([
        '../src/graph/names.ts',
        '../src/graph/model.ts',
        'rows.ts',
        'lexicon/pwc.json',
      ]),
    );
  });
});
