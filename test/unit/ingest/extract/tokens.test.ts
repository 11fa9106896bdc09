import { describe, expect, it } from 'vitest';
import { lastWordOf, tokenize, wordsOf } from '../../../../ingest/extract/tokens.ts';

describe('the one tokenizer', () => {
  const text = "PP-LCNet beats C++ code (and node2vec's v1.5).";

  it('wordsOf keeps a name whole, with the punctuation phrases stop at', () =>
    expect(wordsOf(text, 10).map((w) => [w.text, w.start])).toEqual([
      ['PP-LCNet', 10],
      ['beats', 19],
      ['C++', 25],
      ['code', 29],
      ['(', 34],
      ['and', 35],
      ['node2vec', 39],
      ['s', 48],
      ['v1.5', 50],
      [')', 54],
    ]));

  it('tokenize splits the same words into their key parts, without punctuation or a possessive "s"', () =>
    expect(tokenize(text).map((t) => [t.text, t.start, t.low])).toEqual([
      ['PP', 0, 'pp'],
      ['LCNet', 3, 'lcnet'],
      ['beats', 9, 'beats'],
      ['C++', 15, 'c++'],
      ['code', 19, 'code'],
      ['and', 25, 'and'],
      ['node2vec', 29, 'node2vec'],
      ['v1', 40, 'v1'],
      ['5', 43, '5'],
    ]));

  it('drops "s" only after an apostrophe, straight or curly', () =>
    expect(tokenize("BERT’s s-norm and GPT's").map((t) => t.text)).toEqual([
      'BERT',
      's',
      'norm',
      'and',
      'GPT',
    ]));

  it('folds accents in the low form', () => expect(tokenize('Schrödinger')[0]!.low).toBe('schrodinger'));
});

describe('lastWordOf: the last word of a split at every run of non-letters, without the split', () => {
  const bySplit = (text: string) => {
    const back = text.split(/[^\p{L}\p{N}]+/u);
    if (back[back.length - 1] === '') back.pop();
    return back[back.length - 1] ?? '';
  };

  it.each([
    '',
    ' ',
    'a',
    'the (',
    'node2vec-',
    'über x',
    'x_y',
    'C++',
    'v1.5)',
    '𝑥 𝑦',
    'a\ud835',
    '\udc65b',
    'ab\u0307c',
  ])('%j', (text) => expect(lastWordOf(text)).toBe(bySplit(text)));

  it('agrees with the split on random strings of letters, marks, accents, astral and lone surrogates', () => {
    const alphabet = [
      'a',
      'Z',
      '7',
      ' ',
      '-',
      '+',
      '.',
      'é',
      'ß',
      '٣',
      '\u0301',
      '𝑥',
      '😀',
      '\ud835',
      '\udc65',
      '(',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: n % 12 }, () => alphabet[next()]).join('');
      expect(lastWordOf(text)).toBe(bySplit(text));
    }
  });
});
