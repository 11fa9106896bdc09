// CSV as neo4j-admin import reads it: every string quoted (so an empty string stays one), a null left empty
// (no property), arrays joined with ARRAY_DELIMITER, header fields typed (`year:double`, `:START_ID(Paper)`).
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** separates array elements and labels; a control character no title, abstract or alias contains */
export const ARRAY_DELIMITER = '\u001f';

/** what a column holds; `id`, `label`, `start`, `end` and `type` are the import's own columns */
export type ColumnType =
  | 'string'
  | 'double'
  | 'long'
  | 'boolean'
  | 'datetime'
  | 'string[]'
  | { id: string }
  | 'label'
  | { start: string }
  | { end: string }
  | 'type';

export interface Column {
  /** the property's name (empty for label, start, end and type columns) */
  name: string;
  type: ColumnType;
}

export type Value = string | number | boolean | null | readonly string[];

/** the header line: `id:ID(Paper),:LABEL,title,year:double` */
export function headerLine(columns: readonly Column[]): string {
  return columns.map(headerField).join(',') + '\n';
}

function headerField({ name, type }: Column): string {
  if (typeof type === 'object') {
    if ('id' in type) return `${name}:ID(${type.id})`;
    if ('start' in type) return `:START_ID(${type.start})`;
    return `:END_ID(${type.end})`;
  }
  if (type === 'label') return ':LABEL';
  if (type === 'type') return ':TYPE';
  return type === 'string' ? name : `${name}:${type}`;
}

/** one data line; values in column order */
export function csvLine(values: readonly Value[]): string {
  return values.map(csvField).join(',') + '\n';
}

function csvField(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV`);
    return String(value); // the shortest text that reads back as the same double
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return quoted(value);
  for (const element of value)
    if (element.includes(ARRAY_DELIMITER))
      throw new Error(`an array element contains the CSV array delimiter U+001F: ${element.slice(0, 60)}`);
  return quoted(value.join(ARRAY_DELIMITER));
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** a CSV file written as a stream: `write` waits when the disk falls behind, so memory stays flat */
export class CsvFile {
  readonly path: string;
  private readonly out: WriteStream;
  lines = 0;

  constructor(path: string, columns: readonly Column[]) {
    this.path = path;
    this.out = createWriteStream(path);
    this.out.write(headerLine(columns));
  }

  async write(rows: Iterable<readonly Value[]>): Promise<void> {
    let chunk = '';
    for (const row of rows) {
      chunk += csvLine(row);
      this.lines += 1;
    }
    if (chunk !== '' && !this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
