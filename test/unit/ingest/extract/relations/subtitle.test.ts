import { describe, expect, it } from 'vitest';
import { subtitle } from '../../../../../ingest/extract/relations/subtitle.ts';
import { relate } from './paper.ts';

const PRUNER = { name: 'Meta Pruning', proposed: true };
const ML = { name: 'Meta Learning' };

describe('relation rule: subtitle', () => {
  it('the proposal before a title’s colon varies the method its subtitle ends in', () =>
    expect(
      relate({ sentence: subtitle }, 'Meta Pruning: A Meta Learning Framework for Pruning', '', [PRUNER, ML]),
    ).toEqual(['Meta Pruning VARIANT_OF Meta Learning']));

  it('rejects a subtitle that opens a clause', () =>
    expect(
      relate({ sentence: subtitle }, 'Meta Pruning: Unifying Meta Learning and Pruning', '', [PRUNER, ML]),
    ).toEqual([]));

  it('rejects the same shape in the abstract', () =>
    expect(
      relate({ sentence: subtitle }, '', 'Meta Pruning: a Meta Learning framework.', [PRUNER, ML]),
    ).toEqual([]));
});
