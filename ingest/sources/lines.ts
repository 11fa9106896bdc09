import { decodeLeniently, decodeUtf8 } from './decode.ts';
import { gather, joined } from './gather.ts';
import type { Gathered } from './gather.ts';

/** one numbered line of a text file: its text, or why it cannot be used */
export type Line = { line: number; text: string } | { line: number; error: string; excerpt: string };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
// C0 controls other than tab, newline, vertical tab, form feed and carriage return, and DEL: binary data
const CONTROL = /[\x00-\x08\x0E-\x1F\x7F]/;

/** split a byte stream into lines (LF or CRLF), each checked as UTF-8; a line over `maxBytes` is reported, not held */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let bytes: Gathered = { parts: [], size: 0 };
  let line = 1;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      gather(bytes, chunk.subarray(start, end), maxBytes);
      yield toLine(bytes, line++, maxBytes);
      bytes = { parts: [], size: 0 };
      start = end + 1;
    }
    if (start < chunk.length) gather(bytes, chunk.subarray(start), maxBytes);
  }
  if (bytes.size > 0) yield toLine(bytes, line, maxBytes);
}

function toLine(bytes: Gathered, line: number, maxBytes: number): Line {
  const all = joined(bytes);
  if (bytes.size > maxBytes) {
    const excerpt = decodeLeniently(all);
    return { line, error: `line longer than ${maxBytes} bytes (${bytes.size} bytes)`, excerpt };
  }
  const content = all.at(-1) === CARRIAGE_RETURN ? all.subarray(0, -1) : all;
  const text = decodeUtf8(content);
  if (text === undefined) return { line, error: 'invalid UTF-8', excerpt: decodeLeniently(content) };
  if (CONTROL.test(text)) return { line, error: 'control characters: binary data, not text', excerpt: text };
  return { line, text };
}
