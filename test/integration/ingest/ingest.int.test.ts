import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionConfig } from 'neo4j-driver';
import { beforeEach, describe, expect, it } from 'vitest';
import { ingest, type RecordWarning, type RejectedRecord } from '../../../ingest/index.ts';
import { GRAPH_VERSION } from '../../../src/graph/version.ts';
import { dumpGraph } from '../../helpers/graph.ts';
import { useNeo4j, databaseEnv } from '../../helpers/neo4j.ts';

const FIXTURE = 'test/fixtures/abstracts.jsonl';
const SAMPLE = 'data/sample-abstracts.txt';

describe('ingest into Neo4j', () => {
  const db = useNeo4j();
  const run = (paths: string[], batchSize = 50, rejects: RejectedRecord[] = []) =>
    ingest(paths, { driver: db.driver, batchSize, onReject: (r) => rejects.push(r) });
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(cypher, params)).records.map((r) => r.toObject());

  beforeEach(() => db.wipe());

  it('stores papers with their concepts, evidence, aliases and code links', async () => {
    const summary = await run([FIXTURE]);
    expect(summary).toMatchObject({ read: 6, stored: 6, skipped: 0, rejected: 0 });
    const cora = await rows(
      `MATCH (p:Paper {id: 'fx-2'})-[e:EVALUATES_ON]->(d:Dataset {name: 'Cora'}) RETURN e.sentence AS sentence, e.start AS start, e.end AS end, p.abstract AS abstract`,
    );
    expect(cora).toHaveLength(1);
    const { sentence, start, end, abstract } = cora[0]!;
    expect(sentence).toContain('Cora');
    expect(abstract.slice(start, end)).toBe('Cora');
    expect(await rows(`MATCH (:Paper {id: 'fx-1'})-[:HAS_CODE]->(r:Repository) RETURN r.url AS url`)).toEqual(
      [{ url: 'https://github.com/example/fgl' }],
    );
    // alias resolution: every spelling meets the same concept
    for (const key of ['bp', 'backprop', 'backpropagation']) {
      expect(
        await rows(`MATCH (:Alias {key: $key})-[:NAMES]->(c:Method) RETURN c.name AS name`, { key }),
      ).toContainEqual({
        name: 'Backpropagation',
      });
    }
    expect(await rows(`MATCH (c:Dataset {name: 'Cora'}) RETURN c.paperCount AS n`)).toEqual([{ n: 2 }]);
    // the acknowledgement-only paper is stored, with no concepts
    expect(await rows(`MATCH (p:Paper {id: 'fx-5'}) RETURN COUNT { (p)-->() } AS n`)).toEqual([{ n: 0 }]);
  });

  it('is idempotent: ingesting the same file twice gives identical counts and graph', async () => {
    await run([FIXTURE, SAMPLE]);
    const first = await dumpGraph(db.driver);
    const counts = await db.counts();
    const again = await run([FIXTURE, SAMPLE]);
    expect(again.stored).toBe(0);
    expect(again.skipped).toBe(again.read);
    expect(await db.counts()).toEqual(counts);
    expect(await dumpGraph(db.driver)).toEqual(first);
  });

  it('raises the graph version only when it writes, so readers keep what they cached over a no-op re-run', async () => {
    const version = async () =>
      (await db.driver.executeQuery(GRAPH_VERSION)).records[0]?.get('version') as number | undefined;
    await run([FIXTURE]);
    const written = await version();
    expect(written).toBeGreaterThan(0);
    await run([FIXTURE]);
    expect(await version()).toBe(written);
  });

  it("replaces a changed abstract's extracted edges and counts", async () => {
    await run([FIXTURE]);
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-'));
    const changed = join(dir, 'changed.jsonl');
    const lines = (await readFile(FIXTURE, 'utf8')).trim().split('\n');
    const fx2 = JSON.parse(lines[1]!);
    fx2.abstract =
      'We study graph convolutional networks (GCNs) for node classification on the PubMed dataset only.';
    await writeFile(changed, `${JSON.stringify(fx2)}\n`);
    const summary = await run([changed]);
    expect(summary).toMatchObject({ read: 1, stored: 1 });
    const datasets = await rows(
      `MATCH (:Paper {id: 'fx-2'})-[:EVALUATES_ON]->(d) RETURN d.name AS name ORDER BY name`,
    );
    expect(datasets).toEqual([{ name: 'PubMed' }]);
    expect(await rows(`MATCH (c:Dataset {name: 'Cora'}) RETURN c.paperCount AS n`)).toEqual([{ n: 1 }]);
  });

  it('reads the sample text format, JSON Lines and JSON arrays alike', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-'));
    const array = join(dir, 'papers.json');
    const jsonl = (await readFile(FIXTURE, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    await writeFile(
      array,
      JSON.stringify(
        jsonl.map((paper) => ({ ...paper, id: `array-${paper.id}` })),
        null,
        1,
      ),
    );
    const summary = await run([SAMPLE, FIXTURE, array]);
    expect(summary).toMatchObject({ read: 217 + 6 + 6, stored: 229, rejected: 0 });
    expect(
      await rows(
        `MATCH (p:Paper) WHERE p.title STARTS WITH 'Get trending' OR p.title STARTS WITH 'Subscribe' RETURN p`,
      ),
    ).toEqual([]);
    expect(await rows(`MATCH (p:Paper {id: 'array-fx-2'}) RETURN p.year AS year`)).toEqual([{ year: 2017 }]);
  });

  it('sets bad records aside with file and line, and stores the rest', async () => {
    const rejects: RejectedRecord[] = [];
    const summary = await run(
      ['test/fixtures/malformed.jsonl', 'test/fixtures/does-not-exist.jsonl'],
      50,
      rejects,
    );
    expect(summary).toMatchObject({ read: 5, stored: 2, rejected: 3 });
    expect(summary.read).toBe(summary.stored + summary.skipped + summary.rejected);
    expect(rejects.map((r) => [r.from.file.split('/').pop(), r.from.line])).toEqual([
      ['malformed.jsonl', 2],
      ['malformed.jsonl', 3],
      ['does-not-exist.jsonl', 0],
    ]);
    expect(rejects[1]!.reason).toMatch(/abstract/);
  });

  it('rejects a different paper under an id already read in the run, keeping the first, and skips a repeat', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papergraph-'));
    const [first, second] = [join(dir, 'first.jsonl'), join(dir, 'second.jsonl')];
    const paper = (fields: Record<string, unknown>) =>
      JSON.stringify({
        id: 'dup',
        title: 'Graph Attention Networks',
        abstract: 'We use GAT on Cora.',
        ...fields,
      });
    await writeFile(first, `${paper({})}\n${paper({ id: 'other', year: 'next spring' })}\n`);
    await writeFile(second, `${paper({ abstract: 'We use GAT on PubMed.' })}\n${paper({})}\n`);
    const rejects: RejectedRecord[] = [];
    const warnings: RecordWarning[] = [];
    const summary = await ingest([first, second], {
      driver: db.driver,
      batchSize: 50,
      onReject: (r) => rejects.push(r),
      onWarning: (w) => warnings.push(w),
    });
    expect(summary).toMatchObject({ read: 4, stored: 2, skipped: 1, rejected: 1 });
    expect(summary.read).toBe(summary.stored + summary.skipped + summary.rejected);
    expect(rejects.map((r) => [r.from, r.reason])).toEqual([
      [
        { file: second, line: 1 },
        `duplicate id "dup": ${first}:1 has it with different content, and is kept`,
      ],
    ]);
    expect(warnings.map((w) => [w.from, w.message.split(':')[0]])).toEqual([
      [{ file: first, line: 2 }, 'invalid year "next spring"'],
    ]);
    expect(
      await rows(`MATCH (p:Paper) RETURN p.id AS id, p.abstract AS abstract, p.year AS year ORDER BY id`),
    ).toEqual([
      { id: 'dup', abstract: 'We use GAT on Cora.', year: null },
      { id: 'other', abstract: 'We use GAT on Cora.', year: null },
    ]);
  });

  it('stops at the first failed write, after the batches before it, and a run again completes it', async () => {
    // the real driver, whose third write session asks for a database the server does not have
    let sessions = 0;
    const failing = new Proxy(db.driver, {
      get(target, property) {
        if (property === 'session')
          return (config: SessionConfig) =>
            target.session({ ...config, database: ++sessions === 3 ? 'nosuchdatabase' : config.database });
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const progress: number[] = [];
    await expect(
      ingest([SAMPLE], { driver: failing, batchSize: 10, onProgress: (p) => progress.push(p.stored) }),
    ).rejects.toThrow(/nosuchdatabase/);
    expect(progress).toEqual([10, 20]);
    expect(await rows('MATCH (p:Paper) RETURN count(p) AS n')).toEqual([{ n: 20 }]);
    expect(await run([SAMPLE], 10)).toMatchObject({ stored: 197, skipped: 20 });
  });

  it('after kill -9 mid-ingest, running again gives the graph a clean run gives', async () => {
    const env = {
      ...databaseEnv(db),
    };
    const child = spawn(
      process.execPath,
      ['bin/papergraph.js', 'ingest', SAMPLE, '--batch-size', '10', '--rejects', '/dev/null'],
      {
        env,
        stdio: 'ignore',
      },
    );
    // wait until some batches are committed, then kill without warning
    let committed = 0;
    for (let i = 0; i < 1200 && committed < 40; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [{ n: committed }] = (await rows('MATCH (p:Paper) RETURN count(p) AS n')) as [{ n: number }];
    }
    child.kill('SIGKILL');
    expect(committed).toBeGreaterThanOrEqual(40);
    await new Promise((resolve) => child.once('exit', resolve));
    const partial = (await db.counts()).nodes;
    const resumed = await run([SAMPLE], 10);
    expect(resumed.skipped).toBeGreaterThan(0); // the committed batches were not redone
    expect(resumed.stored + resumed.skipped).toBe(217);
    const afterCrash = await dumpGraph(db.driver);
    expect(afterCrash.length).toBeGreaterThan(partial);

    await db.wipe();
    await run([SAMPLE], 10);
    expect(await dumpGraph(db.driver)).toEqual(afterCrash);
  });
});
