import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

/** "we introduce back-training, an alternative to …": one hyphenated word set off as a name by an apposition */
export const hyphenatedApposition: ProposalRule = {
  name: 'propose-hyphenated',
  find(s, found) {
    const { after, lead } = s;
    const word = after[lead];
    if (
      found.length === 0 &&
      word &&
      /-/.test(word.text) &&
      after[lead + 1]?.text === ',' &&
      /^(?:a|an|the|which)$/i.test(after[lead + 2]?.text ?? '')
    )
      pushCue(found, proposedCue(s, [word], 'propose-cue', 0.7));
  },
};
