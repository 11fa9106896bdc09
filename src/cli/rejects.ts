import { createWriteStream, type WriteStream } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import type { RejectedRecord } from '../../ingest/index.ts';
import { KgError } from '../errors.ts';

/** the rejects file of one run: one JSON line per reject, created at the first one */
export interface RejectsFile {
  readonly path: string;
  write(rejected: RejectedRecord): void;
  /** flushes and closes; throws when a line could not be written, so no reject goes missing unnoticed */
  close(): Promise<void>;
}

/**
 * fails with a clear INPUT_INVALID error unless `path` can be written (its folder exists and lets us create it,
 * or it is a writable file). Checked before anything is read: a bad path must not cost a whole run. A file
 * this check creates is removed again, so a run without rejects leaves none behind.
 */
export async function assertWritable(path: string): Promise<void> {
  try {
    const created = await open(path, 'wx').then(
      async (handle) => (await handle.close(), true),
      async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
        await (await open(path, 'a')).close(); // 'a' proves it writable without changing it
        return false;
      },
    );
    if (created) await unlink(path);
  } catch (error) {
    throw new KgError(
      'INPUT_INVALID',
      `Cannot write the rejects file ${path}: ${whyUnwritable(error as NodeJS.ErrnoException)}. ` +
        'Choose a writable path with --rejects PATH.',
      { cause: error },
    );
  }
}

/** a rejects file at `path`, truncated and opened when the first reject comes */
export function rejectsFile(path: string): RejectsFile {
  let stream: WriteStream | undefined;
  let failure: Error | undefined;
  let lines = 0;
  return {
    path,
    write(rejected) {
      if (stream === undefined) {
        stream = createWriteStream(path);
        stream.on('error', (error) => (failure ??= error));
      }
      lines += 1;
      const { from, reason, excerpt } = rejected;
      stream.write(`${JSON.stringify({ file: from.file, line: from.line, reason, excerpt })}\n`);
    },
    async close() {
      // end's callback gets a write's error too, possibly before the 'error' event is emitted
      if (stream !== undefined && !stream.destroyed)
        await new Promise<void>((resolve) =>
          stream!.end((error?: Error | null) => {
            failure ??= error ?? undefined;
            resolve();
          }),
        );
      if (failure !== undefined) {
        throw new KgError(
          'INPUT_INVALID',
          `Could not write the ${lines} rejects to ${path}: ${whyUnwritable(failure as NodeJS.ErrnoException)}. ` +
            'What was stored stays stored; run again with --rejects PATH to list the rejects.',
          { cause: failure },
        );
      }
    },
  };
}

function whyUnwritable(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'its folder does not exist';
  if (error.code === 'EISDIR') return 'it is a directory';
  if (error.code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'EROFS') return 'read-only file system';
  return error.message;
}
