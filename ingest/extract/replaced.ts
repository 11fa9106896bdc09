import { isGeneric } from '../lexicon/generic.ts';
import type { Sentence } from './sentences.ts';
import { VAGUE } from './variants.ts';
import { isStopWord, wordsOf } from './words.ts';
import type { Word } from './words.ts';

/** a noun phrase that the text says something replaces: "instead of relying on channel expansion" */
export interface Replaced {
  name: string;
  start: number;
  end: number;
}

// cues after which a method the proposal replaces is named; "without labels" and "rather than a finite set" name
// data and properties more often than methods, so "without" and "rather than" are left out
const REPLACE_CUE =
  /\b(?:an? )?alternatives? to\s+|\binstead of\s+|\bin place of\s+|\breplac(?:e|es|ing)\s+/gi;
// words between the cue and the phrase: "instead of relying on the commonly used …"
const LEAD_IN =
  /^(?:(?:relying on|using|applying|requiring|the need for|the|a|an|commonly|widely|used|standard|conventional|traditional|existing|popular|usual|typical|common|current|costly|expensive)\s+)*/i;
const MAX_WORDS = 4;

/** unknown method phrases after "instead of", "alternative to", "replacing …": two to four words, no verb */
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
        if (phrase.length === MAX_WORDS || /^[,;:()[\]"]$/.test(low) || isStopWord(low) || low === 'with') break;
        phrase.push(w);
      }
      if (phrase.length < 2 || phrase.length === MAX_WORDS) continue;
      // "rather than learning a vector": a verb phrase, not a name
      if (/(?:ing|ly|ed)$/i.test(phrase[0]!.text) && !/-/.test(phrase[0]!.text)) continue;
      if (/(?:ly|ed)$/i.test(phrase[phrase.length - 1]!.text)) continue;
      const name = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
      // "the model's estimation" is a property of something named elsewhere
      if (/['’]s\b/.test(name)) continue;
      if (isGeneric(name) || phrase.every((w) => isGeneric(w.text) || VAGUE.has(w.text.toLowerCase()))) continue;
      found.push({ name, start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end });
    }
  }
  return found;
}
