import { describe, expect, it } from 'vitest';
import { PAIR_RULES, SENTENCE_RULES, findRelations } from '../../../../../ingest/extract/relations/index.ts';
import { paperOf } from './paper.ts';

describe('findRelations: the rules together', () => {
  it('lists every rule once, by name', () => {
    const names = [...SENTENCE_RULES, ...PAIR_RULES].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('relation-cue');
    expect(names).toContain('name-head');
  });

  it('keeps one relation per pair and type, the first rule’s (either way round)', () => {
    const { fields, occurrences, groups } = paperOf(
      '',
      'EvolveGCN extends GCN to dynamic graphs. GCN is based on EvolveGCN.',
      [{ name: 'EvolveGCN', proposed: true }, { name: 'GCN' }],
    );
    const relations = findRelations(fields, occurrences, groups);
    expect(relations.map((r) => [r.from, r.type, r.to, r.evidence.extractor])).toEqual([
      ['EvolveGCN', 'VARIANT_OF', 'GCN', 'relation-cue'],
    ]);
  });
});
