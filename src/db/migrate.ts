import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');

/** the statements of schema/*.cypher in file order; `//` comment lines dropped, split on `;` at line ends */
export async function readMigrations(dir = SCHEMA_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
  const statements: string[] = [];
  for (const file of files) {
    const text = (await readFile(join(dir, file), 'utf8'))
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    statements.push(
      ...text
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    );
  }
  return statements;
}

/** applies every migration (each is idempotent: IF NOT EXISTS) and waits for the indexes to come online */
export async function migrate(driver: Driver, database?: string): Promise<number> {
  const statements = await readMigrations();
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await awaitIndexes(driver, database);
  return statements.length;
}

const INDEX_WAIT_MS = 3_600_000;
const POLL_MS = 1_000;

// polled, not one `CALL db.awaitIndexes(…)`: on a large graph (a bulk load of 10^6 papers) populating the
// full-text index outlasts the server's transaction timeout, which would end one long wait
async function awaitIndexes(driver: Driver, database: string | undefined): Promise<void> {
  const deadline = Date.now() + INDEX_WAIT_MS;
  for (;;) {
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state",
      {},
      { database },
    );
    if (records.length === 0) return;
    const failed = records.filter((r) => r.get('state') === 'FAILED').map((r) => r.get('name') as string);
    if (failed.length > 0) throw new Error(`index population failed: ${failed.join(', ')}`);
    if (Date.now() > deadline) throw new Error(`indexes still populating after ${INDEX_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
