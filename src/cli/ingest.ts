import { bulkIngest } from '../../ingest/bulk/index.ts';
import { ingest, type IngestOptions, type IngestProgress, type RecordWarning } from '../../ingest/index.ts';
import { loadConfig, type LocalNeo4jConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { limitHeapGrowth } from './heap.ts';
import { writeIngestMetrics } from './ingest-metrics.ts';
import { parseCommandArgs, usageError } from './args.ts';
import { assertWritable, rejectsFile, type RejectsFile } from './rejects.ts';

/**
 * `papergraph ingest FILE_OR_DIR… [--batch-size N] [--workers N] [--bulk] [--rejects PATH]`: progress on
 * stderr, summary on stdout
 */
export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' },
      workers: { type: 'string' },
      bulk: { type: 'boolean', default: false },
      rejects: { type: 'string', default: 'rejects.jsonl' },
    },
  });
  if (positionals.length === 0) throw usageError('ingest needs at least one file or directory');
  // before the extraction workers start, so that their heaps are held to it too
  limitHeapGrowth();
  const config = loadConfig(process.env, { batchSize: values['batch-size'], workers: values.workers });
  // before connecting or reading: an unwritable rejects file would otherwise fail the run at its first reject
  await assertWritable(values.rejects);
  if (values.bulk) {
    if (config.neo4j.uri !== undefined) {
      throw usageError(
        `--bulk replaces the store of the local server with neo4j-admin import, and NEO4J_URI points at ${config.neo4j.uri}. ` +
          'Run neo4j-admin database import on that server, or ingest without --bulk (transactional).',
      );
    }
    const summary = await ingestFiles(positionals, {
      bulk: config.local,
      database: config.neo4j.database,
      batchSize: config.batchSize,
      workers: config.ingestWorkers,
      rejects: rejectsFile(values.rejects),
      metricsFile: config.ops.ingestMetricsFile,
    });
    return summary.read > summary.rejected ? 0 : 1;
  }
  const db = await connect(config, (line) => console.error(line));
  try {
    await migrate(db.driver, db.database);
    const summary = await ingestFiles(positionals, {
      ...db,
      batchSize: config.batchSize,
      workers: config.ingestWorkers,
      rejects: rejectsFile(values.rejects),
      metricsFile: config.ops.ingestMetricsFile,
    });
    // non-zero only when nothing at all could be read
    return summary.read > summary.rejected ? 0 : 1;
  } finally {
    await db.driver.close();
  }
}

/**
 * ingests with a progress line on a terminal and prints the summary; shared by `ingest` and `start`.
 * Into `driver`'s database transactionally, or with `bulk`, into the empty database of that local server.
 */
export async function ingestFiles(
  paths: string[],
  options: {
    driver?: import('neo4j-driver').Driver;
    bulk?: LocalNeo4jConfig;
    database: string | undefined;
    batchSize: number;
    workers: number;
    rejects: RejectsFile;
    /** where to write the run's totals for Prometheus (PAPERGRAPH_INGEST_METRICS_FILE) */
    metricsFile?: string | undefined;
  },
): Promise<IngestProgress> {
  const started = Date.now();
  const live = process.stderr.isTTY;
  const clearLine = () => live && process.stderr.write('\r\x1b[K');
  let warnings = 0;
  let lastLogged = started;
  let summary: IngestProgress;
  try {
    const handlers: Pick<IngestOptions, 'onReject' | 'onWarning' | 'onProgress'> = {
      onReject(rejected) {
        options.rejects.write(rejected);
        if (!live) console.error(`rejected ${rejected.from.file}:${rejected.from.line}: ${rejected.reason}`);
      },
      onWarning(warning: RecordWarning) {
        // a warning keeps its record, so it is not in the rejects file: it is printed whatever the terminal
        warnings += 1;
        clearLine();
        console.error(`warning ${warning.from.file}:${warning.from.line}: ${warning.message}`);
      },
      onProgress(progress) {
        if (live) process.stderr.write(`\r\x1b[K${progressLine(progress, started)}`);
        // a long run into a log file says how far it got, twice a minute
        else if (Date.now() - lastLogged >= LOG_EVERY_MS) {
          lastLogged = Date.now();
          console.error(progressLine(progress, started));
        }
      },
    };
    const load = { batchSize: options.batchSize, workers: options.workers, ...handlers };
    if (options.bulk) {
      const log = (line: string) => {
        clearLine();
        console.error(line);
      };
      summary = await bulkIngest(paths, { local: options.bulk, database: options.database, log, ...load });
    } else if (options.driver) {
      summary = await ingest(paths, { driver: options.driver, database: options.database, ...load });
    } else throw new Error('ingestFiles needs a driver or a local server to bulk-load');
  } catch (error) {
    clearLine();
    await options.rejects.close().catch(() => {}); // the ingest's own error is the one to report
    throw error;
  }
  clearLine();
  // the summary comes first: what was stored stays stored even when the rejects could not all be written
  const closed = options.rejects.close();
  closed.catch(() => {});
  const seconds = (Date.now() - started) / 1000;
  // what was ingested stays ingested: a metrics file that cannot be written is worth a warning, not a failure
  if (options.metricsFile) {
    await writeIngestMetrics(options.metricsFile, summary, seconds).catch((error: Error) =>
      console.error(`papergraph: could not write ${options.metricsFile}: ${error.message}`),
    );
  }
  console.log(
    `read ${summary.read}: stored ${summary.stored}, skipped ${summary.skipped} (unchanged), rejected ${summary.rejected}` +
      `${summary.rejected > 0 ? ` (see ${options.rejects.path})` : ''}` +
      `${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'} (above)` : ''}` +
      `${summary.preExtracted > 0 ? `; ${summary.preExtracted} came extracted` : ''}` +
      `; ${summary.relationships} relationships written in ${seconds.toFixed(1)} s`,
  );
  await closed;
  return summary;
}

const BAR_WIDTH = 24;
const LOG_EVERY_MS = 30_000;

// the total is unknown while streaming, so the bar cycles per thousand papers and the counts carry the news
function progressLine(progress: IngestProgress, started: number): string {
  const filled = Math.round(((progress.read % 1000) / 1000) * BAR_WIDTH);
  const rate = progress.read / Math.max((Date.now() - started) / 1000, 0.001);
  const file = progress.file.length > 40 ? `…${progress.file.slice(-39)}` : progress.file;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${progress.read} read, ${progress.stored} stored, ` +
    `${progress.skipped} skipped, ${progress.rejected} rejected, ${rate.toFixed(0)}/s ${file}`
  );
}
