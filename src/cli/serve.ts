import { parseArgs } from 'node:util';
import { startServer } from '../api/server.ts';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';

/** `papergraph serve [--port N]`: GraphQL over an existing graph until SIGINT/SIGTERM */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' } } });
  const config = loadConfig(values.port ? { ...process.env, PORT: values.port } : process.env);
  const db = await connect(config, (line) => console.error(line));
  await migrate(db.driver, db.database);
  const server = await startServer({ driver: db.driver, database: db.database, port: config.port, host: process.env.HOST });
  console.log(`GraphQL: ${server.url}`);
  await untilSignal();
  await server.stop();
  await db.driver.close();
  return 0;
}

/** resolves on the first Ctrl-C or SIGTERM */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
