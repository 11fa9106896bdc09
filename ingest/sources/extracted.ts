// A record may carry the extraction another run made of it (`papergraph extract --format extracted`), so that
// extraction can run on other machines and the loader only writes. What it carries decides the graph, so every
// field is checked here as strictly as the loader would need it; a bad one leaves the record to be extracted again.
import { METHOD_RELATIONS } from '../../src/graph/model.ts';
import type {
  Evidence,
  Extraction,
  Mention,
  MethodRelation,
  PaperRecord,
  PriorExtraction,
  ReportedResult,
  ResultUnit,
} from '../types.ts';

// far above what extraction makes of a 1 MiB record; they bound what one line can make the loader write
const MAX_ITEMS = 5000;
const MAX_NAME_CHARS = 1000;
const MAX_SENTENCE_CHARS = 100_000;
const MAX_VERSION_CHARS = 64;

const KINDS: readonly Mention['kind'][] = ['method', 'dataset', 'task'];
const ROLES: readonly Mention['role'][] = ['proposed', 'used'];
const ORIGINS: readonly Mention['origin'][] = ['lexicon', 'discovered'];
const FIELDS: readonly Evidence['field'][] = ['title', 'abstract'];
const UNITS: readonly ResultUnit[] = ['percent', 'points', 'times', 'relative', 'number'];

/** why a value is not usable, with the path to it: "mentions[3].kind: expected one of method, dataset, task" */
class Unusable extends Error {}

/** the record's texts, which evidence offsets index */
export interface RecordTexts {
  title: string;
  abstract: string;
}

/**
 * `record` and its extraction as one JSON object that ingest reads back as the same record (the same id, content
 * hash and texts: its fields as read, file-name defaults included) carrying that extraction
 */
export function extractedRecord(record: PaperRecord, extraction: Extraction, version: string): object {
  const { from: _, extracted: __, ...fields } = record;
  return { ...fields, extracted: { version, ...extraction } };
}

/** the prior extraction in `value` (the record's `extracted` field), or why it cannot be used */
export function priorExtraction(
  value: unknown,
  texts: RecordTexts,
): { ok: true; prior: PriorExtraction } | { ok: false; problem: string } {
  try {
    const fields = object(value, 'extracted');
    const version = text(fields.version, 'extracted.version', MAX_VERSION_CHARS);
    const extraction: Extraction = {
      mentions: list(fields.mentions, 'mentions', (m, at) => mention(m, at, texts)),
      relations: list(fields.relations, 'relations', (r, at) => relation(r, at, texts)),
      codeUrls: list(fields.codeUrls, 'codeUrls', (u, at) => text(u, at, MAX_NAME_CHARS)),
      results: list(fields.results, 'results', (r, at) => result(r, at, texts)),
    };
    return { ok: true, prior: { version, extraction } };
  } catch (error) {
    if (error instanceof Unusable) return { ok: false, problem: error.message };
    throw error;
  }
}

function mention(value: unknown, at: string, texts: RecordTexts): Mention {
  const m = object(value, at);
  return {
    kind: oneOf(m.kind, `${at}.kind`, KINDS),
    role: oneOf(m.role, `${at}.role`, ROLES),
    name: text(m.name, `${at}.name`, MAX_NAME_CHARS),
    aliases: list(m.aliases, `${at}.aliases`, (a, where) => text(a, where, MAX_NAME_CHARS)),
    origin: oneOf(m.origin, `${at}.origin`, ORIGINS),
    evidence: evidence(m.evidence, `${at}.evidence`, texts),
  };
}

function relation(value: unknown, at: string, texts: RecordTexts): MethodRelation {
  const r = object(value, at);
  return {
    from: text(r.from, `${at}.from`, MAX_NAME_CHARS),
    type: oneOf(r.type, `${at}.type`, METHOD_RELATIONS),
    to: text(r.to, `${at}.to`, MAX_NAME_CHARS),
    evidence: evidence(r.evidence, `${at}.evidence`, texts),
  };
}

function result(value: unknown, at: string, texts: RecordTexts): ReportedResult {
  const r = object(value, at);
  return {
    method: nameOrNull(r.method, `${at}.method`),
    dataset: nameOrNull(r.dataset, `${at}.dataset`),
    task: nameOrNull(r.task, `${at}.task`),
    metric: text(r.metric, `${at}.metric`, MAX_NAME_CHARS),
    higherIsBetter: flag(r.higherIsBetter, `${at}.higherIsBetter`),
    valueText: text(r.valueText, `${at}.valueText`, MAX_NAME_CHARS),
    value: finite(r.value, `${at}.value`),
    unit: oneOf(r.unit, `${at}.unit`, UNITS),
    evidence: evidence(r.evidence, `${at}.evidence`, texts),
  };
}

// the offsets must fall inside the field they index: the loader stores them and the API cuts the text by them
function evidence(value: unknown, at: string, texts: RecordTexts): Evidence {
  const e = object(value, at);
  const field = oneOf(e.field, `${at}.field`, FIELDS);
  const length = texts[field].length;
  const start = offset(e.start, `${at}.start`, length);
  const end = offset(e.end, `${at}.end`, length);
  if (end < start) throw new Unusable(`${at}: end ${end} is before start ${start}`);
  const confidence = finite(e.confidence, `${at}.confidence`);
  if (confidence < 0 || confidence > 1)
    throw new Unusable(`${at}.confidence: expected 0 to 1, got ${confidence}`);
  return {
    sentence: text(e.sentence, `${at}.sentence`, MAX_SENTENCE_CHARS),
    start,
    end,
    field,
    confidence,
    extractor: text(e.extractor, `${at}.extractor`, MAX_NAME_CHARS),
  };
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Unusable(`${at}: expected an object`);
  return value as Record<string, unknown>;
}

function list<T>(value: unknown, at: string, item: (value: unknown, at: string) => T): T[] {
  if (!Array.isArray(value)) throw new Unusable(`${at}: expected an array`);
  if (value.length > MAX_ITEMS) throw new Unusable(`${at}: more than ${MAX_ITEMS} items`);
  return value.map((v, i) => item(v, `${at}[${i}]`));
}

function text(value: unknown, at: string, maxChars: number): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Unusable(`${at}: expected a non-empty string`);
  if (value.length > maxChars) throw new Unusable(`${at}: longer than ${maxChars} characters`);
  return value;
}

function nameOrNull(value: unknown, at: string): string | null {
  return value === null ? null : text(value, at, MAX_NAME_CHARS);
}

function oneOf<T extends string>(value: unknown, at: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new Unusable(`${at}: expected one of ${allowed.join(', ')}`);
  return value as T;
}

function finite(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Unusable(`${at}: expected a number`);
  return value;
}

function flag(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') throw new Unusable(`${at}: expected true or false`);
  return value;
}

function offset(value: unknown, at: string, length: number): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > length)
    throw new Unusable(`${at}: expected a whole number from 0 to the field's length ${length}`);
  return value as number;
}
