import { describe, expect, it } from 'vitest';
import { findValues, parseNumber } from '../../../../../ingest/extract/results/values.ts';

const read = (sentence: string) => findValues(sentence).map((v) => [v.text, v.value, v.unit]);

describe('parseNumber', () => {
  it.each([
    ['92.3', 92.3],
    ['1,024', 1024],
    ['12,345.5', 12345.5],
    ['88,3', 88.3],
    ['+2.1', 2.1],
    ['−2', -2],
    ['-0.5', -0.5],
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));
});

describe('findValues', () => {
  it.each([
    ['achieves 92.3% accuracy', [['92.3%', 92.3, 'percent']]],
    ['a BLEU score of 28.4 on the test set', [['28.4', 28.4, 'number']]],
    ['gains of +2.1 points over it', [['+2.1 points', 2.1, 'points']]],
    ['it is 3x faster', [['3x', 3, 'times']]],
    ['it is 3× faster', [['3×', 3, 'times']]],
    ['a 3-fold speedup', [['3-fold', 3, 'times']]],
    ['runs 24 times faster', [['24 times', 24, 'times']]],
    ['reduces errors by 12% relative', [['12% relative', 12, 'relative']]],
    ['improves it by 2-5%', [['2-5%', 2, 'percent']]],
    ['in 58–90% of trials', [['58–90%', 58, 'percent']]],
    ['gains of 5% to 20%', [['5% to 20%', 5, 'percent']]],
    [
      'from 2× to 7×',
      [
        ['2×', 2, 'times'],
        ['7×', 7, 'times'],
      ],
    ],
    ['F1 scores ranging from 0.97 to 1.0', [['0.97 to 1.0', 0.97, 'number']]],
    ['tasks (+1.5%-11.1%)', [['+1.5%-11.1%', 1.5, 'percent']]],
    ['an accuracy of 92.3 ± 0.3%', [['92.3 ± 0.3%', 92.3, 'percent']]],
    ['a gain of 0.5 dB PSNR', [['0.5 dB', 0.5, 'number']]],
    ['an absolute improvement of 4.2%', [['4.2%', 4.2, 'percent']]],
    ['with 1,000 training instances', [['1,000', 1000, 'number']]],
    ['scores 88,3 usability', [['88,3', 88.3, 'number']]],
  ])('%s', (sentence, expected) => expect(read(sentence)).toEqual(expected));

  it('reads "from A to B" as two values, the levels before and after', () => {
    expect(read('from a previous best of 67.71% to 82.07%')).toEqual([
      ['67.71%', 67.71, 'percent'],
      ['82.07%', 82.07, 'percent'],
    ]);
  });

  it('marks differences: a sign, points, "absolute" or "relative"', () => {
    expect(findValues('+2.7% and 3 points and 4% absolute and 5%').map((v) => v.signed)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it.each([
    ['ResNet-50 and GPT-3'],
    ['trained on WMT14'],
    ['top-1 and pass@1'],
    ['Llama-2-7B and 1B–7B models'],
    ['the 3rd and 21st'],
    ['20k sentences'],
    ['v2.1'],
    ['a 3D model'],
  ])('finds no value in names, ordinals and counts glued to words: %s', (sentence) =>
    expect(read(sentence)).toEqual([]),
  );
});
