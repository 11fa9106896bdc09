import { describe, expect, it } from 'vitest';
import { cuePhrases } from '../../../../../ingest/extract/relations/cue-phrases.ts';
import { relate } from './paper.ts';

const FF = { name: 'Forward-Forward', proposed: true };
const BP = { name: 'Backpropagation' };

describe('relation rule: cue phrases', () => {
  it.each([
    [
      'Forward-Forward is an alternative to Backpropagation.',
      'Forward-Forward ALTERNATIVE_TO Backpropagation',
    ],
    [
      'We train with Forward-Forward instead of Backpropagation.',
      'Forward-Forward ALTERNATIVE_TO Backpropagation',
    ],
    [
      'Forward-Forward extends Backpropagation to local losses.',
      'Forward-Forward VARIANT_OF Backpropagation',
    ],
    ['Forward-Forward is based on Backpropagation.', 'Forward-Forward VARIANT_OF Backpropagation'],
  ])('%s', (abstract, relation) =>
    expect(relate({ sentence: cuePhrases }, '', abstract, [FF, BP])).toEqual([relation]),
  );

  it('rejects a target too far after its cue', () =>
    expect(
      relate(
        { sentence: cuePhrases },
        '',
        'Forward-Forward is an alternative to the widely used and very well studied training method Backpropagation.',
        [FF, BP],
      ),
    ).toEqual([]));

  it('never makes the paper’s own proposal the target', () =>
    expect(
      relate({ sentence: cuePhrases }, '', 'Backpropagation works instead of Forward-Forward.', [FF, BP]),
    ).toEqual([]));

  it('relates a weak cue ("based on") only to what its own sentence proposes', () =>
    expect(
      relate({ sentence: cuePhrases }, '', 'Adam is based on Backpropagation.', [{ name: 'Adam' }, BP]),
    ).toEqual([]));
});
