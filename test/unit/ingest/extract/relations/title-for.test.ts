import { describe, expect, it } from 'vitest';
import { titleFor } from '../../../../../ingest/extract/relations/title-for.ts';
import { relate } from './paper.ts';

const MAN = { name: 'Momentum Auxiliary Network', proposed: true };

describe('relation rule: title "X for <a way of learning>"', () => {
  it('the proposal a title opens with varies the way of learning it is for', () =>
    expect(
      relate({ sentence: titleFor }, 'Momentum Auxiliary Network for Supervised Local Learning', '', [
        MAN,
        { name: 'Supervised Local Learning' },
      ]),
    ).toEqual(['Momentum Auxiliary Network VARIANT_OF Supervised Local Learning']));

  it('rejects what is not a way of learning', () =>
    expect(
      relate({ sentence: titleFor }, 'Momentum Auxiliary Network for Gradient Descent', '', [
        MAN,
        { name: 'Gradient Descent' },
      ]),
    ).toEqual([]));
});
