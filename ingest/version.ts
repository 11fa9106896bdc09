import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * A fingerprint of the extractor's code and lexicon. Papers stored under another version are extracted again
 * on the next ingest, so improving extraction never needs a manual wipe.
 */
export const EXTRACTOR_VERSION = (() => {
  const hash = createHash('sha256');
  for (const dir of ['extract', 'lexicon']) {
    for (const name of readdirSync(join(HERE, dir)).sort()) {
      if (/\.(ts|json)$/.test(name)) hash.update(name).update(readFileSync(join(HERE, dir, name)));
    }
  }
  return `x-${hash.digest('hex').slice(0, 12)}`;
})();
