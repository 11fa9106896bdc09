import { lowerPhrase, span } from '../phrases.ts';
import { wordsOf } from '../tokens.ts';
import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

// "we introduce the key notion of label non-uniformity": the notion is what is new
const NOTION = /^(?:the|a|an)\s+(?:(?:key|novel|new|simple)\s+)?(?:notion|concept|idea|measure) of\s+/i;
// "we propose to replace the usual features with sketched kernels"
const REPLACE_WITH = /^to replace\b[^.;]*?\bwith\s+(?:(?:the|a|an|our)\s+)?/i;
// "we propose 1) feature subspaces flattening and 2) structural principal components"
const ENUMERATION = /(?:^|\s)\(?(?:[1-9]|i{1,3}|iv)\)\s+/g;

/**
 * Descriptive proposals in set phrases, when nothing is named yet: "the notion of X", "to replace A with X",
 * and a list that opens right after the verb ("we propose 1) … and 2) …", not "… show that: (1) …"). Each is a
 * part of the proposal, a lower-case phrase of two words or more.
 */
export const setPhrase: ProposalRule = {
  name: 'propose-set-phrase',
  find(s, found) {
    if (found.length > 0) return;
    const { text, sentence, afterAt, rest } = s;
    const phraseAt = (at: number) => lowerPhrase(wordsOf(text.slice(at, sentence.end), at));
    const trimmed = rest.trimStart();
    const slot = NOTION.exec(trimmed) ?? REPLACE_WITH.exec(trimmed);
    if (slot) {
      const words = phraseAt(afterAt + (rest.length - trimmed.length) + slot[0].length);
      if (words.length > 1)
        pushCue(found, proposedCue(s, words, 'propose-part', 0.5, [span(text, words, 0)]));
    }
    const listed = found.length === 0 && /^\s*\(?(?:1|i)\)/.test(rest);
    for (const m of listed ? rest.matchAll(ENUMERATION) : []) {
      const item = phraseAt(afterAt + m.index + m[0].length);
      if (item.length > 1) pushCue(found, proposedCue(s, item, 'propose-part', 0.5, [span(text, item, 0)]));
    }
  },
};
