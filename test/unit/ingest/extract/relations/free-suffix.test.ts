import { describe, expect, it } from 'vitest';
import { freeSuffix } from '../../../../../ingest/extract/relations/free-suffix.ts';
import { relate } from './paper.ts';

describe('relation rule: "-free"', () => {
  it('"BP-free": the proposal is an alternative to BP', () =>
    expect(
      relate({ sentence: freeSuffix }, '', 'We train networks BP-free with PEPITA.', [
        { name: 'PEPITA', proposed: true },
        { name: 'BP' },
      ]),
    ).toEqual(['PEPITA ALTERNATIVE_TO BP']));

  it('rejects a method followed by another hyphenated word', () =>
    expect(
      relate({ sentence: freeSuffix }, '', 'We train networks BP-based with PEPITA.', [
        { name: 'PEPITA', proposed: true },
        { name: 'BP' },
      ]),
    ).toEqual([]));
});
