import { describe, expect, it } from 'vitest';
import { readPairs } from '../../../../ingest/sources/pairs.ts';
import type { Line } from '../../../../ingest/sources/lines.ts';
import { collect } from './helpers.ts';

async function* numbered(texts: string[]): AsyncGenerator<Line> {
  for (const [i, text] of texts.entries()) yield { line: i + 1, text };
}

async function read(texts: string[]): Promise<string[]> {
  const items = await collect(readPairs(numbered(texts), 'f.txt'));
  return items.map((item) =>
    item.ok
      ? `${item.record.from.line}: ${item.record.title} | ${item.record.abstract}`
      : `${item.rejected.from.line}: ${item.rejected.reason} (${item.rejected.excerpt})`,
  );
}

const abstract = 'We propose a method. It works well.';

describe('readPairs', () => {
  it.each<[string, string[], string[]]>([
    ['a title then its abstract', ['A Title', abstract], [`1: A Title | ${abstract}`]],
    [
      'boilerplate and a glued Subscribe',
      [
        'Get trending papers in your email inbox once a day!',
        'Get trending papers in your email inbox!',
        'SubscribeEnd-to-End Audio',
        abstract,
      ],
      [`3: End-to-End Audio | ${abstract}`],
    ],
    ['a standalone Subscribe line', ['Subscribe', 'A Title', abstract], [`2: A Title | ${abstract}`]],
    [
      'Subscribe glued to a later title is kept',
      ['A', abstract, 'SubscribeNet: Mail', abstract],
      [`1: A | ${abstract}`, `3: SubscribeNet: Mail | ${abstract}`],
    ],
    [
      '"Subscriber" is a word, not the button',
      ['Subscriber Churn Models', abstract],
      [`1: Subscriber Churn Models | ${abstract}`],
    ],
    [
      'blank lines between and inside pairs',
      ['', 'A Title', '  ', abstract, '', ''],
      [`2: A Title | ${abstract}`],
    ],
    ['whitespace collapsed', ['  A \t Title ', ` ${abstract}  `], [`1: A Title | ${abstract}`]],
    [
      'a title without abstract in the middle',
      ['Lost Abstract', 'B Title', abstract],
      ['1: title without abstract (Lost Abstract)', `2: B Title | ${abstract}`],
    ],
    [
      'the file ending after a title',
      ['A Title', abstract, 'Last Title'],
      [`1: A Title | ${abstract}`, '3: title without abstract (Last Title)'],
    ],
    [
      'an abstract without a title',
      [abstract, 'A Title', abstract],
      [`1: abstract without title (${abstract})`, `2: A Title | ${abstract}`],
    ],
    ['a title asking a question', ['Does It Work? Yes!', abstract], [`1: Does It Work? Yes! | ${abstract}`]],
    [
      'a long abstract without a full stop',
      ['A Title', 'x '.repeat(200)],
      [`1: A Title | ${'x '.repeat(200).trim()}`],
    ],
  ])('%s', async (_name, texts, expected) => {
    expect(await read(texts)).toEqual(expected);
  });

  it('rejects a bad line with its own reason and keeps the pairing', async () => {
    async function* lines(): AsyncGenerator<Line> {
      yield { line: 1, text: 'A Title' };
      yield { line: 2, error: 'invalid UTF-8', excerpt: 'b\uFFFDd' };
      yield { line: 3, text: 'B Title' };
      yield { line: 4, text: abstract };
    }
    const items = await collect(readPairs(lines(), 'f.txt'));
    expect(items.map((item) => (item.ok ? item.record.title : item.rejected.reason))).toEqual([
      'invalid UTF-8',
      'title without abstract',
      'B Title',
    ]);
  });
});
