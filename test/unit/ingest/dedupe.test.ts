import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../ingest/dedupe.ts';
import { paperId } from '../../../src/graph/names.ts';
import type { PaperRecord, RejectedRecord } from '../../../ingest/types.ts';

async function* from<T>(items: T[]) {
  yield* items;
}

const paper = (line: number, fields: Partial<PaperRecord> = {}): PaperRecord => ({
  id: 'p1',
  title: 'A Title',
  abstract: 'An abstract.',
  from: { file: line < 10 ? 'a.jsonl' : 'b.jsonl', line },
  ...fields,
});

async function run(records: PaperRecord[]) {
  const kept: string[] = [];
  const repeats: string[] = [];
  const conflicts: RejectedRecord[] = [];
  for await (const record of dedupe(from(records), {
    onRepeat: (r) => repeats.push(`${r.from.file}:${r.from.line}`),
    onConflict: (r) => conflicts.push(r),
  }))
    kept.push(`${record.from.file}:${record.from.line}`);
  return { kept, repeats, conflicts };
}

describe('dedupe', () => {
  it('keeps the first of each id and passes a repeat of the same paper as a repeat', async () => {
    expect(await run([paper(1), paper(2, { id: 'p2' }), paper(11)])).toEqual({
      kept: ['a.jsonl:1', 'a.jsonl:2'],
      repeats: ['b.jsonl:11'],
      conflicts: [],
    });
  });

  it.each<[string, Partial<PaperRecord>]>([
    ['abstract', { abstract: 'Another abstract.' }],
    ['title', { title: 'Another Title' }],
    ['year', { year: 2020 }],
    ['venue', { venue: 'ACL' }],
    ['url', { url: 'https://example.org' }],
  ])('rejects a later record under the same id with another %s, naming both places', async (_, change) => {
    const { kept, repeats, conflicts } = await run([paper(1), paper(12, change)]);
    expect(kept).toEqual(['a.jsonl:1']);
    expect(repeats).toEqual([]);
    expect(conflicts).toEqual([
      {
        from: { file: 'b.jsonl', line: 12 },
        reason: 'duplicate id "p1": a.jsonl:1 has it with different content, and is kept',
        excerpt: change.title ?? 'A Title',
      },
    ]);
  });

  it('calls two abstracts under one title (no ids) a duplicate title', async () => {
    const { conflicts } = await run([
      paper(1, { id: undefined }),
      paper(3, { id: undefined, abstract: 'Other.' }),
    ]);
    const id = paperId({ title: 'A Title' });
    expect(conflicts.map((r) => [r.from.line, r.reason])).toEqual([
      [3, `duplicate title (id ${id}): a.jsonl:1 has it with different content, and is kept`],
    ]);
  });

  it('accounts for every record: kept + repeats + conflicts', async () => {
    const records = [paper(1), paper(2), paper(3, { abstract: 'x' }), paper(4, { id: 'p2' }), paper(5)];
    const { kept, repeats, conflicts } = await run(records);
    expect([kept.length, repeats.length, conflicts.length]).toEqual([2, 2, 1]);
  });

  it('still knows every id and its first place after its table has grown many times', async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => paper(1 + i, { id: `p${i}` }));
    const again = ids.map((r, i) => ({ ...r, from: { file: 'b.jsonl', line: 100_000 + i } }));
    const changed = { ...ids[3]!, abstract: 'Changed.', from: { file: 'b.jsonl', line: 200_000 } };
    const { kept, repeats, conflicts } = await run([...ids, ...again, changed]);
    expect(kept).toHaveLength(20_000);
    expect(repeats).toHaveLength(20_000);
    expect(conflicts.map((c) => c.reason)).toEqual([
      'duplicate id "p3": a.jsonl:4 has it with different content, and is kept',
    ]);
  });
});
