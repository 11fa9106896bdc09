import type { ConceptKind } from '../types.ts';
import { isGeneric } from '../lexicon/generic.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { canBeVerb, isStopWord, looksLikeName } from './words.ts';
import type { Word } from './tokens.ts';

export const DATASET_WORD = /^(?:datasets?|benchmarks?|corpus|corpora|collection|suite|treebank|testbed)$/i;
export const OPENERS = new Set([
  'a',
  'an',
  'the',
  'our',
  'new',
  'novel',
  'two',
  'three',
  'several',
  'first',
  'simple',
  'general',
  'generic',
  'unified',
  'principled',
  'effective',
  'efficient',
  'family',
  'class',
  'of',
  'set',
]);
// the nouns a proposed thing's noun phrase ends with ("a hybrid retrieval system", "a tree-sharing approach")
export const HEADS = new Set([
  'network',
  'networks',
  'model',
  'models',
  'method',
  'algorithm',
  'version',
  'variant',
  'architecture',
  'framework',
  'approach',
  'scheme',
  'mechanism',
  'layer',
  'module',
  'loss',
  'system',
  'technique',
  'strategy',
  'procedure',
  'estimator',
  'classifier',
  'regularizer',
  'formulation',
  'attention',
  'encoder',
  'decoder',
  'transformer',
  'kernel',
  'kernels',
  'walk',
  'optimizer',
  'baseline',
  'baselines',
  'pipeline',
  'paradigm',
  'objective',
  'criterion',
  'policy',
  'sampler',
  'unit',
  'block',
  'head',
  'heads',
  'representation',
  'embedding',
  'embeddings',
  'filter',
  'filters',
  'learner',
  'agent',
  'function',
  'functions',
  'dataset',
  'benchmark',
  'corpus',
]);
const MAX_PHRASE = 6;
const ANALYTIC = new Set([
  'theoretical',
  'analytical',
  'conceptual',
  'mathematical',
  'formal',
  'unified',
  'general',
  'computational',
  'integrated',
  'comprehensive',
  'underlying',
]);

// a word that reads as an adjective: "eXplainable", "Generation-Augmented", "Recursive"
const ADJECTIVE = /(?:ed|able|ible|al|ive|ic|ous|ful)$/i;

/**
 * a run of name-like words at the start of `words`, e.g. "Path Neural Networks", "ForwardGNN". A lone adjective is
 * no name, so "and" after it joins the name of two words or more that follows: "eXplainable and eXplicit Neural
 * Modules", "Generation-Augmented and Embedding Fusion" (not "ForwardGNN and GraphSAGE").
 */
