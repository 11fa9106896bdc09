// A cross-validation thread (bench/cv.ts): predicts each fold it is sent.
import { parentPort } from 'node:worker_threads';
import { predictFold, type FoldTask } from './cv.ts';

parentPort!.on('message', (task: FoldTask) => parentPort!.postMessage(predictFold(task)));
