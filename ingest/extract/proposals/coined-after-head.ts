import { DATASET_WORD, HEADS } from '../phrases.ts';
import { isCoined } from '../words.ts';
import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

/** "an approximate algorithm FastONL", "an enhanced method, FreqBack": a coined word right after a head noun */
export const coinedAfterHead: ProposalRule = {
  name: 'propose-coined',
  find(s, found) {
    if (found.length > 0) return;
    const { after } = s;
    // the word before, skipping one comma
    const before = (k: number) => (after[k - 1]?.text === ',' ? after[k - 2] : after[k - 1]);
    const i = after.findIndex(
      (w, k) => k < 10 && isCoined(w.text) && HEADS.has(before(k)?.text.toLowerCase() ?? ''),
    );
    if (i >= 0)
      pushCue(
        found,
        proposedCue(s, [after[i]!], 'propose-coined', 0.8, [], DATASET_WORD.test(before(i)?.text ?? '')),
      );
  },
};