export function leadingName(words: readonly Word[]): Word[] {
  const run: Word[] = [];
  for (const [i, w] of words.entries()) {
    const joins =
      run.length === 1 &&
      w.text === 'and' &&
      ADJECTIVE.test(run[0]!.text) &&
      [words[i + 1], words[i + 2]].every((n) => n !== undefined && looksLikeName(n.text));
    if (joins) {
      run.push(w);
      continue;
    }
    if (run.length >= MAX_PHRASE || !looksLikeName(w.text) || /^[,;:()[\]"]$/.test(w.text)) break;
    run.push(w);
  }
  return run;
}

// participles that end a noun phrase and open what it holds or does: "a triaffine mechanism including triaffine
// attention", "a model containing …", "a framework called …"
const OPENS_CLAUSE = new Set([
  'including',
  'containing',
  'comprising',
  'consisting',
  'involving',
  'leveraging',
  'exploiting',
  'combining',
  'integrating',
  'incorporating',
  'called',
  'named',
  'like',
]);

/** the noun phrase at the start of `words`, if it ends in a head noun: "novel clustering method" */
export function leadingPhrase(
  words: readonly Word[],
): { full: Word[]; core: Word[]; generic: boolean } | undefined {
  let i = 0;
  while (
    i < words.length &&
    (words[i]!.text.toLowerCase() === 'a' ||
      words[i]!.text.toLowerCase() === 'an' ||
      words[i]!.text.toLowerCase() === 'the')
  )
    i++;
  const phrase: Word[] = [];
  for (; i < words.length && phrase.length < MAX_PHRASE; i++) {
    const low = words[i]!.text.toLowerCase();
    if (/^[,;:()[\]"]$/.test(low) || (isStopWord(low) && !OPENERS.has(low)) || OPENS_CLAUSE.has(low)) break;
    phrase.push(words[i]!);
  }
  // shorten to the last head noun: "a new graph pooling layer for ..." → "new graph pooling layer"
  while (phrase.length > 0 && !HEADS.has(phrase[phrase.length - 1]!.text.toLowerCase())) phrase.pop();
  if (phrase.length === 0) return undefined;
  let c = 0;
  while (c < phrase.length - 1 && OPENERS.has(phrase[c]!.text.toLowerCase())) c++;
  const core = phrase.slice(c);
  // "a theoretical framework for analysing …" proposes an analysis, not a method;
  // "two applications of our framework" refers back to one
  const analysis =
    (core.length === 2 && ANALYTIC.has(core[0]!.text.toLowerCase())) ||
    /\b(?:our|the proposed|this)\b/i.test(core.map((w) => w.text).join(' '));
  // "an improved version": a proposal, named only by the title if at all
  const generic =
    isGeneric(core.map((w) => w.text).join(' ')) ||
    (core.length < 2 && isGeneric(core[0]!.text)) ||
    /^(?:version|variant)s?$/i.test(core[core.length - 1]!.text);
  return { full: phrase, core, generic: analysis || generic };
}

// "called memory networks", "named the pruning layer": a lower-case name runs to the first function word
export function leadingWords(words: readonly Word[]): Word[] {
  const start = /^(?:the|a|an)$/i.test(words[0]?.text ?? '') ? 1 : 0;
  const run: Word[] = [];
  for (const w of words.slice(start, start + 4)) {
    if (/^[,;:()[\]"]$/.test(w.text) || isStopWord(w.text.toLowerCase())) break;
    run.push(w);
  }
  return run;
}

/** a lower-case noun phrase of up to five words at the start of `words`: "feature subspaces flattening" */
export function lowerPhrase(words: readonly Word[]): Word[] {
  const run: Word[] = [];
  for (const w of words.slice(0, 5)) {
    const low = w.text.toLowerCase();
    // "flattening", "learning" end a name as nouns; other verbs end it
    const verb = canBeVerb(low) && !/ing$/.test(low);
    if (/^[,;:()[\]"]$/.test(low) || isStopWord(low) || verb || /^\d+$/.test(low)) break;
    run.push(w);
  }
  // "… flattening and" ends on a noun, not on an adjective left by the cut
  return run.length > 0 && !isGeneric(run.map((w) => w.text).join(' ')) ? run : [];
}

export const span = (text: string, words: readonly Word[], offset: number): string =>
  text.slice(words[0]!.start - offset, words[words.length - 1]!.end - offset);

export const kindAfter = (words: readonly Word[]): ConceptKind =>
  words.slice(0, 6).some((w) => DATASET_WORD.test(w.text)) ? 'dataset' : 'method';

// head nouns that say what kind of thing a phrase names, not which: "a biased random walk procedure"
const KIND_HEADS = new Set([
  'method',
  'algorithm',
  'version',
  'variant',
  'approach',
  'framework',
  'technique',
  'procedure',
  'scheme',
  'strategy',
  'mechanism',
  'system',
  'pipeline',
  'paradigm',
  'model',
  'models',
  'architecture',
  'formulation',
]);

/** the forms a descriptive proposal goes by: the whole phrase, without openers, and without its kind noun */
export function phraseAliases(
  lexicon: Lexicon,
  text: string,
  full: readonly Word[],
  core: readonly Word[],
): string[] {
  const forms = [span(text, full, 0), span(text, core, 0)];
  const last = core[core.length - 1]!;
  // "biased random walk procedure" → "biased random walk"; "hybrid system" keeps its noun
  if (core.length >= 3 || (core.length === 2 && /-/.test(core[0]!.text))) {
    const bare = span(text, core.slice(0, -1), 0);
    // "an object detection framework" is not object detection itself
    // the rest must still end in a noun: not "parameter-free", "randomized iterative", "extending our"
    const end = core[core.length - 2]!.text.toLowerCase();
    const noun = !isStopWord(end) && !/(?:ed|ive|ous|al|ic|-based|-free|-end)$/.test(end);
    if (
      KIND_HEADS.has(last.text.toLowerCase()) &&
      noun &&
      !isGeneric(bare) &&
      lexicon.lookup(bare).length === 0
    )
      forms.push(bare);
  }
  return [...new Set(forms)];
}
