import { describe, expect, it } from 'vitest';
import { defaultsFromName, toItem } from '../../../../ingest/sources/record.ts';

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

  it('keeps a numeric id as its string; a missing, null or blank id or year is no id or year', () => {
    expect(toItem({ id: 42, title: 'T', abstract: 'A.' }, from, {}, '')).toEqual({
      ok: true,
      record: { id: '42', title: 'T', abstract: 'A.', from },
    });
    for (const blank of [null, '', '  ']) {
      expect(toItem({ id: blank, title: 'T', abstract: 'A.', year: blank }, from, {}, '')).toEqual({
        ok: true,
        record: { title: 'T', abstract: 'A.', from },
      });
    }
  });

  // an id stored under another name would stay a second paper once fixed: the record is set aside
  it.each([
    [{ arxiv: '1706.03762' }, 'invalid id {"arxiv":"1706.03762"}: expected a string or a number'],
    [true, 'invalid id true: expected a string or a number'],
    [['a', 'b'], 'invalid id ["a","b"]: expected a string or a number'],
    [{ long: 'x'.repeat(100) }, `invalid id {"long":"${'x'.repeat(51)}…: expected a string or a number`],
  ])('rejects the id %j at its file:line', (id, reason) => {
    const value = { id, title: 'T', abstract: 'A.' };
    expect(toItem(value, from, {}, JSON.stringify(value))).toEqual({
      ok: false,
      rejected: { from, reason, excerpt: JSON.stringify(value).slice(0, 200) },
    });
  });

  // a year is a detail: the paper is stored without it (or with the file name's) and the warning says where
  const nextYear = new Date().getUTCFullYear() + 1;
  it.each([
    ['soon', '"soon"'],
    [2020.5, '2020.5'],
    [99999, '99999'],
    [0, '0'],
    [-5, '-5'],
    [nextYear + 1, String(nextYear + 1)],
    ['20211', '"20211"'],
    [false, 'false'],
    [{ year: 2021 }, '{"year":2021}'],
  ])('keeps the paper but warns, with file:line, of the year %j', (year, shown) => {
    const message = `invalid year ${shown}: expected an integer from 1600 to ${nextYear}`;
    expect(toItem({ title: 'T', abstract: 'A.', year }, from, {}, '')).toEqual({
      ok: true,
      record: { title: 'T', abstract: 'A.', from },
      warnings: [{ from, message: `${message}; stored without a year` }],
    });
    expect(toItem({ title: 'T', abstract: 'A.', year }, from, { year: 2021 }, '')).toEqual({
      ok: true,
      record: { title: 'T', abstract: 'A.', year: 2021, from },
      warnings: [{ from, message: `${message}; stored with 2021 from the file name` }],
    });
  });

  it.each([
    ['@inproceedings{K,\n year = {2018},\n}', 2018],
    ['year="2019"', 2019],
    ['@article{K, YEAR = 2020}', 2020],
    ['@article{K, year = {0000}}', 2021],
    ['@article{K, volume = {2018}}', 2021],
    [42, 2021],
  ])('takes the year from the BibTeX entry %j before the file name', (bibtex, year) => {
    const item = toItem({ title: 'T', abstract: 'A.', bibtex }, from, { year: 2021 }, '');
    expect(item).toEqual({ ok: true, record: { title: 'T', abstract: 'A.', year, from } });
  });

  it('says where the year it stored came from when the given one is unusable', () => {
    const item = toItem({ title: 'T', abstract: 'A.', year: 'soon', bibtex: 'year = {2018}' }, from, {}, '');
    expect(item).toMatchObject({
      record: { year: 2018 },
      warnings: [{ message: expect.stringMatching(/; stored with 2018 from its BibTeX entry$/) }],
    });
  });

  it.each([1600, 1987, '2021', ' 2021 ', nextYear])('accepts the year %j', (year) => {
    expect(toItem({ title: 'T', abstract: 'A.', year }, from, {}, '')).toEqual({
      ok: true,
      record: { title: 'T', abstract: 'A.', year: Number(year), from },
    });
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
