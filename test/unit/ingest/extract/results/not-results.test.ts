import { describe, expect, it } from 'vitest';
import { notAResult } from '../../../../../ingest/extract/results/not-results.ts';
import { findValues } from '../../../../../ingest/extract/results/values.ts';

const verdicts = (sentence: string) => findValues(sentence).map((v) => notAResult(sentence, v) ?? 'result');

describe('notAResult', () => {
  it.each([
    ['first released in 2019 with 92.3% accuracy', ['year', 'result']],
    ['as shown in Section 3 and Table 2', ['reference', 'reference']],
    ['see Fig. 4 and Eq. 5', ['reference', 'reference']],
    ['prior work [12] reports 80.1 F1', ['reference', 'result']],
    ['in the 5-shot setting with 10-fold cross-validation', ['modifier', 'modifier']],
    ['a 3-layer network', ['modifier']],
    ['on 20 sentences from 30 downstream tasks', ['count', 'count']],
    ['with 12 layers and 8 attention heads', ['count', 'count']],
    ['over 100 million parameters', ['count']],
    ['a beam size of 5 and top 10', ['setting', 'setting']],
    ['with 10x fewer parameters', ['result']],
    ['an F1 of 80.5 and 3x speedup', ['result', 'result']],
  ])('%s', (sentence, expected) => expect(verdicts(sentence)).toEqual(expected));
});

describe('notAResult: names', () => {
  it.each([
    ['DALL-E 3 reaches 48.9%', ['name', 'result']],
    ['GPT 4 and YOLO 9000', ['name', 'name']],
    ['a BLEU 28.4 on it', ['result']],
    ['(1) the accuracy and (2) the time', ['enumeration', 'enumeration']],
    ['72.3% mIoU at 108 FPS and 23.1 ms', ['result', 'measure', 'measure']],
    ['a test set of 30 speakers', ['count']],
    ['only 1/5th of them, at a 1/T rate', ['fraction', 'fraction']],
  ])('%s', (sentence, expected) => expect(verdicts(sentence)).toEqual(expected));
});
