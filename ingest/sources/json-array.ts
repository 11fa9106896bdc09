import type { SourceItem } from '../types.ts';
import { decodeLeniently, decodeUtf8 } from './decode.ts';
import { gather, joined } from './gather.ts';
import type { Gathered } from './gather.ts';
import type { FileDefaults } from './record.ts';
import { toItem } from './record.ts';
import { reject } from './reject.ts';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

// before the "[", between elements, inside one, after the "]"
type Stage = 'start' | 'between' | 'element' | 'end';

/** what one element of the array turned out to be */
type Parsed = { item: SourceItem } | { syntaxError: { line: number; message: string; rest: string } };

/**
 * The elements of one top-level JSON array as records, streamed: only the current element is held, and
 * an element over `maxBytes` is rejected without being held. Each record's line is where its element
 * starts. A syntax error ends the file: one reject stands for the rest.
 */
export async function* readJsonArray(
  chunks: AsyncIterable<Buffer>,
  file: string,
  defaults: FileDefaults,
  maxBytes: number,
): AsyncGenerator<SourceItem> {
  // widened on purpose: tsc narrows a literal-initialised stage wrongly across the nested loops
  let stage = 'start' as Stage;
  let line = 1;
  // the element being read: where it starts, its bytes, and how deep and whether in a string we are
  let startLine = 0;
  let bytes: Gathered = { parts: [], size: 0 };
  let depth = 0;
  let inString = false;
  let escaped = false;
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === NEWLINE) line++;
      if (stage === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
          continue;
        }
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if (depth > 0) {
          if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
        } else if (byte === COMMA || byte === CLOSE_BRACKET) {
          gather(bytes, chunk.subarray(from, i), maxBytes);
          const parsed = parseElement(bytes, file, startLine, defaults, maxBytes);
          if ('syntaxError' in parsed) {
            const { line: errorLine, message, rest } = parsed.syntaxError;
            yield reject(file, errorLine, `invalid JSON: ${message}; the rest of the file is skipped`, rest);
            return;
          }
          yield parsed.item;
          stage = byte === COMMA ? 'between' : 'end';
        } else if (byte === CLOSE_BRACE) {
          yield reject(file, line, "invalid JSON: unexpected '}'; the rest of the file is skipped");
          return;
        }
        continue;
      }
      if (isSpace(byte) || (stage === 'start' && isByteOrderMark(byte))) continue;
      if (stage === 'start' && byte === OPEN_BRACKET) {
        stage = 'between';
      } else if (stage === 'between' && byte === CLOSE_BRACKET) {
        stage = 'end'; // an empty array, or a trailing comma: nothing is lost
      } else if (stage === 'between' && byte !== COMMA) {
        stage = 'element';
        startLine = line;
        bytes = { parts: [], size: 0 };
        from = i;
        depth = byte === OPEN_BRACE || byte === OPEN_BRACKET ? 1 : 0;
        inString = byte === QUOTE;
      } else {
        const where = {
          start: 'before the array',
          between: 'where a value should be',
          end: 'after the array',
        }[stage];
        const rest = decodeLeniently(chunk.subarray(i, i + 400));
        yield reject(
          file,
          line,
          `invalid JSON: unexpected text ${where}; the rest of the file is skipped`,
          rest,
        );
        return;
      }
    }
    if (stage === 'element') gather(bytes, chunk.subarray(from), maxBytes);
  }
  if (stage === 'start') yield reject(file, line, 'invalid JSON: no array');
  else if (stage !== 'end') {
    const text = decodeLeniently(joined(bytes));
    yield reject(
      file,
      stage === 'element' ? startLine : line,
      'invalid JSON: the file ends inside the array',
      text,
    );
  }
}

function parseElement(
  bytes: Gathered,
  file: string,
  line: number,
  defaults: FileDefaults,
  maxBytes: number,
): Parsed {
  const all = joined(bytes);
  if (bytes.size > maxBytes) {
    const reason = `record longer than ${maxBytes} bytes (${bytes.size} bytes)`;
    return { item: reject(file, line, reason, decodeLeniently(all)) };
  }
  // invalid UTF-8 never holds an ASCII byte, so the element's bounds are still right: reject it alone
  const text = decodeUtf8(all);
  if (text === undefined) return { item: reject(file, line, 'invalid UTF-8', decodeLeniently(all)) };
  try {
    return { item: toItem(JSON.parse(text), { file, line }, defaults, text) };
  } catch (error) {
    const message = (error as Error).message;
    // V8 says "… in JSON at position 42": count the lines up to there
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
    const before = text.slice(0, position);
    const errorLine = line + before.length - before.replaceAll('\n', '').length;
    return { syntaxError: { line: errorLine, message, rest: text.slice(position) } };
  }
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isByteOrderMark(byte: number): boolean {
  return byte === 0xef || byte === 0xbb || byte === 0xbf;
}
