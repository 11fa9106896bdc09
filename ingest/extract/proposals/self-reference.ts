import { DATASET_WORD, leadingName } from '../phrases.ts';
import type { Cue } from '../items.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { AcronymDefinition } from '../acronyms.ts';
import type { Sentence } from '../sentences.ts';
import { proposedCue, pushCue, scopeAfter } from './scope.ts';
import { proposingVerbs } from './verbs.ts';
import type { ProposingVerb } from './verbs.ts';

// "the proposed method CompoundGrow", "our proposed SentiX", "our method, SubMix": the paper refers to its own
// proposal by name
const OWN_HEAD =
  '(?:method|model|approach|framework|algorithm|system|architecture|network|technique|scheme|module|dataset|benchmark|corpus)s?';
const PROPOSED_REFERENCE = new RegExp(
  `\\b(?:(?:[Tt]he|[Oo]ur) proposed(?:\\s+${OWN_HEAD})?|[Oo]ur\\s+${OWN_HEAD}),?\\s+`,
  'g',
);
// "which we name Swish", "we call it AdvGNN", "we call our method X": a name given outside a proposing sentence
const NAMING_REFERENCE =
  /\b(?:which we (?:call|name|dub|term|refer to as)|we (?:call|name|dub|term) (?:it|this|them|(?:our|the) \w+))\s+/g;
// "via a new generation procedure called DTG", "a novel framework named X is proposed": a new thing named where
// no proposing verb of the paper's own ("we propose") starts the sentence
const NEW_NAMED =
  /\b(?:[Aa]|[Aa]n) (?:new|novel)\s+(?:[\p{L}-]+\s+){0,3}?(?:called|named|dubbed|termed)\s+/gu;

// each pattern with a literal all its matches hold, tested first: most sentences hold none, and the patterns try
// every word ("the proposed", "our" + space; "we "; " new" or " novel")
const OUR_OR_PROPOSED = /[Oo]ur\s| proposed/;
const SELF_REFERENCES: readonly [RegExp, string, (sentence: string) => boolean][] = [
  [PROPOSED_REFERENCE, 'propose-cue', (s) => OUR_OR_PROPOSED.test(s)],
  [NAMING_REFERENCE, 'naming-cue', (s) => s.includes('we ')],
  [NEW_NAMED, 'naming-cue', (s) => s.includes(' new') || s.includes(' novel')],
];

/**
 * Names a paper gives its own proposal where no proposing verb starts the sentence, so the proposal rules do not
 * read it: "the proposed method CompoundGrow speeds up …", "… which we name Swish, tends to work better", "… via
 * a new generation procedure called DTG". Only
 * name-like words count: "the proposed method outperforms …" names nothing. A dataset word just before makes the
 * name a dataset, as for the naming rule.
 */
export function findSelfReferences(
  lexicon: Lexicon,
  text: string,
  sentences: readonly Sentence[],
  acronyms: readonly AcronymDefinition[],
  verbs: readonly (ProposingVerb | undefined)[] = proposingVerbs(sentences),
): Cue[] {
  const cues: Cue[] = [];
  for (const [i, sentence] of sentences.entries()) {
    // a proposing sentence's "called X" is the naming rule's
    const proposing = verbs[i] !== undefined;
    for (const [pattern, extractor, holdsCue] of SELF_REFERENCES) {
      if ((proposing && pattern === NEW_NAMED) || !holdsCue(sentence.text)) continue;
      for (const m of sentence.text.matchAll(pattern)) {
        const scope = scopeAfter(
          { lexicon, text, sentence, acronyms },
          sentence.start + m.index + m[0].length,
        );
        const name = leadingName(scope.after);
        if (name.length === 0) continue;
        // "the proposed benchmark X", "a benchmark, which we call X": a dataset word just before names a dataset
        const before = sentence.text
          .slice(Math.max(0, m.index - 40), m.index + m[0].length)
          .split(/\s+/)
          .slice(-6);
        const dataset = before.some((w) => DATASET_WORD.test(w.replace(/[^\w-]/g, '')));
        pushCue(cues, proposedCue(scope, name, extractor, 0.8, [], dataset));
      }
    }
  }
  return cues;
}
