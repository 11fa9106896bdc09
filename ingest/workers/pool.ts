// Extraction on worker threads: batches go to the least busy worker and come back as promises, so the caller
// keeps them in input order. A record whose extraction throws comes back as an error for that record; a worker
// that dies fails every batch it held, naming the batch's first file:line, and the pool with it.
import { Worker } from 'node:worker_threads';
import { extractPaper } from '../extract/index.ts';
import type { Extraction, PaperRecord } from '../types.ts';

/** a record's extraction, or why it failed (the record is then set aside as a reject) */
export type ExtractResult = { extraction: Extraction; error?: undefined } | { error: string };

export interface ExtractRequest {
  id: number;
  records: PaperRecord[];
}
export interface ExtractResponse {
  id: number;
  results: ExtractResult[];
}

/** extracts batches of records; results are in the batch's order */
export interface ExtractPool {
  readonly size: number;
  extract(records: PaperRecord[]): Promise<ExtractResult[]>;
  close(): Promise<void>;
}

const EXTRACT_WORKER = new URL('./extract-worker.ts', import.meta.url);

/**
 * `size` worker threads, or the calling thread itself when size is 1. `module` is the worker's code (a module
 * that calls serveExtraction), the extraction worker unless given.
 */
export function createExtractPool(size: number, module: URL = EXTRACT_WORKER): ExtractPool {
  return size <= 1 ? inProcessPool() : workerPool(size, module);
}

/**
 * `size` extraction threads of which the calling thread is one: `size - 1` workers. A worker costs about 1.6 s
 * of CPU to start (compromise, the modules, the lexicon and the model), as much as extracting a thousand
 * abstracts, and every record and extraction is copied to and from it; the calling thread has them loaded
 * already and mostly waits on the database while it writes. Each batch goes to the least busy thread.
 */
export function createSharedExtractPool(size: number): ExtractPool {
  if (size <= 1) return inProcessPool();
  const caller = inProcessPool();
  const workers = workerPool(size - 1, EXTRACT_WORKER);
  let callerPending = 0;
  let workersPending = 0;
  return {
    size,
    extract(records) {
      if (callerPending * (size - 1) <= workersPending) {
        callerPending += 1;
        return caller.extract(records).finally(() => (callerPending -= 1));
      }
      workersPending += 1;
      return workers.extract(records).finally(() => (workersPending -= 1));
    },
    close: () => workers.close(),
  };
}

// small, so a write waiting on the calling thread waits at most a few papers' extraction
const EXTRACT_SLICE = 5;

// extraction is synchronous: yielding to the event loop every few papers lets a write in flight progress
function inProcessPool(): ExtractPool {
  return {
    size: 1,
    async extract(records) {
      const results: ExtractResult[] = [];
      for (const [i, record] of records.entries()) {
        try {
          results.push({ extraction: extractPaper(record) });
        } catch (error) {
          results.push({ error: (error as Error).message });
        }
        if (i % EXTRACT_SLICE === EXTRACT_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
      }
      return results;
    },
    async close() {},
  };
}

interface Pending {
  records: PaperRecord[];
  resolve: (results: ExtractResult[]) => void;
  reject: (error: Error) => void;
}

/**
 * A bound on each worker's old generation. An extraction thread holds about 125 MB live (the lexicon, the model,
 * its bounded caches) after 120,000 abstracts, yet left alone V8 grows its heap to 400 MB and more before it
 * collects; with the bound it collects sooner, so a long ingest's RSS stays flat.
 */
const WORKER_OLD_SPACE_MB = 320;

function workerPool(size: number, module: URL): ExtractPool {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./worker-shim.mjs', import.meta.url), {
      workerData: { module: module.href },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
    });
    const pending = new Map<number, Pending>();
    return { worker, pending };
  });
  let nextId = 0;
  let failure: Error | undefined;
  for (const slot of workers) {
    slot.worker.on('message', (response: ExtractResponse) => {
      const request = slot.pending.get(response.id);
      slot.pending.delete(response.id);
      request?.resolve(response.results);
    });
    const fail = (cause: Error) => {
      failure ??= cause;
      for (const request of slot.pending.values()) {
        const first = request.records[0]?.from;
        request.reject(
          new Error(
            `extraction worker failed on the batch from ${first?.file}:${first?.line}: ${cause.message}`,
            { cause },
          ),
        );
      }
      slot.pending.clear();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`the worker exited with code ${code}`));
    });
  }
  return {
    size,
    extract(records) {
      if (failure) return Promise.reject(failure);
      const slot = workers.reduce((least, w) => (w.pending.size < least.pending.size ? w : least));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { records, resolve, reject });
        slot.worker.postMessage({ id, records } satisfies ExtractRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
