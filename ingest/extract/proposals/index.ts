import type { Lexicon } from '../../lexicon/index.ts';
import type { AcronymDefinition } from '../acronyms.ts';
import type { Cue } from '../items.ts';
import type { Sentence } from '../sentences.ts';
import { acronymAfterVerb } from './acronym.ts';
import { bareVerb } from './bare-verb.ts';
import { coinedAfterHead } from './coined-after-head.ts';
import { hyphenatedApposition } from './hyphenated-apposition.ts';
import { laterNovel } from './later-novel.ts';
import { leadingNounPhrase } from './leading-phrase.ts';
import { nameAfterVerb } from './name-after-verb.ts';
import { naming } from './naming.ts';
import { scopeAfter } from './scope.ts';
import type { ProposalRule } from './scope.ts';
import { setPhrase } from './set-phrase.ts';
import { proposingVerbs } from './verbs.ts';
import type { ProposingVerb } from './verbs.ts';

export type { ProposalRule, ProposalScope } from './scope.ts';

/**
 * The proposal rules, in order, over each sentence with a proposing verb. Order matters: a rule that finds
 * nothing once an earlier one named the proposal ("found.length > 0") ranks below it; names come first
 * (naming verb, name after the verb, coined word), then the acronym rule (which replaces the cue it overlaps),
 * then descriptive phrases, and last the bare verb, which only marks that something is proposed.
 */
// The title's proposals are decided apart, by paper steps in ../index.ts, one rule a file: "X: a …"
// (title-name.ts); the title's lead phrase (title-lead.ts) naming an unnamed proposal of the abstract
// (title-for-unnamed.ts, after an acronym of the title: title-acronym.ts) or varying a known method
// (title-variant.ts); and a proposal's name without its modifier, written on its own (base-names.ts).
export const PROPOSAL_RULES: readonly ProposalRule[] = [
  naming,
  nameAfterVerb,
  hyphenatedApposition,
  coinedAfterHead,
  acronymAfterVerb,
  setPhrase,
  laterNovel,
  leadingNounPhrase,
  bareVerb,
];

const MAX_OPENERS = 3;

/** names given to what the paper proposes: "we propose X", "called X", "X, a new dataset" */
export function findProposals(
  lexicon: Lexicon,
  text: string,
  sentences: readonly Sentence[],
  acronyms: readonly AcronymDefinition[],
  rules: readonly ProposalRule[] = PROPOSAL_RULES,
  verbs: readonly (ProposingVerb | undefined)[] = proposingVerbs(sentences),
): Cue[] {
  const cues: Cue[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const verb = verbs[i];
    if (!verb) continue;
    const scope = scopeAfter({ lexicon, text, sentence, acronyms }, sentence.start + verb.end, {
      ofPart: verb.ofPart,
      maxOpeners: MAX_OPENERS,
    });
    const found: Cue[] = [];
    for (const rule of rules) rule.find(scope, found);
    cues.push(...found);
  }
  return cues;
}
