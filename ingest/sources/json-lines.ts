import type { SourceItem } from '../types.ts';
import type { Line } from './lines.ts';
import type { FileDefaults } from './record.ts';
import { toItem } from './record.ts';
import { reject } from './reject.ts';

/** one record per JSON-object line; blank lines skipped, a bad line rejected and the rest read on */
export async function* readJsonLines(
  lines: AsyncIterable<Line>,
  file: string,
  defaults: FileDefaults,
): AsyncGenerator<SourceItem> {
  for await (const line of lines) {
    if ('error' in line) {
      yield reject(file, line.line, line.error, line.excerpt);
      continue;
    }
    if (line.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      yield reject(file, line.line, `invalid JSON: ${(error as Error).message}`, line.text);
      continue;
    }
    yield toItem(value, { file, line: line.line }, defaults, line.text);
  }
}
