import { isGeneric } from '../lexicon/generic.ts';
import type { Sentence } from './sentences.ts';
import { VAGUE } from './variants.ts';
import { isStopWord } from './words.ts';
import { wordsOf } from './tokens.ts';
import type { Word } from './tokens.ts';

/** a noun phrase that the text says something replaces or varies: "instead of relying on channel expansion" */
export interface Replaced {
  name: string;
  start: number;
  end: number;
}

// cues after which a method the proposal replaces or varies is named ("a variant of the Barnes-Hut algorithm");
// "without labels" and "rather than a finite set" name data and properties more often, so they are left out
const REPLACE_CUE =
  /\b(?:an? )?alternatives? to\s+|\binstead of\s+|\bin place of\s+|\breplac(?:e|es|ing)\s+|\binspired by\s+|\b(?:variant|extension|generali[sz]ation) of\s+|\bextends\s+|\bgenerali[sz]es\s+/gi;
// words between the cue and the phrase: "instead of relying on the commonly used …"
const LEAD_IN =
  /^(?:(?:relying on|using|applying|requiring|the need for|the|a|an|commonly|widely|used|standard|conventional|traditional|existing|popular|usual|typical|common|current|costly|expensive)\s+)*/i;
const MAX_WORDS = 4;
// heads of phrases that follow these cues without naming a method: "inspired by recent work", "a classical result"
const NOT_METHOD = new Set(
  'work works result results progress advances advancements ability abilities behavior behaviors behaviour behaviours success idea ideas insight insights observation observations finding findings literature studies study research ones dataset datasets corpus benchmark benchmarks data'.split(
    ' ',
  ),
);

/** unknown method phrases after "instead of", "replacing", "a variant of", "inspired by": two or three words, no verb */
export function findReplaced(text: string, sentences: readonly Sentence[]): Replaced[] {
  const found: Replaced[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(REPLACE_CUE)) {
      const at = s.start + m.index + m[0].length;
      const skip = LEAD_IN.exec(text.slice(at, s.end))?.[0].length ?? 0;
      const words = wordsOf(text.slice(at + skip, s.end), at + skip);
      const phrase: Word[] = [];
      for (const w of words) {
        const low = w.text.toLowerCase();
        if (phrase.length === MAX_WORDS || /^[,;:()[\]"]$/.test(low) || isStopWord(low) || low === 'with')
          break;
        phrase.push(w);
      }
      if (phrase.length < 2 || phrase.length === MAX_WORDS) continue;
      // "rather than learning a vector": a verb phrase, not a name
      if (/(?:ing|ly|ed)$/i.test(phrase[0]!.text) && !/-/.test(phrase[0]!.text)) continue;
      const last = phrase[phrase.length - 1]!.text.toLowerCase();
      if (/(?:ly|ed|ing)$/.test(last) || NOT_METHOD.has(last)) continue;
      const name = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
      // "the model's estimation" is a property of something named elsewhere
      if (/['’]s\b/.test(name)) continue;
      if (isGeneric(name) || phrase.every((w) => isGeneric(w.text) || VAGUE.has(w.text.toLowerCase())))
        continue;
      found.push({ name, start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end });
    }
  }
  return found;
}
