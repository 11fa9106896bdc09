import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../ingest/sources/detect.ts';
import type { Format } from '../../../../ingest/sources/detect.ts';

describe('detectFormat', () => {
  it.each<[string, Buffer | string, Format]>([
    ['zero bytes', '', 'empty'],
    ['only whitespace', ' \n\r\n\t ', 'empty'],
    ['only a byte-order mark', '\uFEFF', 'empty'],
    ['NUL bytes', Buffer.alloc(100), 'binary'],
    ['UTF-16 text', Buffer.from('{"title": "x"}', 'utf16le'), 'binary'],
    ['an array of objects', '[\n  {"title": "x"}\n]', 'json-array'],
    ['an array after a byte-order mark', '\uFEFF[{"title": "x"}]', 'json-array'],
    ['an empty array', '[ ]', 'json-array'],
    ['a title in brackets', '[Re] Reproducibility Study\nWe reproduce it.', 'text'],
    ['JSON lines', '{"title": "a"}\n\n{"title": "b"}\n', 'jsonl'],
    ['JSON lines whose first line is broken', 'oops\n{"title": "a"}\n{"title": "b"}\n', 'jsonl'],
    ['a pretty-printed JSON object', '{\n  "papers": [\n    {"title": "x"}\n  ]\n}', 'jsonl'],
    ['title/abstract text', 'A Title\nAn abstract.\n', 'text'],
    ['text with one line opening with a brace', 'A Title\n{braces} in an abstract.\nB\nC.\n', 'text'],
  ])('%s → %s', (_name, head, format) => {
    expect(detectFormat(Buffer.from(head))).toBe(format);
  });
});
