import { describe, expect, it } from 'vitest';
import { approximation } from '../../../../../ingest/extract/relations/approximation.ts';
import { relate } from './paper.ts';

describe('relation rule: approximation', () => {
  it('an approximation stands in for the method named right after the verb', () =>
    expect(
      relate({ sentence: approximation }, '', 'PFA closely approximates BP on deep networks.', [
        { name: 'PFA', proposed: true },
        { name: 'BP' },
      ]),
    ).toEqual(['PFA ALTERNATIVE_TO BP']));

  it('rejects a method not right after the verb: "we approximate the posterior with VI"', () =>
    expect(
      relate({ sentence: approximation }, '', 'PFA approximates the posterior with BP.', [
        { name: 'PFA', proposed: true },
        { name: 'BP' },
      ]),
    ).toEqual([]));
});
