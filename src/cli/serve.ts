import type { Logger } from 'pino';
import { createLogger, shutdownSignal } from '../api/ops/index.ts';
import { startServer, type RunningServer } from '../api/server.ts';
import { loadConfig, type Config } from '../config.ts';
import { API_DRIVER_CONFIG, connect } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { parseCommandArgs } from './args.ts';

/** `papergraph serve [--port N]`: GraphQL over an existing graph until SIGINT/SIGTERM */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs({ args, options: { port: { type: 'string' } } });
  const config = loadConfig(process.env, { port: values.port });
  const log = createLogger(config.ops.logLevel);
  const db = await connect(config, (line) => console.error(line), API_DRIVER_CONFIG);
  await migrate(db.driver, db.database);
  const server = await startServer(serverOptions(config, db, log));
  console.log(`GraphQL: ${server.url}`);
  const clean = await stopOnSignal(server, config, log);
  await db.driver.close();
  log.info('stopped');
  log.flush();
  return clean ? 0 : 1;
}

/** what `serve` and `start` give startServer */
export function serverOptions(
  config: Config,
  db: { driver: import('neo4j-driver').Driver; database: string | undefined },
  log: Logger,
) {
  return {
    driver: db.driver,
    database: db.database,
    port: config.port,
    host: config.host,
    cache: config.responseCache,
    limits: config.apiLimits,
    ops: { logger: log, metrics: config.ops.metrics, rateLimit: config.ops.rateLimit },
    shutdownGraceMs: config.ops.shutdownGraceMs,
  };
}

/**
 * Waits for SIGINT or SIGTERM, then stops the server: requests in flight get the grace period; a second signal
 * (not npm's echo of the first) cuts them off. Resolves to false when one was cut off. Should anything after the
 * grace period hang, the process exits 1 a few seconds later; `start` disarms that before stopping its Neo4j.
 */
export async function stopOnSignal(server: RunningServer, config: Config, log: Logger): Promise<boolean> {
  const { signal, force } = await shutdownSignal((received, first) =>
    first
      ? log.info({ signal: received, graceMs: config.ops.shutdownGraceMs }, 'shutting down')
      : log.warn({ signal: received }, 'second signal: cutting off requests in flight'),
  );
  const hard = setTimeout(() => {
    log.error('shutdown did not finish in time: exiting');
    log.flush();
    process.exit(1);
  }, config.ops.shutdownGraceMs + 5_000);
  hard.unref();
  try {
    const clean = await server.stop({ force });
    if (!clean) log.warn({ signal }, 'requests still in flight at the deadline were cut off');
    return clean;
  } finally {
    clearTimeout(hard);
  }
}
