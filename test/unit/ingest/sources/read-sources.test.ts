import { readFile, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../../ingest/sources/index.ts';
import type { SourceItem } from '../../../../ingest/types.ts';
import { collect, fixture, parserMessageHidden, useTempDir } from './helpers.ts';

const paperLine = (title: string) => `${JSON.stringify({ title, abstract: 'An abstract.' })}\n`;
const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/** items as "title @file:line" and "reason @file:line", file names without their folders */
function summary(items: SourceItem[]): string[] {
  return items.map((item) => {
    const { file, line } = item.ok ? item.record.from : item.rejected.from;
    const where = `@${file.split('/').slice(-1)[0]}:${line}`;
    return item.ok
      ? `${item.record.title} ${where}`
      : `${parserMessageHidden(item.rejected.reason)} ${where}`;
  });
}

describe('readSources', () => {
  const temp = useTempDir();

  it('reads the sample corpus: 217 papers, the eval titles, no boilerplate', async () => {
    const items = await collect(readSources([repo('data/sample-abstracts.txt')]));
    const records = items.flatMap((item) => (item.ok ? [item.record] : []));
    expect(records).toHaveLength(217);
    expect(items).toHaveLength(217);
    expect(records[0]?.title).toBe(
      'End-to-End Audio Strikes Back: Boosting Augmentations Towards An Efficient Audio Classification Network',
    );
    expect(records[0]?.from.line).toBe(3);
    expect(records.filter((r) => /trending papers|Subscribe/.test(r.title))).toEqual([]);
    const evalPapers = JSON.parse(await readFile(repo('../shared/eval/papers-all.json'), 'utf8')) as {
      title: string;
    }[];
    expect(records.map((r) => r.title)).toEqual(evalPapers.map((p) => p.title));
  });

  it.each<[string, string[]]>([
    [
      'pairs.txt',
      [
        'Graph Attention Networks @pairs.txt:3',
        'Deep Residual Learning for Image Recognition @pairs.txt:6',
        'title without abstract @pairs.txt:8',
        'Adam: A Method for Stochastic Optimization @pairs.txt:9',
        'title without abstract @pairs.txt:11',
      ],
    ],
    [
      'papers.jsonl',
      [
        'Attention Is All You Need @papers.jsonl:1',
        'invalid JSON: … @papers.jsonl:3',
        'not a JSON object @papers.jsonl:4',
        'missing title @papers.jsonl:5',
        'empty abstract @papers.jsonl:6',
        'Batch Normalization @papers.jsonl:7',
      ],
    ],
    [
      'acl2021.json',
      [
        'A Bidirectional Transformer Based Alignment Model for Unsupervised Word Alignment @acl2021.json:2',
        'missing abstract @acl2021.json:12',
        'Reviews {with [brackets]} and "quotes", inside strings @acl2021.json:18',
      ],
    ],
    [
      'malformed.json',
      [
        'First Paper @malformed.json:2',
        'Second Paper @malformed.json:3',
        'invalid JSON: …; the rest of the file is skipped @malformed.json:4',
      ],
    ],
    ['array.txt', ['An Array In A Text File @array.txt:1']],
    ['lines.json', ['JSON Lines In A JSON File @lines.json:1', 'A Second Line @lines.json:2']],
    ['pairs.jsonl', ['Title And Abstract Text In A JSONL File @pairs.jsonl:1']],
    ['empty.txt', ['empty file @empty.txt:0']],
    ['missing.jsonl', ['file not found @missing.jsonl:0']],
  ])('reads %s', async (name, expected) => {
    expect(summary(await collect(readSources([fixture(name)])))).toEqual(expected);
  });

  it('maps a JSONL line and a paperlists element to full records', async () => {
    const [jsonl] = await collect(readSources([fixture('papers.jsonl')]));
    expect(jsonl).toEqual({
      ok: true,
      record: {
        id: '1706.03762',
        title: 'Attention Is All You Need',
        abstract: 'The dominant sequence transduction models are based on recurrent networks.',
        year: 2017,
        venue: 'NeurIPS',
        url: 'https://arxiv.org/abs/1706.03762',
        authors: ['Ashish Vaswani', 'Noam Shazeer'],
        from: { file: fixture('papers.jsonl'), line: 1 },
      },
    });
    const [acl] = await collect(readSources([fixture('acl2021.json')]));
    expect(acl).toMatchObject({
      ok: true,
      record: {
        id: '2021.acl-long.24',
        year: 2021,
        venue: 'ACL',
        url: 'https://aclanthology.org/2021.acl-long.24/',
      },
    });
  });

  it("takes a paperlists record's year from its BibTeX entry, else from the file name", async () => {
    const records = [
      {
        title: 'Published The Year After',
        abstract: 'An abstract.',
        bibtex: '@inproceedings{X,\n author = {A, B},\n year = {2019}\n}',
      },
      { title: 'No Entry', abstract: 'An abstract.', bibtex: '' },
      { title: 'Own Year Wins', abstract: 'An abstract.', year: 2017, bibtex: 'year = "2019"' },
    ];
    const file = await temp.write('nips2018.json', JSON.stringify(records));
    const items = await collect(readSources([file]));
    expect(items.map((item) => (item.ok ? [item.record.title, item.record.year] : item))).toEqual([
      ['Published The Year After', 2019],
      ['No Entry', 2018],
      ['Own Year Wins', 2017],
    ]);
  });

  it('gives each reject an excerpt of the offending text', async () => {
    const items = await collect(readSources([fixture('papers.jsonl')]));
    const excerpts = items.flatMap((item) => (item.ok ? [] : [item.rejected.excerpt]));
    expect(excerpts).toEqual([
      '{"title": "Broken JSON", "abstract": "no closing brace"',
      '[1, 2, 3]',
      '{"abstract": "An abstract without a title."}',
      '{"title": "Empty Abstract", "abstract": " "}',
    ]);
  });

  it('expands a directory to its .txt/.jsonl/.json files at any depth, sorted', async () => {
    expect(summary(await collect(readSources([fixture('dir')])))).toEqual([
      'From c.txt @c.txt:1',
      'From b.jsonl @b.jsonl:1',
    ]);
  });

  it('follows symbolic links in a directory, to files and to folders, and survives a loop', async () => {
    const outside = await temp.write('elsewhere/real.jsonl', paperLine('Linked File'));
    await temp.write('elsewhere/sub/deep.txt', 'Linked Folder\nIts abstract.\n');
    const own = await temp.write('linked/own.jsonl', paperLine('Own File'));
    const dir = dirname(own);
    await symlink(outside, join(dir, 'a-link.jsonl'));
    await symlink(join(dirname(outside), 'sub'), join(dir, 'b-folder'));
    await symlink(dir, join(dir, 'c-loop')); // a link back up: must not be listed forever
    await symlink(outside, join(dir, 'd-link-without-extension'));
    expect(summary(await collect(readSources([dir])))).toEqual([
      'Linked File @a-link.jsonl:1',
      'Linked Folder @deep.txt:1',
      'Own File @own.jsonl:1',
    ]);
  });

  it('reads a file once when a link and its target are both found, or a file is named twice', async () => {
    const file = await temp.write('twice/paper.jsonl', paperLine('Only Once'));
    await symlink(file, join(dirname(file), 'same.jsonl'));
    expect(summary(await collect(readSources([dirname(file), file])))).toEqual(['Only Once @paper.jsonl:1']);
  });

  it('rejects a broken link with a source name, with its path', async () => {
    const file = await temp.write('broken/ok.jsonl', paperLine('Fine'));
    await symlink(join(dirname(file), 'gone.jsonl'), join(dirname(file), 'dangling.jsonl'));
    expect(summary(await collect(readSources([dirname(file)])))).toEqual([
      'broken symbolic link: its target does not exist @dangling.jsonl:0',
      'Fine @ok.jsonl:1',
    ]);
  });

  it('rejects a directory with no source files, then goes on', async () => {
    const notes = await temp.write('no-sources/notes.md', 'not a source file');
    const items = await collect(readSources([dirname(notes), fixture('array.txt')]));
    expect(summary(items)).toEqual([
      'directory holds no .txt, .jsonl or .json files @no-sources:0',
      'An Array In A Text File @array.txt:1',
    ]);
  });

  it('reads CRLF text', async () => {
    const file = await temp.write(
      'crlf.txt',
      'Subscribe\r\nA CRLF Title\r\nAn abstract.\r\n\r\nB Title\r\nB abstract.\r\n',
    );
    expect(summary(await collect(readSources([file])))).toEqual([
      'A CRLF Title @crlf.txt:2',
      'B Title @crlf.txt:5',
    ]);
  });

  it('rejects a 5 MB line without stopping', async () => {
    const huge = JSON.stringify({ title: 'Huge', abstract: 'x'.repeat(5 * 1024 * 1024) });
    const ok = JSON.stringify({ title: 'Small', abstract: 'Fine.' });
    const file = await temp.write('huge.jsonl', `${ok}\n${huge}\n${ok}\n`);
    const items = await collect(readSources([file]));
    expect(summary(items)).toEqual([
      'Small @huge.jsonl:1',
      `line longer than 1048576 bytes (${huge.length} bytes) @huge.jsonl:2`,
      'Small @huge.jsonl:3',
    ]);
    expect(items[1]).toMatchObject({
      ok: false,
      rejected: { excerpt: expect.stringMatching(/^\{"title":"Huge","abstract":"x+$/) },
    });
    expect((items[1] as { rejected: { excerpt: string } }).rejected.excerpt.length).toBe(200);
  });

  it('rejects the invalid UTF-8 line only', async () => {
    const line = (title: string) => Buffer.from(JSON.stringify({ title, abstract: 'Fine.' }) + '\n');
    const bad = Buffer.concat([
      Buffer.from('{"title": "Bad '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('", "abstract": "A."}\n'),
    ]);
    const file = await temp.write('bad-utf8.jsonl', Buffer.concat([line('Before'), bad, line('After')]));
    expect(summary(await collect(readSources([file])))).toEqual([
      'Before @bad-utf8.jsonl:1',
      'invalid UTF-8 @bad-utf8.jsonl:2',
      'After @bad-utf8.jsonl:3',
    ]);
  });

  it('rejects a file of binary junk as a whole, not as papers', async () => {
    const junk = Buffer.alloc(4096, 0);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7) % 32;
    const file = await temp.write('junk.txt', junk);
    expect(summary(await collect(readSources([file])))).toEqual([
      'binary file: control bytes, not UTF-8 text @junk.txt:0',
    ]);
  });

  it('accounts for every item: records + rejects = items, across files', async () => {
    const items = await collect(
      readSources([
        fixture('pairs.txt'),
        fixture('papers.jsonl'),
        fixture('acl2021.json'),
        fixture('missing.txt'),
      ]),
    );
    const records = items.filter((item) => item.ok).length;
    const rejects = items.filter((item) => !item.ok).length;
    expect([records, rejects]).toEqual([3 + 2 + 2, 2 + 4 + 1 + 1]);
  });
});
