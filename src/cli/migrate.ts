import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { parseCommandArgs } from './args.ts';

/** `papergraph migrate`: apply schema/*.cypher and report how many statements ran */
export async function migrateCommand(args: string[]): Promise<number> {
  parseCommandArgs({ args, options: {} });
  const db = await connect(loadConfig(), (line) => console.error(line));
  try {
    console.log(`Applied ${await migrate(db.driver, db.database)} schema statements to ${db.uri}`);
    return 0;
  } finally {
    await db.driver.close();
  }
}
