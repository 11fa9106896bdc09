import { describe, expect, it } from 'vitest';
import { readJsonArray } from '../../../../ingest/sources/json-array.ts';
import type { SourceItem } from '../../../../ingest/types.ts';
import { chunked, collect, parserMessageHidden } from './helpers.ts';

const paper = (n: number) => ({ title: `Paper ${n}`, abstract: `Abstract ${n}.` });

/** items as compact strings: "record Paper 1 @2" or "reject @3: reason" */
function summary(items: SourceItem[]): string[] {
  return items.map((item) =>
    item.ok
      ? `record ${item.record.title} @${item.record.from.line}`
      : `reject @${item.rejected.from.line}: ${parserMessageHidden(item.rejected.reason)}`,
  );
}

async function read(text: Buffer | string, chunkSize = 5, maxBytes = 1000): Promise<SourceItem[]> {
  return collect(readJsonArray(chunked(text, chunkSize), 'f.json', {}, maxBytes));
}

describe('readJsonArray', () => {
  it.each([1, 5, 4096])('gives the same records and lines in %i-byte chunks', async (size) => {
    const text = JSON.stringify([paper(1), paper(2), paper(3)], null, 2);
    expect(summary(await read(text, size))).toEqual([
      'record Paper 1 @2',
      'record Paper 2 @6',
      'record Paper 3 @10',
    ]);
  });

  it('reads a minified array on one line', async () => {
    expect(summary(await read(JSON.stringify([paper(1), paper(2)])))).toEqual([
      'record Paper 1 @1',
      'record Paper 2 @1',
    ]);
  });

  it('is not misled by brackets, commas and escaped quotes inside strings', async () => {
    const tricky = {
      title: 'A "quoted" [title], {really}',
      abstract: 'Ends with a backslash \\',
      extra: [[1], { a: ']' }],
    };
    const items = await read(JSON.stringify([tricky, paper(2)]), 3);
    expect(items[0]).toMatchObject({ ok: true, record: { title: tricky.title, abstract: tricky.abstract } });
    expect(summary(items)[1]).toBe('record Paper 2 @1');
  });

  it.each([
    ['an empty array', '[]', []],
    ['no array at all', ' \n ', ['reject @2: invalid JSON: no array']],
    ['a trailing comma', `[${JSON.stringify(paper(1))},\n]`, ['record Paper 1 @1']],
    [
      'a scalar element',
      `[${JSON.stringify(paper(1))},\n42]`,
      ['record Paper 1 @1', 'reject @2: not a JSON object'],
    ],
    [
      'a missing comma between elements',
      `[${JSON.stringify(paper(1))},\n{"title": "x"}\n{"title": "y"}]`,
      ['record Paper 1 @1', 'reject @3: invalid JSON: …; the rest of the file is skipped'],
    ],
    [
      'a file cut off inside an element',
      `[${JSON.stringify(paper(1))},\n{"title": "cut`,
      ['record Paper 1 @1', 'reject @2: invalid JSON: the file ends inside the array'],
    ],
    [
      'text after the array',
      `[${JSON.stringify(paper(1))}]\nmore`,
      [
        'record Paper 1 @1',
        'reject @2: invalid JSON: unexpected text after the array; the rest of the file is skipped',
      ],
    ],
    [
      'an extra closing brace',
      `[${JSON.stringify(paper(1))}},\n${JSON.stringify(paper(2))}]`,
      ["reject @1: invalid JSON: unexpected '}'; the rest of the file is skipped"],
    ],
    [
      'an empty element',
      `[${JSON.stringify(paper(1))},\n,${JSON.stringify(paper(2))}]`,
      [
        'record Paper 1 @1',
        'reject @2: invalid JSON: unexpected text where a value should be; the rest of the file is skipped',
      ],
    ],
  ])('handles %s', async (_name, text, expected) => {
    expect(summary(await read(text))).toEqual(expected);
  });

  it('rejects an element over the limit and reads on', async () => {
    const big = { title: 'Big', abstract: 'x'.repeat(5000) };
    const items = await read(JSON.stringify([paper(1), big, paper(3)], null, 1), 64, 1000);
    expect(summary(items)).toEqual([
      'record Paper 1 @2',
      'reject @6: record longer than 1000 bytes (5039 bytes)',
      'record Paper 3 @10',
    ]);
  });

  it('rejects only the element holding invalid UTF-8', async () => {
    const [before, after] =
      `[${JSON.stringify(paper(1))},\n{"title": "Bad", "abstract": "X"},\n${JSON.stringify(paper(3))}]`.split(
        'X',
      );
    const bytes = Buffer.concat([Buffer.from(before!), Buffer.from([0xc3, 0x28]), Buffer.from(after!)]);
    expect(summary(await read(bytes))).toEqual([
      'record Paper 1 @1',
      'reject @2: invalid UTF-8',
      'record Paper 3 @3',
    ]);
  });
});
