import { describe, expect, it } from 'vitest';
import { defaultsFromName, toItem } from '../../../ingest/sources/record.ts';

const from = { file: 'f.json', line: 3 };

describe('toItem', () => {
  it('maps every field, normalising whitespace', () => {
    const value = {
      id: '2021.acl-long.24',
      title: ' A \n Title ',
      abstract: 'An\u00a0abstract.  ',
      year: '2021',
      venue: 'ACL',
      url: 'https://example.org/p',
      authors: [' Ada Lovelace ', '', 7],
    };
    expect(toItem(value, from, {}, '')).toEqual({
      ok: true,
      record: {
        id: '2021.acl-long.24',
        title: 'A Title',
        abstract: 'An abstract.',
        year: 2021,
        venue: 'ACL',
        url: 'https://example.org/p',
        authors: ['Ada Lovelace'],
        from,
      },
    });
  });

  it('reads the paperlists layout: author string, site, and venue and year from the file name', () => {
    const value = {
      id: 'B11bwYgfM',
      title: 'T',
      abstract: 'A.',
      author: 'Mo Yu;Xiaoxiao Guo',
      site: 'https://openreview.net/x',
      track: 'main',
    };
    const item = toItem(value, from, { venue: 'ICLR', year: 2018 }, '');
    expect(item).toEqual({
      ok: true,
      record: {
        id: 'B11bwYgfM',
        title: 'T',
        abstract: 'A.',
        authors: ['Mo Yu', 'Xiaoxiao Guo'],
        url: 'https://openreview.net/x',
        venue: 'ICLR',
        year: 2018,
        from,
      },
    });
  });

  it('keeps a numeric id as its string and drops a year that is not one', () => {
    const item = toItem({ id: 42, title: 'T', abstract: 'A.', year: 'soon' }, from, {}, '');
    expect(item).toEqual({ ok: true, record: { id: '42', title: 'T', abstract: 'A.', from } });
  });

  it.each([
    [[1, 2], 'not a JSON object'],
    [null, 'not a JSON object'],
    [{ abstract: 'A.' }, 'missing title'],
    [{ title: 7, abstract: 'A.' }, 'missing title'],
    [{ title: ' ', abstract: 'A.' }, 'empty title'],
    [{ title: 'T', abstract: null }, 'missing abstract'],
    [{ title: 'T', abstract: '\n\t' }, 'empty abstract'],
  ])('rejects %j: %s', (value, reason) => {
    expect(toItem(value, from, {}, JSON.stringify(value))).toEqual({
      ok: false,
      rejected: { from, reason, excerpt: JSON.stringify(value) },
    });
  });
});

describe('defaultsFromName', () => {
  it.each([
    ['/x/paperlists/acl/acl2021.json', { venue: 'ACL', year: 2021 }],
    ['nips1987.json', { venue: 'NIPS', year: 1987 }],
    ['iclr-2018.jsonl', { venue: 'ICLR', year: 2018 }],
    ['papers.jsonl', {}],
    ['sample-abstracts.txt', {}],
    ['acl3021.json', {}],
  ])('%s → %j', (file, defaults) => {
    expect(defaultsFromName(file)).toEqual(defaults);
  });
});
