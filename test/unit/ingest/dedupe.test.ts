import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dedupe, planDuplicates } from '../../../ingest/dedupe/index.ts';
import { extractedBatches } from '../../../ingest/index.ts';
import type { SortLimits } from '../../../ingest/sort.ts';
import { readSources } from '../../../ingest/sources/index.ts';
import type { PaperRecord } from '../../../ingest/types.ts';
import { paperId } from '../../../src/graph/names.ts';

type Fields = Partial<Pick<PaperRecord, 'id' | 'title' | 'abstract' | 'year' | 'venue' | 'url'>>;

// every folder of this file's tests, removed at the end
const root = mkdtempSync(join(tmpdir(), 'dedupe-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paper = (fields: Fields = {}) => ({ id: 'p1', title: 'A Title', abstract: 'An abstract.', ...fields });

// each file's papers as JSON lines in a fresh folder; the paths, in order
function files(contents: Record<string, Fields[]>): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(root, 'files-'));
  const paths = Object.entries(contents).map(([name, papers]) => {
    const path = join(dir, name);
    writeFileSync(path, papers.map((p) => JSON.stringify(p) + '\n').join(''));
    return path;
  });
  return { dir, paths };
}

async function* recordsOf(paths: string[]) {
  for await (const item of readSources(paths)) if (item.ok) yield item.record;
}

const at = (r: { from: { file: string; line: number } }) => `${r.from.file.split('/').pop()}:${r.from.line}`;

// both passes over `paths`, the plan's run files in a folder of their own
async function run(paths: string[], limits: Partial<SortLimits> = {}, between = () => {}) {
  const work = mkdtempSync(join(root, 'work-'));
  const plan = await planDuplicates(paths, work, limits);
  const runFiles = readdirSync(work).length;
  between();
  const kept: string[] = [];
  const repeats: string[] = [];
  const conflicts: [string, string][] = [];
  for await (const record of dedupe(recordsOf(paths), plan, {
    onRepeat: (r) => repeats.push(at(r)),
    onConflict: (r) => conflicts.push([at(r), r.reason]),
  }))
    kept.push(at(record));
  return { kept, repeats, conflicts, runFiles, left: readdirSync(work).length };
}

