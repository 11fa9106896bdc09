import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingest, type IngestProgress } from '../../ingest/index.ts';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { KgError } from '../errors.ts';
import { writeIngestMetrics } from './ingest-metrics.ts';

/** `papergraph ingest FILE… [--batch-size N] [--rejects PATH]`: progress on stderr, summary on stdout */
export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, rejects: { type: 'string', default: 'rejects.jsonl' } },
  });
  if (positionals.length === 0)
    throw new KgError('INPUT_INVALID', 'usage: papergraph ingest FILE… [--batch-size N] [--rejects PATH]');
  const config = loadConfig(
    values['batch-size'] ? { ...process.env, BATCH_SIZE: values['batch-size'] } : process.env,
  );
  const db = await connect(config, (line) => console.error(line));
  try {
    await migrate(db.driver, db.database);
    const summary = await ingestFiles(positionals, {
      ...db,
      batchSize: config.batchSize,
      rejectsPath: values.rejects,
      metricsFile: config.ops.ingestMetricsFile,
    });
    // non-zero only when nothing at all could be read
    return summary.read > summary.rejected ? 0 : 1;
  } finally {
    await db.driver.close();
  }
}

/** ingests with a progress line on a terminal and prints the summary; shared by `ingest` and `start` */
export async function ingestFiles(
  paths: string[],
  options: {
    driver: import('neo4j-driver').Driver;
    database: string | undefined;
    batchSize: number;
    rejectsPath: string;
    /** where to write the run's totals for Prometheus (PAPERGRAPH_INGEST_METRICS_FILE) */
    metricsFile?: string | undefined;
  },
): Promise<IngestProgress> {
  const started = Date.now();
  let rejects: ReturnType<typeof createWriteStream> | undefined;
  const live = process.stderr.isTTY;
  const summary = await ingest(paths, {
    driver: options.driver,
    database: options.database,
    batchSize: options.batchSize,
    onReject(rejected) {
      rejects ??= createWriteStream(options.rejectsPath);
      rejects.write(
        `${JSON.stringify({ file: rejected.from.file, line: rejected.from.line, reason: rejected.reason, excerpt: rejected.excerpt })}\n`,
      );
      if (!live) console.error(`rejected ${rejected.from.file}:${rejected.from.line}: ${rejected.reason}`);
    },
    onProgress(progress) {
      if (live) process.stderr.write(`\r\x1b[K${progressLine(progress, started)}`);
    },
  });
  if (live) process.stderr.write('\r\x1b[K');
  if (rejects) await new Promise((resolve) => rejects!.end(resolve));
  const seconds = (Date.now() - started) / 1000;
  // what was ingested stays ingested: a metrics file that cannot be written is worth a warning, not a failure
  if (options.metricsFile) {
    await writeIngestMetrics(options.metricsFile, summary, seconds).catch((error: Error) =>
      console.error(`papergraph: could not write ${options.metricsFile}: ${error.message}`),
    );
  }
  console.log(
    `read ${summary.read}: stored ${summary.stored}, skipped ${summary.skipped} (unchanged), rejected ${summary.rejected}` +
      `${summary.rejected > 0 ? ` (see ${options.rejectsPath})` : ''}; ${summary.relationships} relationships written in ${seconds.toFixed(1)} s`,
  );
  return summary;
}

const BAR_WIDTH = 24;

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
