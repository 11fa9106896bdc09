import { createReadStream, lstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { SourceItem } from '../types.ts';
import { detectFormat } from './detect.ts';
import { readJsonArray } from './json-array.ts';
import { readJsonLines } from './json-lines.ts';
import { splitLines } from './lines.ts';
import { readPairs } from './pairs.ts';
import { defaultsFromName } from './record.ts';
import { reject } from './reject.ts';

// enough to judge the format, and one read
const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 256 * 1024;
// a line (or array element) longer than this is rejected without being held: no abstract comes near it
const MAX_RECORD_BYTES = 1024 * 1024;

/** the records and rejects of one file, its format judged from its content; never throws */
export async function* readSourceFile(file: string): AsyncGenerator<SourceItem> {
  let head: Buffer;
  try {
    head = await readHead(file);
  } catch (error) {
    yield reject(file, 0, whyUnreadable(error, file));
    return;
  }
  const format = detectFormat(head);
  if (format === 'empty') {
    yield reject(file, 0, 'empty file');
    return;
  }
  if (format === 'binary') {
    yield reject(file, 0, 'binary file: control bytes, not UTF-8 text');
    return;
  }
  const chunks: AsyncIterable<Buffer> = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const defaults = defaultsFromName(file);
  try {
    if (format === 'json-array') yield* readJsonArray(chunks, file, defaults, MAX_RECORD_BYTES);
    else if (format === 'jsonl') yield* readJsonLines(splitLines(chunks, MAX_RECORD_BYTES), file, defaults);
    else yield* readPairs(splitLines(chunks, MAX_RECORD_BYTES), file);
  } catch (error) {
    // the file changed or vanished while being read: what was read stands
    yield reject(file, 0, whyUnreadable(error, file));
  }
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file);
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function whyUnreadable(error: unknown, file: string): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT')
    return isLink(file) ? 'broken symbolic link: its target does not exist' : 'file not found';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read file: ${message}`;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
