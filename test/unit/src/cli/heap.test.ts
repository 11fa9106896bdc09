import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// the heap's peak over its live size in a fresh process, as test/fixtures/heap/growth.ts measures it
function peakOverLive(...args: string[]): number {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'test/fixtures/heap/growth.ts', ...args],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return Number(run.stdout.split(' ')[0]);
}

describe('heap growth during an ingest', () => {
  it('holds a heap nearer its live size than V8 does by default', () => {
    const limited = peakOverLive('limit');
    const unlimited = peakOverLive();
    expect(limited).toBeLessThan(3);
    expect(unlimited).toBeGreaterThan(limited + 1);
  }, 60_000);
});
