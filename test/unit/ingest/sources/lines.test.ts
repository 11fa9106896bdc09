import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../ingest/sources/lines.ts';
import { chunked, collect } from './helpers.ts';

describe('splitLines', () => {
  it.each([1, 3, 64])('numbers LF and CRLF lines the same way in %i-byte chunks', async (size) => {
    const lines = await collect(splitLines(chunked('one\r\ntwo\n\nthree é\r\nlast', size), 100));
    expect(lines).toEqual([
      { line: 1, text: 'one' },
      { line: 2, text: 'two' },
      { line: 3, text: '' },
      { line: 4, text: 'three é' },
      { line: 5, text: 'last' },
    ]);
  });

  it('adds no empty line after a final newline', async () => {
    expect(await collect(splitLines(chunked('a\nb\n', 2), 100))).toHaveLength(2);
  });

  it('reports a line over the limit and goes on with the next', async () => {
    const lines = await collect(splitLines(chunked(`ok\n${'x'.repeat(50)}\nafter`, 7), 20));
    expect(lines).toEqual([
      { line: 1, text: 'ok' },
      // only the start is kept past the limit
      { line: 2, error: 'line longer than 20 bytes (50 bytes)', excerpt: expect.stringMatching(/^x{20,}$/) },
      { line: 3, text: 'after' },
    ]);
  });

  it('rejects only the line with invalid UTF-8, even when a chunk splits a valid character', async () => {
    const bytes = Buffer.concat([
      Buffer.from('caf\u00e9\n'),
      Buffer.from([0x62, 0xff, 0x64, 0x0a]),
      Buffer.from('ok'),
    ]);
    const lines = await collect(splitLines(chunked(bytes, 4), 100));
    expect(lines).toEqual([
      { line: 1, text: 'café' },
      { line: 2, error: 'invalid UTF-8', excerpt: 'b\uFFFDd' },
      { line: 3, text: 'ok' },
    ]);
  });

  it('rejects a line with control bytes as binary data', async () => {
    const [line] = await collect(splitLines(chunked('a\u0000\u0001b', 10), 100));
    expect(line).toMatchObject({ line: 1, error: 'control characters: binary data, not text' });
  });
});
