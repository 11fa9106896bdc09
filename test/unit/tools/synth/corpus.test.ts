import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPool, mulberry32, synthRecords } from '../../../../tools/synth/corpus.ts';

// a tiny paperlists-shaped corpus: two venues, invented text
function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synth-'));
  mkdirSync(join(dir, 'iclr'));
  mkdirSync(join(dir, 'acl'));
  const paper = (n: number) => ({
    title: n % 2 === 0 ? `Model ${n}: learning thing ${n}` : `Plain title ${n}`,
    abstract: `Opening sentence ${n} about ResNet. Middle ${n} uses Cora. Another middle ${n}. Closing ${n} beats BERT.`,
  });
  writeFileSync(join(dir, 'iclr', 'iclr2019.json'), JSON.stringify([0, 1, 2].map(paper)));
  writeFileSync(
    join(dir, 'acl', 'acl2021.json'),
    JSON.stringify([...[3, 4].map(paper), { title: 'one sentence', abstract: 'Too short.' }, { title: 'x' }]),
  );
  writeFileSync(join(dir, 'acl', 'README.md'), 'not a paper list');
  return dir;
}

describe('synthetic corpus', () => {
  const pool = loadPool(fixtureDir());

  it('reads papers with two or more sentences, with venue and year from the file name, in a fixed order', () => {
    expect(pool.map((p) => [p.venue, p.year, p.sentences.length])).toEqual([
      ['ACL', 2021, 4],
      ['ACL', 2021, 4],
      ['ICLR', 2019, 4],
      ['ICLR', 2019, 4],
      ['ICLR', 2019, 4],
    ]);
  });

  it('gives the same records for the same seed and different ones for another seed', () => {
    const run = (seed: number) => JSON.stringify([...synthRecords(pool, { papers: 50, seed })]);
    expect(run(7)).toBe(run(7));
    expect(run(8)).not.toBe(run(7));
  });

  it('writes N records with unique ids and sentences recombined from the pool at the same place', () => {
    const records = [...synthRecords(pool, { papers: 200, seed: 3 })];
    expect(records).toHaveLength(200);
    expect(new Set(records.map((r) => r.id)).size).toBe(200);
    const sentences = new Set(pool.flatMap((p) => p.sentences));
    for (const record of records) {
      const parts = record.abstract.split(/(?<=\.) /);
      expect(parts).toHaveLength(4);
      for (const part of parts) expect(sentences.has(part)).toBe(true);
      expect(parts[0]).toMatch(/^Opening/);
      expect(parts[3]).toMatch(/^Closing/);
      expect(['ACL', 'ICLR']).toContain(record.venue);
    }
    // recombined: some abstracts mix sentences of different papers, and some titles mix two titles
    expect(records.some((r) => new Set(r.abstract.match(/\d+/g)).size > 1)).toBe(true);
    expect(records.some((r) => /^Model (\d+): learning thing (?!\1\b)\d+$/.test(r.title))).toBe(true);
  });

  it('draws uniformly', () => {
    const random = mulberry32(1);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});
