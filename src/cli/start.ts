import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../api/server.ts';
import { loadConfig } from '../config.ts';
import { API_DRIVER_CONFIG, connect } from '../db/connect.ts';
import { stopLocal } from '../db/local-server.ts';
import { migrate } from '../db/migrate.ts';
import { parseCommandArgs } from './args.ts';
import { ingestFiles } from './ingest.ts';
import { createLogger } from '../api/ops/index.ts';
import { rejectsFile } from './rejects.ts';
import { serverOptions, stopOnSignal } from './serve.ts';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'sample-abstracts.txt');

/**
 * `papergraph start` (npm start): Neo4j up, schema applied, the sample corpus loaded into an empty database,
 * GraphQL served; Ctrl-C stops the API and the Neo4j this command started
 */
export async function startCommand(args: string[]): Promise<number> {
  parseCommandArgs({ args, options: {} });
  const config = loadConfig();
  const began = Date.now();
  const db = await connect(config, (line) => console.error(line), API_DRIVER_CONFIG);
  const stopDatabase = async () => {
    await db.driver.close();
    if (db.local?.startedNow) {
      console.error('Stopping the local Neo4j …');
      await stopLocal(config.local);
    }
  };
  try {
    await migrate(db.driver, db.database);
    const { records } = await db.driver.executeQuery(
      'MATCH (p:Paper) RETURN count(p) > 0 AS any',
      {},
      { database: db.database, routing: 'READ' },
    );
    if (!records[0]?.get('any')) {
      console.error('The database holds no papers: loading the sample corpus …');
      // the sample is clean: the rejects file is opened only if a reject comes, so a read-only folder is fine
      await ingestFiles([SAMPLE], {
        ...db,
        batchSize: config.batchSize,
        workers: config.ingestWorkers,
        rejects: rejectsFile('rejects.jsonl'),
        metricsFile: config.ops.ingestMetricsFile,
      });
    }
    const log = createLogger(config.ops.logLevel);
    const server = await startServer(serverOptions(config, db, log));
    console.log(`PaperGraph is ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    console.log(`  GraphQL:      ${server.url}`);
    console.log(`  Health:       http://localhost:${server.port}/health`);
    if (db.local) console.log(`  Neo4j Browser: ${db.local.browserUrl}`);
    else console.log(`  Neo4j:        ${db.uri}`);
    console.log('Press Ctrl-C to stop.');
    await stopOnSignal(server, config, log);
  } finally {
    await stopDatabase();
  }
  return 0;
}
