import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES_URL, canBeVerb, isStopWord, wordClassesOf } from '../../../../ingest/extract/words.ts';

describe('the word classes read from compromise', () => {
  it("are stored as compromise's lexicon gives them (run tools/build-word-classes.ts after an upgrade)", () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    expect(JSON.parse(readFileSync(WORD_CLASSES_URL, 'utf8'))).toEqual(wordClassesOf(lexicon));
  });

  it.each([
    ['the', true, false],
    ['which', true, false],
    ['propose', false, true],
    ['utilizes', false, true],
    ['network', false, true],
    ['transformer', false, false],
  ])('%s: stop word %s, can be a verb %s', (word, stop, verb) => {
    expect(isStopWord(word)).toBe(stop);
    expect(canBeVerb(word)).toBe(verb);
  });
});
