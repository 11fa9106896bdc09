import { startServer } from '../api/server.ts';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { parseCommandArgs } from './args.ts';

/** `papergraph serve [--port N]`: GraphQL over an existing graph until SIGINT/SIGTERM */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs({ args, options: { port: { type: 'string' } } });
  const config = loadConfig(process.env, { port: values.port });
  const db = await connect(config, (line) => console.error(line));
  await migrate(db.driver, db.database);
  const server = await startServer({
    driver: db.driver,
    database: db.database,
    port: config.port,
    host: config.host,
    cache: config.responseCache,
  });
  console.log(`GraphQL: ${server.url}`);
  await untilSignal();
  await server.stop();
  await db.driver.close();
  return 0;
}

/**
 * resolves on the first Ctrl-C or SIGTERM. Later signals are absorbed while shutting down: a terminal's Ctrl-C
 * reaches both npm and this process, and npm forwards it again, so a second signal must not kill the process
 * before it has stopped the Neo4j it started.
 */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (!received) resolve(signal);
      else console.error('Still shutting down …');
      received = true;
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
