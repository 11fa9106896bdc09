// The files thread of a bulk load (started by writeFilesOnWorker): writes the CSV files and sends each callback's
// argument, then the result, to the thread that started it. An error fails the thread, and the caller with it.
import { parentPort, workerData } from 'node:worker_threads';
import { writeFiles, type FilesMessage, type FilesWorkerData } from './files.ts';

const port = parentPort!;
const post = (message: FilesMessage) => port.postMessage(message);
const { paths, dir, batchSize, workers } = workerData as FilesWorkerData;
const written = await writeFiles(paths, dir, {
  batchSize,
  workers,
  onProgress: (progress) => post({ kind: 'progress', progress }),
  onReject: (rejected) => post({ kind: 'reject', rejected }),
  onWarning: (warning) => post({ kind: 'warning', warning }),
});
post({ kind: 'done', written });
