import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KgError } from '../errors.ts';

/**
 * `parseArgs` (strict) for one command; a bad flag or argument becomes a USAGE error saying which, so the user
 * sees one line and the command's usage rather than an ERR_PARSE_ARGS_* stack trace
 */
export function parseCommandArgs<T extends ParseArgsConfig & { args: string[] }>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ ...config, args: joinNegativeValues(config), strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      // the first line says what is wrong; Node's advice on `--` for positionals that start with "-" is noise here
      const problem = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional .*$/, '');
      throw new KgError('USAGE', problem, { cause: error });
    }
    throw error;
  }
}

/** a usage error: what is wrong with the command line, in one line */
export function usageError(message: string): KgError {
  return new KgError('USAGE', message);
}

// `--batch-size -5` is a (bad) value, not an unknown option -5: joined as `--batch-size=-5`, the value's own check
// reports it ("--batch-size must be an integer from 1 …") instead of parseArgs calling it ambiguous
function joinNegativeValues(config: ParseArgsConfig & { args: string[] }): string[] {
  const takesValue = (arg: string) =>
    arg.startsWith('--') && config.options?.[arg.slice(2)]?.type === 'string';
  const args: string[] = [];
  for (let i = 0; i < config.args.length; i++) {
    const arg = config.args[i]!;
    const next = config.args[i + 1];
    if (takesValue(arg) && next !== undefined && /^-\d/.test(next)) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  return args;
}
