import { parentPort } from 'node:worker_threads';
import type { Extraction, PaperRecord } from '../types.ts';
import type { ExtractRequest, ExtractResponse, ExtractResult } from './pool.ts';

/** answers the pool's batches in a worker thread: each record's extraction, or the message of what it threw */
export function serveExtraction(extract: (record: PaperRecord) => Extraction): void {
  const port = parentPort;
  if (!port) throw new Error('serveExtraction runs in a worker thread started by createExtractPool');
  port.on('message', (request: ExtractRequest) => {
    const results = request.records.map((record): ExtractResult => {
      try {
        return { extraction: extract(record) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    });
    port.postMessage({ id: request.id, results } satisfies ExtractResponse);
  });
}
