import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest, paperId, type RecordWarning, type RejectedRecord } from '../../../ingest/index.ts';
import { dumpGraph } from '../../helpers/graph.ts';
import { useNeo4j } from '../../helpers/neo4j.ts';

const SOURCES = ['data/sample-abstracts.txt', 'test/fixtures/abstracts.jsonl'];

// the graph as dumpGraph gives it, less the file each paper was read from, which differs by design
const graphOf = async (driver: Driver) =>
  (await dumpGraph(driver)).map((line) => line.replace(/\["source","[^"]*"\]/, '["source",""]'));

// `papergraph extract --format extracted` on one machine, `papergraph ingest` of its output on another
describe('ingest of records that carry their extraction', () => {
  const db = useNeo4j();
  let dir: string;
  let extracted: string;
  let lines: Record<string, unknown>[];
  let fromText: string[];

  const run = (paths: string[], warnings: RecordWarning[] = [], rejects: RejectedRecord[] = []) =>
    ingest(paths, {
      driver: db.driver,
      batchSize: 25,
      workers: 2,
      onWarning: (w) => warnings.push(w),
      onReject: (r) => rejects.push(r),
    });
  const edited = async (name: string, edit: (records: Record<string, unknown>[]) => void) => {
    const records = structuredClone(lines);
    edit(records);
    const path = join(dir, name);
    await writeFile(path, records.map((r) => JSON.stringify(r)).join('\n'));
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'papergraph-pre-extracted-'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bin/papergraph.js', 'extract', ...SOURCES, '--format', 'extracted'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    extracted = join(dir, 'extracted.jsonl');
    await writeFile(extracted, stdout);
    lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    await db.wipe();
    await run(SOURCES);
    fromText = await graphOf(db.driver);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  beforeEach(() => db.wipe());

  it('leaves the same graph as extracting the texts, without extracting again', async () => {
    const summary = await run([extracted]);
    expect(summary).toMatchObject({ read: lines.length, stored: lines.length, rejected: 0 });
    expect(summary.preExtracted).toBe(lines.length);
    expect(await graphOf(db.driver)).toEqual(fromText);
    // and a second run finds every paper unchanged
    expect(await run([extracted])).toMatchObject({ stored: 0, skipped: lines.length });
  });

  it('uses the carried extraction as it stands: what it names is what the graph holds', async () => {
    const path = await edited('renamed.jsonl', (records) => {
      const { mentions } = records[0]!.extracted as { mentions: { kind: string; name: string }[] };
      mentions.find((m) => m.kind === 'method')!.name = 'Carried Method Name';
    });
    await run([path]);
    const { records } = await db.driver.executeQuery(
      'MATCH (:Paper {id: $id})-->(m:Method {name: $name}) RETURN count(m) AS n',
      { id: paperId(lines[0] as { id?: string; title: string }), name: 'Carried Method Name' },
    );
    expect(records[0]!.get('n')).toBeGreaterThan(0);
  });

  it('extracts again the records an older extractor version made', async () => {
    const path = await edited('stale.jsonl', (records) => {
      for (const record of records) (record.extracted as { version: string }).version = 'x-000000000000';
    });
    const summary = await run([path]);
    expect(summary).toMatchObject({ stored: lines.length, preExtracted: 0 });
    expect(await graphOf(db.driver)).toEqual(fromText);
  });

  it('warns at file:line about an unusable extraction and extracts that record again, losing nothing', async () => {
    const path = await edited('broken.jsonl', (records) => {
      const { mentions } = records[2]!.extracted as { mentions: { kind: string }[] };
      mentions[0]!.kind = 'gadget';
      (records[4]!.extracted as { relations: unknown }).relations = 'none';
    });
    const warnings: RecordWarning[] = [];
    const rejects: RejectedRecord[] = [];
    const summary = await run([path], warnings, rejects);
    expect(rejects).toEqual([]);
    expect(summary).toMatchObject({ stored: lines.length, preExtracted: lines.length - 2 });
    expect(warnings.map((w) => `${w.from.line} ${w.message}`)).toEqual([
      '3 its extraction is not usable, so it is extracted again: mentions[0].kind: expected one of method, dataset, task',
      '5 its extraction is not usable, so it is extracted again: relations: expected an array',
    ]);
    expect(await graphOf(db.driver)).toEqual(fromText);
  });

  it('writes each record as ingest reads it: the same ids and texts as the source', async () => {
    const source = await readFile(SOURCES[1]!, 'utf8');
    const ids = source
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id?: string }).id)
      .filter((id) => id !== undefined);
    expect(lines.map((l) => l.id)).toEqual(expect.arrayContaining(ids));
    expect(lines.every((l) => typeof l.abstract === 'string' && !('from' in l))).toBe(true);
  });
});
