import v8 from 'node:v8';

/**
 * How far past its live size, in percent, a heap may grow before V8's next full collection, during an ingest.
 * V8's own choice goes up to 300% on a machine with memory to spare, and an ingest's threads allocate fast: over
 * 300,000 papers the bulk load's writing thread held 698 MB of heap for about 250 MB live. A hard bound on the heap
 * (--max-old-space-size, a worker's resourceLimits) was a ceiling on the number of papers while the run's
 * duplicate check and merged concepts grew with it (they wait on disk since sessions 8 and 9, and a hard bound was
 * not tried again); this keeps the heap in proportion to what is live instead, for about 8% more CPU
 * (docs/scale.md, "Peak RSS, session 7").
 */
export const INGEST_HEAP_GROWING_PERCENT = 50;

/** for every heap of the process, those of worker threads started afterwards included */
export function limitHeapGrowth(percent = INGEST_HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
