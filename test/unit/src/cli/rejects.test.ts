import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertWritable, rejectsFile } from '../../../../src/cli/rejects.ts';

describe('the rejects file', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'papergraph-rejects-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // the tests run as root too, where permissions do not stop a write: these paths fail for everyone
  it.each([
    ['no-such-folder/rejects.jsonl', 'its folder does not exist'],
    ['a-folder', 'it is a directory'],
    ['a-file/rejects.jsonl', 'a part of the path is not a folder'],
  ])('refuses %s up front, saying why and what to do', async (name, why) => {
    await mkdir(join(dir, 'a-folder'), { recursive: true });
    await writeFile(join(dir, 'a-file'), '');
    const path = join(dir, name);
    await expect(assertWritable(path)).rejects.toThrow(
      `Cannot write the rejects file ${path}: ${why}. Choose a writable path with --rejects PATH.`,
    );
  });

  it('leaves no file behind when it checks a new path, and an existing one unchanged', async () => {
    const fresh = join(dir, 'fresh.jsonl');
    await assertWritable(fresh);
    expect(existsSync(fresh)).toBe(false);
    const old = join(dir, 'old.jsonl');
    await writeFile(old, 'from the last run\n');
    await assertWritable(old);
    expect(await readFile(old, 'utf8')).toBe('from the last run\n');
  });

  it('writes one JSON line per reject, replacing the last run’s, and only when there is one', async () => {
    const path = join(dir, 'run.jsonl');
    await writeFile(path, 'from the last run\n');
    const untouched = rejectsFile(path);
    await untouched.close();
    expect(await readFile(path, 'utf8')).toBe('from the last run\n');
    const file = rejectsFile(path);
    file.write({ from: { file: 'a.jsonl', line: 2 }, reason: 'missing title', excerpt: '{}' });
    await file.close();
    expect(await readFile(path, 'utf8')).toBe(
      '{"file":"a.jsonl","line":2,"reason":"missing title","excerpt":"{}"}\n',
    );
  });

  it('fails on close, with a clear message, when the lines could not be written', async () => {
    const file = rejectsFile('/dev/full'); // every write fails with ENOSPC
    file.write({ from: { file: 'a.jsonl', line: 2 }, reason: 'missing title' });
    await expect(file.close()).rejects.toThrow(
      /Could not write the 1 rejects to \/dev\/full: .*What was stored stays stored/,
    );
  });
});
