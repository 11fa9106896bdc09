import type { PaperRecord, SourceItem, SourceLocation } from '../types.ts';
import { normaliseSpace } from './normalise-space.ts';
import { reject } from './reject.ts';

/** what a file's name says about all its records */
export interface FileDefaults {
  year?: number;
  venue?: string;
}

// "acl2021.json", "nips-1987.jsonl": the paperlists naming, venue then year
const VENUE_YEAR_NAME = /^([a-z]+)[-_]?((?:19|20)\d\d)$/i;

/** the venue and year a file name gives: "acl2021.json" → { venue: 'ACL', year: 2021 } */
export function defaultsFromName(file: string): FileDefaults {
  const stem = (file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const match = VENUE_YEAR_NAME.exec(stem);
  if (!match) return {};
  return { venue: match[1]!.toUpperCase(), year: Number(match[2]) };
}

/** a record from one parsed JSON value, or a reject naming the field that is missing or empty */
export function toItem(
  value: unknown,
  from: SourceLocation,
  defaults: FileDefaults,
  text: string,
): SourceItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject(from.file, from.line, 'not a JSON object', text);
  }
  const fields = value as Record<string, unknown>;
  const title = typeof fields.title === 'string' ? normaliseSpace(fields.title) : undefined;
  const abstract = typeof fields.abstract === 'string' ? normaliseSpace(fields.abstract) : undefined;
  if (title === undefined) return reject(from.file, from.line, 'missing title', text);
  if (title === '') return reject(from.file, from.line, 'empty title', text);
  if (abstract === undefined) return reject(from.file, from.line, 'missing abstract', text);
  if (abstract === '') return reject(from.file, from.line, 'empty abstract', text);
  const record: PaperRecord = { title, abstract, from };
  const id = idOf(fields.id);
  const year = yearOf(fields.year) ?? defaults.year;
  const venue = textOf(fields.venue) ?? defaults.venue;
  // paperlists files call the landing page "site"
  const url = textOf(fields.url) ?? textOf(fields.site) ?? textOf(fields.pdf);
  const authors = authorsOf(fields.authors ?? fields.author);
  if (id !== undefined) record.id = id;
  if (year !== undefined) record.year = year;
  if (venue !== undefined) record.venue = venue;
  if (url !== undefined) record.url = url;
  if (authors.length > 0) record.authors = authors;
  return { ok: true, record };
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normaliseSpace(value);
  return text === '' ? undefined : text;
}

// ids are kept as given; a numeric id becomes its decimal string
function idOf(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : textOf(value);
}

function yearOf(value: unknown): number | undefined {
  const year = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : value;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999
    ? year
    : undefined;
}

// a list of names, or one string "A; B" as the paperlists files give them
function authorsOf(value: unknown): string[] {
  const names = typeof value === 'string' ? value.split(';') : Array.isArray(value) ? value : [];
  return names.map(textOf).filter((name) => name !== undefined);
}
