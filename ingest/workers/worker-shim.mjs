// A worker thread runs TypeScript the way bin/papergraph.js does: natively where Node strips types, else through
// tsx's loader, registered per thread before the worker imports its module (workerData.module, a file URL).
// Plain JavaScript, so it starts under any parent loader (tsx, vitest).
import module from 'node:module';
import { workerData } from 'node:worker_threads';

// a thread enables the compile cache for itself (bin/papergraph.js enables it for the main thread)
module.enableCompileCache?.();
if (!process.features.typescript) (await import('tsx/esm/api')).register();
await import(workerData.module);
