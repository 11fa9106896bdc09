import { rename, writeFile } from 'node:fs/promises';
import { Gauge, Registry } from 'prom-client';
import type { IngestProgress } from '../../ingest/index.ts';

/**
 * The totals of one ingest run in Prometheus text format, for node_exporter's textfile collector (an ingest is
 * a batch job with no port to scrape). Gauges, not counters: each file describes the last run only.
 */
export function ingestMetricsText(
  summary: IngestProgress,
  seconds: number,
  finishedAt: Date,
): Promise<string> {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const records = gauge('papergraph_ingest_records', 'Records read by the last ingest, by result', [
    'result',
  ]);
  records.set({ result: 'stored' }, summary.stored);
  records.set({ result: 'skipped' }, summary.skipped);
  records.set({ result: 'rejected' }, summary.rejected);
  gauge('papergraph_ingest_relationships', 'Relationships the last ingest wrote').set(summary.relationships);
  gauge(
    'papergraph_ingest_pre_extracted_records',
    'Records the last ingest read with an extraction of its own version, not extracted again',
  ).set(summary.preExtracted);
  gauge('papergraph_ingest_batches', 'Write transactions of the last ingest').set(summary.batches);
  gauge('papergraph_ingest_duration_seconds', 'How long the last ingest took').set(seconds);
  gauge('papergraph_ingest_last_run_timestamp_seconds', 'When the last ingest finished (Unix time)').set(
    Math.round(finishedAt.getTime() / 1000),
  );
  return registry.metrics();
}

/** writes the file whole (temporary file, then rename), so a collector never reads half of it */
export async function writeIngestMetrics(
  path: string,
  summary: IngestProgress,
  seconds: number,
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, await ingestMetricsText(summary, seconds, new Date()));
  await rename(temporary, path);
}
