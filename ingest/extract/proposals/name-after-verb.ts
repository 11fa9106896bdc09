import { isGeneric } from '../../lexicon/generic.ts';
import { HEADS, leadingName, span } from '../phrases.ts';
import type { Word } from '../tokens.ts';
import { isStopWord } from '../words.ts';
import { proposedCue, pushCue } from './scope.ts';
import type { ProposalRule } from './scope.ts';

// a plain lower-case word that can sit inside a name: "conditioning", "multinomial-based"
const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const inName = (w: Word) => PLAIN_WORD.test(w.text) && !isStopWord(w.text);
// one capitalised word that modifies what follows ("Siamese", "Dirichlet-multinomial"), unlike a coined name
// ("ZapFlow", "Zap-Forward"), whose "framework" or "algorithm" after it is no part of the name
const MODIFIER = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u;

/**
 * "we propose PathNN, a …", "we present ForwardGNN (…)": name-like words right after the verb (past its
 * openers). Plain words after them belong to the name when an apposition closes it and they spell a known method
 * ("we introduce Highway backpropagation, a …"), and after a capitalised modifier, one or two plain words closed
 * by an apposition or ending in a head noun ("we present Kronecker conditioning, a …", "we design a Siamese
 * network which …").
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
    const apposition =
      closing > 0 && /^(?:a|an|the|which)$/i.test(after[lead + name.length + closing + 1]?.text ?? '');
    const head = tail.findIndex((w) => HEADS.has(w.text));
    const modifier = name.length === 1 && MODIFIER.test(name[0]!.text);
    const words = apposition ? closing : modifier && head >= 0 && head < 2 ? head + 1 : 0;
    const joined = tail.slice(0, words);
    if (
      words > 0 &&
      joined.every(inName) &&
      (modifier || lexicon.lookup(span(text, joined, 0)).some((c) => c.kind === 'method'))
    )
      name.push(...joined);
    if (!isGeneric(span(text, name, 0))) pushCue(found, proposedCue(s, name, 'propose-cue', 0.85));
  },
};
