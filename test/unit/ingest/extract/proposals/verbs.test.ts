import { describe, expect, it } from 'vitest';
import { proposingVerb } from '../../../../../ingest/extract/proposals/verbs.ts';

describe('proposingVerb', () => {
  it.each([
    ['We propose a new model.', 'We propose', false],
    [
      'In this work, we first prove a bound and then introduce a model.',
      'we first prove a bound and then introduce',
      false,
    ],
    ['We bridge this gap by introducing a model.', 'We bridge this gap by introducing', false],
    ['Our algorithm introduces a recognition model.', 'Our algorithm introduces', true],
  ])('%s', (sentence, verb, ofPart) => {
    const v = proposingVerb(sentence);
    expect(v && [sentence.slice(v.index, v.end), v.ofPart]).toEqual([verb, ofPart]);
  });

  it.each([['Prior work proposed a model.'], ['They introduce a model.'], ['The model introduces noise.']])(
    '%s → none',
    (sentence) => expect(proposingVerb(sentence)).toBeUndefined(),
  );
});
