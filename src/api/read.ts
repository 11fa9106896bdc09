import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

/** where and how long a read may run */
export interface ReadOptions {
  database: string | undefined;
  timeoutMs: number;
}

/** runs one read-only statement with parameters (never string-built from input) and returns its records */
export async function read(
  driver: Driver,
  cypher: string,
  parameters: Record<string, unknown>,
  options: ReadOptions,
): Promise<Neo4jRecord[]> {
  // JavaScript numbers travel as floats; LIMIT, SKIP and ranges need integers
  const typed = Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [name, Number.isInteger(value) ? neo4j.int(value as number) : value]),
  );
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => tx.run(cypher, typed).then((result) => result.records), {
      timeout: options.timeoutMs,
    });
  } finally {
    await session.close();
  }
}
