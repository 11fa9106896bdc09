import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, CsvFile, csvLine, headerLine, type Value } from '../../../../ingest/bulk/csv.ts';
import { BulkGraph } from '../../../../ingest/bulk/graph.ts';
import { FINAL_TABLES, STREAMED_TABLES } from '../../../../ingest/bulk/tables.ts';
import { extractPaper } from '../../../../ingest/extract/index.ts';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';
import { toGraphBatch } from '../../../../ingest/rows.ts';

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

describe('bulk CSV', () => {
  it('types the header as neo4j-admin import reads it', () => {
    expect(
      headerLine([
        { name: 'id', type: { id: 'Paper' } },
        { name: '', type: 'label' },
        { name: 'title', type: 'string' },
        { name: 'year', type: 'double' },
        { name: 'aliases', type: 'string[]' },
      ]),
    ).toBe('id:ID(Paper),:LABEL,title,year:double,aliases:string[]\n');
    expect(
      headerLine([
        { name: '', type: { start: 'Paper' } },
        { name: '', type: { end: 'Concept' } },
        { name: '', type: 'type' },
      ]),
    ).toBe(':START_ID(Paper),:END_ID(Concept),:TYPE\n');
  });

  it('quotes strings (an empty one stays a string), leaves null empty, joins arrays, keeps doubles exact', () => {
    expect(csvLine(['say "hi", twice', '', null, 0.1 + 0.2, 2019, true, ['a', 'b;c']])).toBe(
      `"say ""hi"", twice","",,0.30000000000000004,2019,true,"a${ARRAY_DELIMITER}b;c"\n`,
    );
    expect(() => csvLine([[`a${ARRAY_DELIMITER}b`]])).toThrow(/array delimiter/);
    expect(() => csvLine([Number.NaN])).toThrow(/NaN/);
  });

  it('streams lines to a file after its header', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'csv-')), 'x.csv');
    const csv = new CsvFile(path, [{ name: 'key', type: { id: 'Alias' } }]);
    await csv.write([['a'], ['b']]);
    await csv.write([]);
    await csv.close();
    expect(readFileSync(path, 'utf8')).toBe('key:ID(Alias)\n"a"\n"b"\n');
    expect(csv.lines).toBe(2);
  });

  it('gives every table rows as wide as its columns, from the rows the transactional loader gets', async () => {
    const lexicon = loadLexicon();
    const record = (n: number, title: string, abstract: string) => ({
      id: `p${n}`,
      title,
      abstract,
      from: { file: 'f', line: n },
    });
    const items = [
      record(
        1,
        'Graph networks',
        'We propose GraphNet, an alternative to backpropagation, evaluated on Cora.',
      ),
      record(2, 'Residual learning', 'We train ResNet on ImageNet. Code: https://github.com/x/y'),
    ].map((r) => ({ record: r, extraction: extractPaper(r) }));
    const graph = new BulkGraph(mkdtempSync(join(tmpdir(), 'sort-')));
    const batches = [
      toGraphBatch(items.slice(0, 1), lexicon, 'v'),
      toGraphBatch(items.slice(1), lexicon, 'v'),
    ];
    const streamed: { table: { file: string; columns: unknown[] }; rows: Value[][] }[] = [];
    for (const batch of batches) {
      await graph.add(batch);
      for (const table of STREAMED_TABLES) streamed.push({ table, rows: [...table.rows(batch)] });
    }
    const merged = {
      concepts: await collect(graph.concepts()),
      aliases: await collect(graph.aliases()),
      categories: await collect(graph.categories()),
      relations: await collect(graph.relations()),
      repositories: await collect(graph.repositories()),
      version: await collect(graph.version('2026-01-01T00:00:00Z')),
    };
    const final = FINAL_TABLES.map((table) => ({
      table,
      rows: (merged[table.source] as never[]).flatMap((item) => [...table.rows(item)]),
    }));
    for (const { table, rows } of [...streamed, ...final])
      for (const row of rows) expect(row, table.file).toHaveLength(table.columns.length);
    const rowsOf = (file: string) =>
      [...streamed, ...final].filter((t) => t.table.file === file).flatMap((t) => t.rows);
    expect(rowsOf('papers.csv').map((r) => r[0])).toEqual(['p1', 'p2']);
    expect(rowsOf('graph-version.csv')).toEqual([['graph', 'GraphVersion', 2, '2026-01-01T00:00:00Z']]);
    // paper counts are the paper → concept edges written
    const counts = rowsOf('concepts.csv').reduce((sum, r) => sum + (r[5] as number), 0);
    expect(counts).toBe(rowsOf('paper-concept.csv').length);
    expect(rowsOf('has-code.csv')).toEqual([['p2', 'https://github.com/x/y', 'HAS_CODE']]);
  });
});
