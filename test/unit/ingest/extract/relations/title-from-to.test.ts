import { describe, expect, it } from 'vitest';
import { titleFromTo } from '../../../../../ingest/extract/relations/title-from-to.ts';
import { relate } from './paper.ts';

const SPECS = [{ name: 'Softmax' }, { name: 'Sparsemax' }];

describe('relation rule: title "From A to B"', () => {
  it('B replaces A', () =>
    expect(relate({ sentence: titleFromTo }, 'From Softmax to Sparsemax: A Sparse Model', '', SPECS)).toEqual(
      ['Sparsemax ALTERNATIVE_TO Softmax'],
    ));

  it('rejects the shape in the abstract', () =>
    expect(relate({ sentence: titleFromTo }, '', 'From Softmax to Sparsemax we go.', SPECS)).toEqual([]));
});
