import { describe, expect, it } from 'vitest';
import { stringIds } from '../../../../ingest/extract/string-ids.ts';

describe('stringIds: numbers for strings', () => {
  it('numbers strings in order of first sight and finds them again', () => {
    const ids = stringIds(4);
    expect(['graph', 'neural', 'graph', 'network', ''].map((s) => ids.idOf(s))).toEqual([0, 1, 0, 2, 3]);
    expect([ids.find('network'), ids.find('graphs'), ids.find('grap'), ids.find('')]).toEqual([2, -1, -1, 3]);
    expect(ids.size).toBe(4);
  });

  it('tells apart strings of the same letters in another case, with accents or past the BMP', () => {
    const ids = stringIds(8);
    const words = ['Cora', 'cora', 'Schrödinger', 'Schrodinger', '𝒳-net', 'x-net'];
    expect(words.map((s) => ids.idOf(s))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(words.map((s) => ids.find(s))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('grows past the size it was made for, keeping every number', () => {
    const ids = stringIds(2);
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    expect(words.map((s) => ids.idOf(s))).toEqual(words.map((_, i) => i));
    expect(words.map((s) => ids.find(s))).toEqual(words.map((_, i) => i));
  });

  it('forgets every string when cleared', () => {
    const ids = stringIds(4);
    ids.idOf('a');
    ids.idOf('b');
    ids.clear();
    expect([ids.size, ids.find('a'), ids.idOf('b')]).toEqual([0, -1, 0]);
  });
});
