import type { ConceptKind } from '../../types.ts';
import { isGeneric } from '../../lexicon/generic.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { AcronymDefinition } from '../acronyms.ts';
import type { Cue } from '../items.ts';
import { DATASET_WORD, OPENERS, span } from '../phrases.ts';
import type { Sentence } from '../sentences.ts';
import { looksLikeName } from '../words.ts';
import { wordsOf } from '../tokens.ts';
import type { Word } from '../tokens.ts';

/** one sentence with a proposing verb, as the proposal rules read it */
export interface ProposalScope {
  lexicon: Lexicon;
  /** the whole abstract; offsets are into it */
  text: string;
  sentence: Sentence;
  acronyms: readonly AcronymDefinition[];
  /** where the text after the proposing verb starts */
  afterAt: number;
  /** the words and punctuation after the verb, to the end of the sentence */
  after: Word[];
  /** the sentence's text after the verb */
  rest: string;
  /** index in `after` of the first word past the openers ("a", "novel", …) */
  lead: number;
  /** the verb introduces a part of the proposal ("our algorithm introduces …"), not the proposal itself */
  ofPart: boolean;
}

/**
 * The scope of `sentence` from `afterAt` on: its words, with `lead` past up to `maxOpeners` openers ("a", "novel",
 * …) at their start.
 */
export function scopeAfter(
  sentenceOf: Pick<ProposalScope, 'lexicon' | 'text' | 'sentence' | 'acronyms'>,
  afterAt: number,
  { ofPart = false, maxOpeners = 0 } = {},
): ProposalScope {
  const { lexicon, text, sentence, acronyms } = sentenceOf;
  const rest = text.slice(afterAt, sentence.end);
  const after = wordsOf(rest, afterAt);
  let lead = 0;
  while (lead < after.length && lead < maxOpeners && OPENERS.has(after[lead]!.text.toLowerCase())) lead++;
  // written out, not spread: a scope is built for every proposing sentence and every self-reference
  return { lexicon, text, sentence, acronyms, afterAt, after, rest, lead, ofPart };
}

/** a rule that names what a sentence proposes; it adds to (or replaces in) the sentence's cues so far */
export interface ProposalRule {
  name: string;
  find(scope: ProposalScope, found: Cue[]): void;
}

/**
 * The proposed concept that `words` name, or nothing when the words are generic. A dataset word right after it
 * ("… benchmark") makes it a dataset, named without that word; a descriptive dataset phrase needs a name-like word.
 */
export function proposedCue(
  s: ProposalScope,
  words: readonly Word[],
  extractor: string,
  confidence: number,
  aliases: string[] = [],
  dataset = false,
): Cue | undefined {
  const { text, sentence } = s;
  const name = span(text, words, 0);
  if (isGeneric(name)) return undefined;
  const end = words[words.length - 1]!.end;
  const next = text.slice(end, sentence.end).split(/\s+/).slice(0, 7);
  const kind: ConceptKind =
    dataset ||
    [words[words.length - 1]!.text, ...next].some((w) => DATASET_WORD.test(w.replace(/[^\w]/g, '')))
      ? 'dataset'
      : 'method';
  const clean = kind === 'dataset' ? stripDatasetWord(name) : name;
  // "an open-source benchmark" names no dataset
  if (
    kind === 'dataset' &&
    /^propose-(?:phrase|part)$/.test(extractor) &&
    !clean.split(/\s+/).some(looksLikeName)
  )
    return undefined;
  return {
    kind,
    role: 'proposed',
    name: clean,
    aliases,
    start: words[0]!.start,
    end: words[0]!.start + clean.length,
    extractor,
    confidence,
  };
}

/** adds `cue` to `found` when there is one */
export const pushCue = (found: Cue[], cue: Cue | undefined): void => {
  if (cue) found.push(cue);
};

const stripDatasetWord = (name: string): string =>
  name.replace(/\s+(?:datasets?|benchmarks?|corpus)$/i, '') || name;
