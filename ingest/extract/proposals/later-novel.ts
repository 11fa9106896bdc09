import { leadingPhrase, phraseAliases } from '../phrases.ts';
import { wordsOf } from '../tokens.ts';
import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

// "… and to combine them with a novel clustering method"
const LATER_NOVEL = /\b(?:with|and)\s+(?:a|an)\s+(?=(?:novel|new)\s)/gi;

/** "… with a novel X", "… and a new X" later in the sentence: a further part of the proposal, even after a name */
export const laterNovel: ProposalRule = {
  name: 'propose-later-novel',
  find(s, found) {
    const { lexicon, text, sentence, afterAt, rest } = s;
    for (const m of rest.matchAll(LATER_NOVEL)) {
      const at = afterAt + m.index + m[0].length;
      const phrase = leadingPhrase(wordsOf(text.slice(at, sentence.end), at));
      if (phrase && !phrase.generic)
        pushCue(
          found,
          proposedCue(
            s,
            phrase.core,
            'propose-part',
            0.5,
            phraseAliases(lexicon, text, phrase.full, phrase.core),
          ),
        );
    }
  },
};
