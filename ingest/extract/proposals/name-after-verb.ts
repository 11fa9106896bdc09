import { isGeneric } from '../../lexicon/generic.ts';
import { leadingName, span } from '../phrases.ts';
import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

/**
 * "we propose PathNN, a …", "we present ForwardGNN (…)": name-like words right after the verb (past its
 * openers). An apposition closes a name that ends in a known method: "we introduce Highway backpropagation, a …".
 */
export const nameAfterVerb: ProposalRule = {
  name: 'propose-cue',
  find(s, found) {
    const { lexicon, text, after, lead } = s;
    if (found.length > 0) return;
    const name = leadingName(after.slice(lead));
    if (name.length === 0) return;
    const tail = after.slice(lead + name.length, lead + name.length + 3);
    const closing = tail.findIndex((w) => w.text === ',');
    if (
      closing > 0 &&
      /^(?:a|an|the|which)$/i.test(after[lead + name.length + closing + 1]?.text ?? '') &&
      lexicon.lookup(span(text, tail.slice(0, closing), 0)).some((c) => c.kind === 'method')
    )
      name.push(...tail.slice(0, closing));
    if (!isGeneric(span(text, name, 0))) pushCue(found, proposedCue(s, name, 'propose-cue', 0.85));
  },
};
