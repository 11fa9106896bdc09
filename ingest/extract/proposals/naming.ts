import { DATASET_WORD, leadingName, leadingWords } from '../phrases.ts';
import { wordsOf } from '../tokens.ts';
import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

const NAMING =
  /\b(?:called|named|dubbed|termed|coined|referred to as|which we call|we call it|we name it|namely)\s+/gi;

/** "called X", "dubbed X": the name a naming verb gives; a dataset when a dataset word comes just before */
export const naming: ProposalRule = {
  name: 'naming-cue',
  find(s, found) {
    const { text, sentence } = s;
    for (const m of sentence.text.matchAll(NAMING)) {
      const at = sentence.start + m.index + m[0].length;
      const next = wordsOf(text.slice(at, sentence.end), at);
      const name = leadingName(next);
      if (name.length === 0) name.push(...leadingWords(next));
      if (name.length === 0) continue;
      // "a new dataset named WikiVitals"
      const before = sentence.text
        .slice(Math.max(0, m.index - 40), m.index)
        .split(/\s+/)
        .slice(-4);
      const dataset = before.some((w) => DATASET_WORD.test(w));
      pushCue(found, proposedCue(s, name, 'naming-cue', 0.9, [], dataset));
    }
  },
};
