import { describe, expect, it } from 'vitest';
import { committedExtractor } from '../../../../ingest/extract/index.ts';
import { extractedRecord, priorExtraction } from '../../../../ingest/sources/extracted.ts';
import { toItem } from '../../../../ingest/sources/record.ts';
import type { PaperRecord } from '../../../../ingest/types.ts';

const from = { file: 'x.jsonl', line: 7 };
const record: PaperRecord = {
  id: 'p-1',
  title: 'Graph Attention Networks on Cora',
  abstract:
    'We propose GATv2, a variant of GAT. It outperforms GCN on Cora with 84.1% accuracy. Code: https://github.com/x/y.',
  year: 2021,
  venue: 'ICLR',
  from,
};
const extraction = committedExtractor()(record);
// the record as `extract --format extracted` writes it, read back as JSON
const written = () =>
  JSON.parse(JSON.stringify(extractedRecord(record, extraction, 'x-1'))) as Record<string, any>;

describe('extractedRecord and priorExtraction', () => {
  it('writes a record that reads back as the same record, carrying its extraction', () => {
    expect(extraction.mentions.length).toBeGreaterThan(0);
    expect(extraction.relations.length + extraction.results.length).toBeGreaterThan(0);
    expect(toItem(written(), from, {}, '')).toEqual({
      ok: true,
      record: { ...record, extracted: { version: 'x-1', extraction } },
    });
  });

  it.each<[string, (line: Record<string, any>) => void, string]>([
    ['not an object', (l) => (l.extracted = []), 'extracted: expected an object'],
    ['no version', (l) => delete l.extracted.version, 'extracted.version: expected a non-empty string'],
    ['no mentions', (l) => delete l.extracted.mentions, 'mentions: expected an array'],
    [
      'an unknown kind',
      (l) => (l.extracted.mentions[0].kind = 'gadget'),
      'mentions[0].kind: expected one of method, dataset, task',
    ],
    [
      'an unknown role',
      (l) => (l.extracted.mentions[0].role = 'cited'),
      'mentions[0].role: expected one of proposed, used',
    ],
    [
      'an empty name',
      (l) => (l.extracted.mentions[0].name = ' '),
      'mentions[0].name: expected a non-empty string',
    ],
    [
      'a long name',
      (l) => (l.extracted.mentions[0].name = 'n'.repeat(1001)),
      'mentions[0].name: longer than 1000 characters',
    ],
    [
      'an alias that is a number',
      (l) => (l.extracted.mentions[0].aliases = [3]),
      'mentions[0].aliases[0]: expected a non-empty string',
    ],
    [
      'an offset past the text',
      (l) => (l.extracted.mentions[0].evidence.end = 10_000),
      "mentions[0].evidence.end: expected a whole number from 0 to the field's length",
    ],
    [
      'an offset that is no whole number',
      (l) => (l.extracted.mentions[0].evidence.start = 1.5),
      'mentions[0].evidence.start: expected a whole number',
    ],
    [
      'an end before the start',
      (l) => (l.extracted.mentions[0].evidence.start = l.extracted.mentions[0].evidence.end + 1),
      'mentions[0].evidence: end',
    ],
    [
      'an unknown field',
      (l) => (l.extracted.mentions[0].evidence.field = 'body'),
      'mentions[0].evidence.field: expected one of title, abstract',
    ],
    [
      'a confidence above 1',
      (l) => (l.extracted.mentions[0].evidence.confidence = 2),
      'mentions[0].evidence.confidence: expected 0 to 1, got 2',
    ],
    [
      'an unknown relation',
      (l) => (l.extracted.relations = [{ ...l.extracted.mentions[0], type: 'CITES', from: 'a', to: 'b' }]),
      'relations[0].type: expected one of ALTERNATIVE_TO, VARIANT_OF',
    ],
    [
      'a result value that is text',
      (l) => (l.extracted.results[0].value = '84.1'),
      'results[0].value: expected a number',
    ],
    [
      'a result unit unknown',
      (l) => (l.extracted.results[0].unit = 'furlongs'),
      'results[0].unit: expected one of percent',
    ],
    [
      'a code link that is no string',
      (l) => (l.extracted.codeUrls = [null]),
      'codeUrls[0]: expected a non-empty string',
    ],
    [
      'too many mentions',
      (l) => (l.extracted.mentions = Array(5001).fill(l.extracted.mentions[0])),
      'mentions: more than 5000 items',
    ],
  ])('refuses %s, saying where', (_, edit, problem) => {
    const line = written();
    edit(line);
    const prior = priorExtraction(line.extracted, record);
    expect(prior.ok).toBe(false);
    if (!prior.ok) expect(prior.problem).toContain(problem);
  });

  it('keeps a record whose extraction is unusable, with a warning, and without the extraction', () => {
    const line = written();
    line.extracted.mentions[0].kind = 'gadget';
    const item = toItem(line, from, {}, '');
    expect(item).toEqual({
      ok: true,
      record,
      warnings: [
        {
          from,
          message:
            'its extraction is not usable, so it is extracted again: mentions[0].kind: expected one of method, dataset, task',
        },
      ],
    });
  });
});
