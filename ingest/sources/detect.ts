/** how a file is laid out, judged from its first bytes */
export type Format = 'empty' | 'binary' | 'json-array' | 'jsonl' | 'text';

// past this share of control bytes the file is binary (or UTF-16), not UTF-8 text
const MAX_CONTROL_SHARE = 0.05;
// "[Re] Reproducibility of …" is a title, not an array: an array of records opens with one of these
const ARRAY_VALUE_START = new Set([0x7b, 0x5b, 0x5d, 0x22]); // { [ ] "
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const NEWLINE = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

/** the format of a file from its first bytes: a JSON array, JSON lines (opening with "{", or most lines do), or title/abstract text */
export function detectFormat(head: Uint8Array): Format {
  const bytes = BOM.every((byte, i) => head[i] === byte) ? head.subarray(BOM.length) : head;
  const first = skipSpace(bytes, 0);
  if (first === bytes.length) return 'empty';
  if (controlShare(bytes) > MAX_CONTROL_SHARE) return 'binary';
  if (bytes[first] === OPEN_BRACKET) {
    const next = skipSpace(bytes, first + 1);
    if (next === bytes.length || ARRAY_VALUE_START.has(bytes[next]!)) return 'json-array';
  }
  // a file opening with "{" is JSON whatever follows: read as text, a pretty-printed object would pass for pairs
  if (bytes[first] === OPEN_BRACE) return 'jsonl';
  let lines = 0;
  let objects = 0;
  for (let start = first; start < bytes.length; start = skipSpace(bytes, lineEnd(bytes, start))) {
    lines++;
    if (bytes[start] === OPEN_BRACE) objects++;
  }
  return objects * 2 > lines ? 'jsonl' : 'text';
}

// whitespace includes newlines, so this also skips blank lines and indentation
function skipSpace(bytes: Uint8Array, from: number): number {
  let at = from;
  while (at < bytes.length && (bytes[at] === 0x20 || (bytes[at]! >= 0x09 && bytes[at]! <= 0x0d))) at++;
  return at;
}

function lineEnd(bytes: Uint8Array, from: number): number {
  const end = bytes.indexOf(NEWLINE, from);
  return end === -1 ? bytes.length : end;
}

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const byte of bytes) if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) control++;
  return control / bytes.length;
}