describe('dedupe', () => {
  it('keeps the first of each id and passes a repeat of the same paper as a repeat', async () => {
    const { paths } = files({ 'a.jsonl': [paper(), paper({ id: 'p2' })], 'b.jsonl': [paper()] });
    expect(await run(paths)).toMatchObject({
      kept: ['a.jsonl:1', 'a.jsonl:2'],
      repeats: ['b.jsonl:1'],
      conflicts: [],
    });
  });

  it.each<[string, Fields]>([
    ['abstract', { abstract: 'Another abstract.' }],
    ['title', { title: 'Another Title' }],
    ['year', { year: 2020 }],
    ['venue', { venue: 'ACL' }],
    ['url', { url: 'https://example.org' }],
  ])(
    'rejects a later record under the same id with another %s, naming the first place',
    async (_, change) => {
      const { paths } = files({ 'a.jsonl': [paper()], 'b.jsonl': [paper({ id: 'p0' }), paper(change)] });
      const { kept, repeats, conflicts } = await run(paths);
      expect(kept).toEqual(['a.jsonl:1', 'b.jsonl:1']);
      expect(repeats).toEqual([]);
      expect(conflicts).toEqual([
        ['b.jsonl:2', `duplicate id "p1": ${paths[0]}:1 has it with different content, and is kept`],
      ]);
    },
  );

  it('compares every later record with the first, not with the one before', async () => {
    const other = { abstract: 'Other.' };
    const { paths } = files({ 'a.jsonl': [paper(), paper(other), paper(other), paper()] });
    const { kept, repeats, conflicts } = await run(paths);
    expect([kept, repeats, conflicts.map(([place]) => place)]).toEqual([
      ['a.jsonl:1'],
      ['a.jsonl:4'],
      ['a.jsonl:2', 'a.jsonl:3'],
    ]);
    expect(conflicts[1]![1]).toContain(`${paths[0]}:1 has it`);
  });

  it('calls two abstracts under one title (no ids) a duplicate title, and a blank id no id', async () => {
    const { paths } = files({
      'a.jsonl': [paper({ id: undefined }), paper({ id: ' ', abstract: 'Other.' }), paper({ id: undefined })],
    });
    const id = paperId({ title: 'A Title' });
    const { repeats, conflicts } = await run(paths);
    expect(repeats).toEqual(['a.jsonl:3']);
    expect(conflicts).toEqual([
      ['a.jsonl:2', `duplicate title (id ${id}): ${paths[0]}:1 has it with different content, and is kept`],
    ]);
  });

  it('gives nothing for empty input', async () => {
    const { paths } = files({ 'empty.jsonl': [] });
    expect(await run(paths)).toEqual({ kept: [], repeats: [], conflicts: [], runFiles: 0, left: 0 });
  });

  it('decides as a map of every id would, over many files and many sort runs, in input order', async () => {
    let seed = 11;
    const next = (n: number) =>
      Math.floor(((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * n);
    const contents: Record<string, Fields[]> = {};
    for (let f = 0; f < 6; f++)
      contents[`f${f}.jsonl`] = Array.from({ length: 40 }, () =>
        next(4) === 0
          ? paper({ id: undefined, title: `T${next(15)}` })
          : paper({ id: `p${next(60)}`, year: 2000 + next(2) }),
      );
    const { paths } = files(contents);
    const expected = { kept: [] as string[], repeats: [] as string[], conflicts: [] as string[] };
    const first = new Map<string, { content: string; place: string }>();
    for await (const record of recordsOf(paths)) {
      const id = paperId(record);
      const content = JSON.stringify([record.title, record.abstract, record.year]);
      const seen = first.get(id);
      if (seen === undefined) {
        first.set(id, { content, place: `${record.from.file}:${record.from.line}` });
        expected.kept.push(at(record));
      } else if (seen.content === content) expected.repeats.push(at(record));
      else expected.conflicts.push(`${at(record)} ${seen.place}`);
    }
    const { kept, repeats, conflicts, runFiles, left } = await run(paths, { runRows: 5, fanIn: 3 });
    expect(expected.repeats.length).toBeGreaterThan(20);
    expect(expected.conflicts.length).toBeGreaterThan(20);
    expect(runFiles).toBeGreaterThan(10); // the id runs merged in several passes, the decisions' runs written
    expect({
      kept,
      repeats,
      conflicts: conflicts.map(([place, reason]) => `${place} ${reason.split(': ')[1]!.split(' has it')[0]}`),
    }).toEqual(expected);
    expect(left).toBe(0);
  });

  it.each<[string, (path: string) => void]>([
    ['another content', (path) => writeFileSync(path, JSON.stringify(paper({ abstract: 'New.' })) + '\n')],
    ['more records', (path) => writeFileSync(path, `${JSON.stringify(paper())}\n`.repeat(3))],
    [
      'a line moved',
      (path) => writeFileSync(path, `\n${JSON.stringify(paper())}\n${JSON.stringify(paper())}\n`),
    ],
    ['emptied', (path) => writeFileSync(path, '')],
  ])('fails, naming the file, when a file changes between the passes: %s', async (_, change) => {
    const { paths } = files({ 'a.jsonl': [paper(), paper()], 'b.jsonl': [paper({ id: 'p2' })] });
    await expect(run(paths, {}, () => change(paths[0]!))).rejects.toThrow(
      `${paths[0]} changed while it was being ingested`,
    );
  });
});

describe('the duplicate check in extractedBatches', () => {
  const extract = async (paths: string[], tempDir: string, stopAfter = Infinity) => {
    const rejects: string[] = [];
    let repeats = 0;
    let batches = 0;
    for await (const _ of extractedBatches(
      paths,
      { batchSize: 1, tempDir, sortLimits: { runRows: 2, fanIn: 2 } },
      (r) => rejects.push(r.reason),
      () => repeats++,
    ))
      if (++batches >= stopAfter) break;
    return { rejects, repeats, batches };
  };

  it('reports repeats and conflicts, and removes its run files, whether the consumer ends or stops', async () => {
    const { dir, paths } = files({
      'a.jsonl': [paper(), paper({ id: 'p2' }), paper({ abstract: 'Other.' }), paper(), paper({ id: 'p3' })],
    });
    expect(await extract(paths, dir)).toEqual({
      rejects: [`duplicate id "p1": ${paths[0]}:1 has it with different content, and is kept`],
      repeats: 1,
      batches: 3,
    });
    expect(readdirSync(dir)).toEqual(['a.jsonl']);
    expect((await extract(paths, dir, 1)).batches).toBe(1);
    expect(readdirSync(dir)).toEqual(['a.jsonl']);
  });

  it('removes its run files when a file changed between the passes', async () => {
    const { dir, paths } = files({ 'a.jsonl': [paper(), paper({ id: 'p2' })] });
    const changing = join(dir, 'b.jsonl');
    writeFileSync(changing, `${JSON.stringify(paper({ id: 'p3' }))}\n`);
    // the second pass reads b.jsonl after a.jsonl's records are planned and extracted: change it as a batch comes
    const run = async () => {
      for await (const _ of extractedBatches(
        [...paths, changing],
        { batchSize: 1, tempDir: dir },
        () => {},
        () => {},
      ))
        writeFileSync(changing, `${JSON.stringify(paper({ id: 'p4' }))}\n`);
    };
    await expect(run()).rejects.toThrow(`${changing} changed while it was being ingested`);
    expect(readdirSync(dir).sort()).toEqual(['a.jsonl', 'b.jsonl']);
  });
});
