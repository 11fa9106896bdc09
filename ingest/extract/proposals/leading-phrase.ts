import { leadingPhrase, phraseAliases, span } from '../phrases.ts';
import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

/**
 * "we propose a novel clustering method": with nothing named yet, the noun phrase after the verb that ends in a
 * head noun. A generic one ("a novel approach") names nothing but still says the paper proposes something, which
 * lets the title name it (see nameFromTitle).
 */
export const leadingNounPhrase: ProposalRule = {
  name: 'propose-phrase',
  find(s, found) {
    if (found.length > 0) return;
    const { lexicon, text, after, ofPart } = s;
    const phrase = leadingPhrase(after);
    if (!phrase) return;
    if (phrase.generic)
      found.push({
        kind: 'method',
        role: 'proposed',
        name: span(text, phrase.core, 0),
        aliases: [],
        start: phrase.core[0]!.start,
        end: phrase.core[0]!.end,
        extractor: 'propose-generic',
        confidence: 0.3,
      });
    else
      pushCue(
        found,
        proposedCue(
          s,
          phrase.core,
          ofPart ? 'propose-part' : 'propose-phrase',
          0.5,
          phraseAliases(lexicon, text, phrase.full, phrase.core),
        ),
      );
  },
};
