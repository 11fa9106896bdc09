import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useNeo4j } from '../../helpers/neo4j.ts';

describe('the papergraph command', () => {
  const db = useNeo4j();
  const papergraph = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/papergraph.js', ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: db.info.uri,
        NEO4J_USER: db.info.user,
        NEO4J_PASSWORD: db.info.password,
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
      `${JSON.stringify({ title: 'GCNs on Cora', abstract: 'We train graph convolutional networks (GCNs) on the Cora dataset for node classification.' })}\n`,
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
        'tasks',
        'title',
      ].sort(),
    );
    expect(paper.datasets_used.map((d: { name: string }) => d.name)).toContain('Cora');
    expect(paper.tasks.map((t: { name: string }) => t.name)).toContain('node classification');
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
