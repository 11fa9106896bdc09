import { describe, expect, it } from 'vitest';
import { danglingAlternative } from '../../../../../ingest/extract/relations/dangling-alternative.ts';
import { relate } from './paper.ts';

const BP = { name: 'Backpropagation' };
const FF = { name: 'Forward-Forward' };

describe('relation rule: an alternative to nothing named', () => {
  it('is one to the first method the abstract names', () =>
    expect(
      relate(
        { sentence: danglingAlternative },
        '',
        'Backpropagation trains most networks. Forward-Forward is a promising alternative.',
        [BP, FF],
      ),
    ).toEqual(['Forward-Forward ALTERNATIVE_TO Backpropagation']));

  it('rejects the cue in the sentence that opens with the method', () =>
    expect(
      relate(
        { sentence: danglingAlternative },
        '',
        'Forward-Forward is a promising alternative to Backpropagation.',
        [BP, FF],
      ),
    ).toEqual([]));

  it('rejects "an alternative to" (a named target, the cue phrases’ case)', () =>
    expect(
      relate(
        { sentence: danglingAlternative },
        '',
        'Backpropagation trains most networks. Forward-Forward is an alternative to it.',
        [BP, FF],
      ),
    ).toEqual([]));
});
