import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../../src/cli/args.ts';
import { KgError } from '../../../../src/errors.ts';

const ingestArgs = (args: string[]) =>
  parseCommandArgs({
    args,
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, rejects: { type: 'string', default: 'rejects.jsonl' } },
  });

function usageProblem(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('USAGE');
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('parseCommandArgs', () => {
  it('parses flags and positionals', () => {
    expect(ingestArgs(['a.jsonl', '--batch-size', '10', 'b'])).toMatchObject({
      values: { 'batch-size': '10', rejects: 'rejects.jsonl' },
      positionals: ['a.jsonl', 'b'],
    });
  });

  it('takes a negative number as the value, for the value check to refuse', () => {
    expect(ingestArgs(['a.jsonl', '--batch-size', '-5']).values['batch-size']).toBe('-5');
    expect(ingestArgs(['a.jsonl', '--batch-size=-5']).values['batch-size']).toBe('-5');
  });

  it.each([
    [['a.jsonl', '--bogus'], "Unknown option '--bogus'"],
    [['a.jsonl', '-x'], "Unknown option '-x'"],
    [['a.jsonl', '--batch-size'], "Option '--batch-size <value>' argument missing"],
    [['a.jsonl', '--batch-size', '--rejects', 'r'], "Option '--batch-size' argument is ambiguous."],
  ])('turns %j into a one-line usage error', (args, message) => {
    const problem = usageProblem(() => ingestArgs(args));
    expect(problem).toContain(message);
    expect(problem).not.toContain('\n');
    expect(problem).not.toContain('To specify a positional');
  });

  it('refuses arguments a command does not take', () => {
    expect(usageProblem(() => parseCommandArgs({ args: ['extra'], options: {} }))).toMatch(
      /Unexpected argument 'extra'/,
    );
  });
});
