// A worker thread runs TypeScript the way bin/papergraph.js does: tsx's loader is registered per thread, so each
// worker registers it before importing its module (workerData.module, a file URL). Plain JavaScript, so it starts
// under any parent loader (tsx, vitest).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
