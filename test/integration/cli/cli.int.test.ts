import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNeo4j, databaseEnv } from '../../helpers/neo4j.ts';

describe('the papergraph command', () => {
  const db = useNeo4j();
  const papergraph = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/papergraph.js', ...args], {
      encoding: 'utf8',
      env: {
        ...databaseEnv(db),
      },
    });

  it('ingest prints the summary, writes rejects with file and line, and exits 0 when something was read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-cli-'));
    const rejects = join(dir, 'rejects.jsonl');
    const run = papergraph(
      'ingest',
      'test/fixtures/malformed.jsonl',
      '--rejects',
      rejects,
      '--batch-size',
      '1',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /read 4: stored 2, skipped 0 \(unchanged\), rejected 2 \(see .*rejects\.jsonl\)/,
    );
    const lines = (await readFile(rejects, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((r) => [r.file, r.line])).toEqual([
      ['test/fixtures/malformed.jsonl', 2],
      ['test/fixtures/malformed.jsonl', 3],
    ]);
  });

  const paperCount = async () =>
    (await db.driver.executeQuery('MATCH (p:Paper) RETURN count(p) AS n')).records[0]!.get('n') as number;
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({ title: 'A Title', abstract: 'We train a transformer.', ...fields });
  // a stack trace names a source file and line: `at … (file.ts:12:3)` or a Node internal
  const STACK_TRACE = /^\s+at .*[:(]|ERR_PARSE_ARGS|node:internal/m;

  beforeEach(() => db.wipe());

  it.each([
    ['a missing folder', 'no-such-folder/rejects.jsonl', 'its folder does not exist'],
    ['a directory', '.', 'it is a directory'],
  ])('ingest refuses a rejects path in %s before reading or storing anything', async (_, name, why) => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-cli-'));
    const rejects = join(dir, name);
    const run = papergraph('ingest', 'test/fixtures/malformed.jsonl', '--rejects', rejects);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `papergraph: Cannot write the rejects file ${rejects}: ${why}. Choose a writable path with --rejects PATH.`,
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toBe('');
    expect(await paperCount()).toBe(0);
  });

  it.each<[string[], number, string]>([
    [
      ['ingest', 'a.jsonl', '--batch-size', '-5'],
      1,
      '--batch-size must be an integer from 1 to 100000, got "-5"',
    ],
    [['ingest', 'a.jsonl', '--batch-size=0'], 1, '--batch-size must be an integer from 1 to 100000, got "0"'],
    [['ingest', 'a.jsonl', '--batch-size'], 2, "Option '--batch-size <value>' argument missing"],
    [['ingest', 'a.jsonl', '--bogus'], 2, "Unknown option '--bogus'"],
    [['ingest'], 2, 'ingest needs at least one file or directory'],
    [['serve', '--port', 'http'], 1, '--port must be an integer from 0 to 65535, got "http"'],
    [['serve', '--verbose'], 2, "Unknown option '--verbose'"],
    [['serve', 'extra'], 2, "Unexpected argument 'extra'"],
    [['start', '--port', '5000'], 2, "Unknown option '--port'"],
    [['migrate', '--force'], 2, "Unknown option '--force'"],
    [['extract', 'a.jsonl', '--format', 'csv'], 2, '--format must be jsonl or extracted, got "csv"'],
    [['extract', 'a.jsonl', '--workers', 'all'], 1, '--workers must be an integer from 1 to 64, got "all"'],
    [['extract', '-q', 'a.jsonl'], 2, "Unknown option '-q'"],
    [['db'], 2, 'db needs an action'],
    [['db', 'restart'], 2, "unknown db action 'restart'"],
    [['db', 'status', 'now'], 2, "unexpected argument 'now'"],
    [['db', 'status', '--all'], 2, "Unknown option '--all'"],
    [['frobnicate'], 2, "unknown command 'frobnicate'"],
  ])('%j fails with a clear message and no stack trace', (args, status, message) => {
    const run = papergraph(...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    // a usage error shows how the command is used
    if (status === 2) expect(run.stderr).toMatch(/usage: papergraph /);
  });

  it('--help prints the command’s usage and exits 0', () => {
    const run = papergraph('ingest', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'usage: papergraph ingest FILE_OR_DIR… [--batch-size N] [--workers N] [--bulk] [--rejects PATH]\n',
    );
  });

  it('ingest sets aside a bad id and a second paper under a seen id, warns of a bad year, all with file:line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-cli-'));
    const file = join(dir, 'papers.jsonl');
    await writeFile(
      file,
      [
        line({ id: 'dup-1' }),
        line({ id: { arxiv: '1706.03762' }, title: 'Object Id' }),
        line({ id: true, title: 'Boolean Id' }),
        line({ id: 'dup-1', abstract: 'Another abstract under the same id.' }),
        line({ id: 'dup-1' }), // the same paper again: a repeat, skipped
        line({ id: 'year-1', title: 'Odd Year', year: 20.21 }),
        '',
      ].join('\n'),
    );
    const rejects = join(dir, 'rejects.jsonl');
    const run = papergraph('ingest', file, '--rejects', rejects);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /read 6: stored 2, skipped 1 \(unchanged\), rejected 3 \(see .*\), 1 warning \(above\);/,
    );
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(run.stderr).toContain(
      `warning ${file}:6: invalid year 20.21: expected an integer from 1600 to ${nextYear}; stored without a year`,
    );
    const rejected = (await readFile(rejects, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rejected.map((r) => [r.file, r.line, r.reason])).toEqual([
      [file, 2, 'invalid id {"arxiv":"1706.03762"}: expected a string or a number'],
      [file, 3, 'invalid id true: expected a string or a number'],
      [file, 4, `duplicate id "dup-1": ${file}:1 has it with different content, and is kept`],
    ]);
    const stored = await db.driver.executeQuery(
      'MATCH (p:Paper) RETURN p.id AS id, p.abstract AS abstract, p.year AS year ORDER BY id',
    );
    expect(stored.records.map((r) => r.toObject())).toEqual([
      { id: 'dup-1', abstract: 'We train a transformer.', year: null },
      { id: 'year-1', abstract: 'We train a transformer.', year: null },
    ]);
  });

  it('ingest follows symbolic links in a directory, and reads a file reached twice once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-cli-'));
    await mkdir(join(dir, 'corpus'));
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'linked.jsonl'), `${line({ id: 'linked-1' })}\n`);
    await writeFile(join(dir, 'corpus', 'own.jsonl'), `${line({ id: 'own-1' })}\n`);
    await symlink(join(dir, 'elsewhere', 'linked.jsonl'), join(dir, 'corpus', 'linked.jsonl'));
    await symlink(join(dir, 'elsewhere'), join(dir, 'corpus', 'more'));
    await symlink(join(dir, 'corpus'), join(dir, 'corpus', 'loop'));
    const run = papergraph('ingest', join(dir, 'corpus'), '--rejects', join(dir, 'rejects.jsonl'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/read 2: stored 2, skipped 0 \(unchanged\), rejected 0;/);
    expect(await paperCount()).toBe(2);
  });

  it('ingest exits non-zero only when nothing could be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-cli-'));
    const run = papergraph('ingest', join(dir, 'missing.jsonl'), '--rejects', join(dir, 'r.jsonl'));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/read 1: stored 0, .*rejected 1/);
  });

  it('extract prints one contract object per paper without a database', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-cli-'));
    const file = join(dir, 'one.jsonl');
    await writeFile(
      file,
      `${JSON.stringify({ title: 'GCNs on Cora', abstract: 'We train graph convolutional networks (GCNs) on the Cora dataset for node classification. They reach 81.5% accuracy on Cora.' })}\n`,
    );
    const run = spawnSync(process.execPath, ['bin/papergraph.js', 'extract', file, '--format', 'jsonl'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const [line, ...rest] = run.stdout.trim().split('\n');
    expect(rest).toEqual([]);
    const paper = JSON.parse(line!);
    expect(Object.keys(paper).sort()).toEqual(
      [
        'code_urls',
        'datasets_proposed',
        'datasets_used',
        'id',
        'methods_proposed',
        'methods_used',
        'relations',
        'results',
        'tasks',
        'title',
      ].sort(),
    );
    expect(paper.results).toMatchObject([
      { metric: 'accuracy', value: '81.5%', dataset: 'Cora', unit: 'percent' },
    ]);
    expect(paper.datasets_used.map((d: { name: string }) => d.name)).toContain('Cora');
    expect(paper.tasks.map((t: { name: string }) => t.name)).toContain('node classification');
  });

  it('extract gives the same lines, in input order, on one thread and on two, and counts the rejects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-cli-'));
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"title": "No abstract"}\n');
    const extract = (workers: string) =>
      spawnSync(
        process.execPath,
        [
          'bin/papergraph.js',
          'extract',
          'data/sample-abstracts.txt',
          bad,
          '--format',
          'extracted',
          '--workers',
          workers,
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
    const [one, two] = [extract('1'), extract('2')];
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const titles = two.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { title: string }).title);
    expect(titles).toHaveLength(217);
    expect(titles[0]).toBe(
      'End-to-End Audio Strikes Back: Boosting Augmentations Towards An Efficient Audio Classification Network',
    );
    expect(two.stderr).toContain(`rejected ${bad}:1: missing abstract`);
    expect(two.stderr).toContain('extracted 217 papers, rejected 1');
  });

  it('extract stops quietly when its reader closes the pipe', () => {
    const run = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" bin/papergraph.js extract data/sample-abstracts.txt | head -1 >/dev/null`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('a bad setting is reported by name, with exit status 1', () => {
    const run = spawnSync(process.execPath, ['bin/papergraph.js', 'migrate'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'http://nope' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NEO4J_URI must start with neo4j:\/\/ or bolt:\/\//);
  });
});
