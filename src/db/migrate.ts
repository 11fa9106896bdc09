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
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return statements.length;
}
