import type { PaperRecord, RecordWarning, SourceItem, SourceLocation } from '../types.ts';
import { priorExtraction } from './extracted.ts';
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

// a year outside this is a typo or a placeholder (0, 9999); papers from the 1600s exist, next year's proceedings too
const FIRST_YEAR = 1600;
const lastYear = () => new Date().getUTCFullYear() + 1;
// enough of a bad value to recognise it in a message
const SHOWN_CHARS = 60;

/**
 * a record from one parsed JSON value, or a reject naming the field that is missing, empty or unusable.
 * A bad id rejects the record: stored under another id, it would stay a second paper after the id is fixed.
 * The year is the record's own, else its BibTeX entry's (paperlists records), else the file name's.
 * A bad year only warns: the paper is stored without it (or with the fallback year), and a fixed year
 * replaces it on the next ingest, so rejecting would lose the paper for nothing. So does a bad `extracted` field
 * (an earlier run's extraction): the record is extracted again.
 */
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
  const id = idOf(fields.id);
  if (id === null) {
    return reject(
      from.file,
      from.line,
      `invalid id ${shown(fields.id)}: expected a string or a number`,
      text,
    );
  }
  const record: PaperRecord = { title, abstract, from };
  const warnings: RecordWarning[] = [];
  const givenYear = yearOf(fields.year);
  const entryYear = bibtexYear(fields.bibtex);
  if (givenYear === null) {
    const fallback =
      entryYear !== undefined
        ? `stored with ${entryYear} from its BibTeX entry`
        : defaults.year === undefined
          ? 'stored without a year'
          : `stored with ${defaults.year} from the file name`;
    warnings.push({
      from,
      message: `invalid year ${shown(fields.year)}: expected an integer from ${FIRST_YEAR} to ${lastYear()}; ${fallback}`,
    });
  }
  const year = givenYear ?? entryYear ?? defaults.year;
  const venue = textOf(fields.venue) ?? defaults.venue;
  // paperlists files call the landing page "site"
  const url = textOf(fields.url) ?? textOf(fields.site) ?? textOf(fields.pdf);
  const authors = authorsOf(fields.authors ?? fields.author);
  if (id !== undefined) record.id = id;
  if (year !== undefined) record.year = year;
  if (venue !== undefined) record.venue = venue;
  if (url !== undefined) record.url = url;
  if (authors.length > 0) record.authors = authors;
  if (fields.extracted !== undefined) {
    const prior = priorExtraction(fields.extracted, record);
    if (prior.ok) record.extracted = prior.prior;
    else
      warnings.push({
        from,
        message: `its extraction is not usable, so it is extracted again: ${prior.problem}`,
      });
  }
  return warnings.length > 0 ? { ok: true, record, warnings } : { ok: true, record };
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normaliseSpace(value);
  return text === '' ? undefined : text;
}

// absent (missing, null or blank) is undefined; unusable is null
const isAbsent = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

// ids are kept as given; a numeric id becomes its decimal string; an object or boolean is no id (null)
function idOf(value: unknown): string | null | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? normaliseSpace(value) : null;
}

// a year as a number or a four-digit string; anything else, or a year outside the plausible range, is null
function yearOf(value: unknown): number | null | undefined {
  if (isAbsent(value)) return undefined;
  const year = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : value;
  return typeof year === 'number' && Number.isInteger(year) && year >= FIRST_YEAR && year <= lastYear()
    ? year
    : null;
}

// paperlists records carry no year field, but their BibTeX entry does: `year = {2018}`, `year = "2018"`, `year = 2018`
const BIBTEX_YEAR = /\byear\s*=\s*[{"]?\s*(\d{4})\s*[}"]?/i;

/** the year of a BibTeX entry, when it holds a plausible one */
function bibtexYear(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = BIBTEX_YEAR.exec(value);
  return (match && yearOf(match[1])) ?? undefined;
}

// a bad value as JSON, cut short: `{"arxiv":"1706.…` rather than [object Object]
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > SHOWN_CHARS ? `${json.slice(0, SHOWN_CHARS)}…` : json;
}

// a list of names, or one string "A; B" as the paperlists files give them
function authorsOf(value: unknown): string[] {
  const names = typeof value === 'string' ? value.split(';') : Array.isArray(value) ? value : [];
  return names.map(textOf).filter((name) => name !== undefined);
}
