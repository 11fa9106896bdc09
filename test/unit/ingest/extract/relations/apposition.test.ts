import { describe, expect, it } from 'vitest';
import { apposition } from '../../../../../ingest/extract/relations/apposition.ts';
import { relate } from './paper.ts';

const CNN = { name: 'Convolutional Neural Network' };

describe('relation rule: apposition', () => {
  it('a proposal set off by ", a …" ending in a known method is a variant of it', () =>
    expect(
      relate(
        { sentence: apposition },
        '',
        'We present PP-LCNet, a lightweight Convolutional Neural Network for CPUs.',
        [{ name: 'PP-LCNet', proposed: true }, CNN],
      ),
    ).toEqual(['PP-LCNet VARIANT_OF Convolutional Neural Network']));

  it('a title may drop the article, and a kind noun after the method says nothing more', () =>
    expect(
      relate({ sentence: apposition }, 'MetaNet: Meta Learning framework', '', [
        { name: 'MetaNet', proposed: true },
        { name: 'Meta Learning' },
      ]),
    ).toEqual(['MetaNet VARIANT_OF Meta Learning']));

  it('rejects a noun phrase that only contains the method', () =>
    expect(
      relate(
        { sentence: apposition },
        '',
        'We present PP-LCNet, a Convolutional Neural Network accelerator.',
        [{ name: 'PP-LCNet', proposed: true }, CNN],
      ),
    ).toEqual([]));

  it('rejects an apposition to a method the paper does not propose', () =>
    expect(
      relate({ sentence: apposition }, '', 'We use ResNet, a Convolutional Neural Network.', [
        { name: 'ResNet' },
        CNN,
      ]),
    ).toEqual([]));
});
