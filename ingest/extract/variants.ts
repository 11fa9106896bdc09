import { isGeneric } from '../lexicon/generic.ts';
import type { Hit } from './matcher.ts';
import type { Token } from './tokens.ts';
import { canBeVerb, isStopWord } from './words.ts';

/** a known method named with a modifier that makes it a kind of its own: "recurrent graph neural networks" */
export interface Variant {
  name: string;
  start: number;
  end: number;
}

// adjectives that rate, count or place rather than name: "existing GNNs", "standard Transformers"
export const VAGUE: ReadonlySet<string> = new Set([
  'deep',
  'traditional',
  'existing',
  'standard',
  'modern',
  'popular',
  'conventional',
  'previous',
  'recent',
  'many',
  'various',
  'different',
  'other',
  'several',
  'large',
  'small',
  'big',
  'huge',
  'tiny',
  // the state a model is used in, not a kind of it: "frozen PTM", "learnable linear classifier"
  'frozen',
  'learnable',
  'trainable',
  'simple',
  'powerful',
  'novel',
  'new',
  'current',
  'classical',
  'classic',
  'typical',
  'common',
  'general',
  'generic',
  'specific',
  'effective',
  'efficient',
  'accurate',
  'robust',
  'strong',
  'weak',
  'best',
  'better',
  'good',
  'high',
  'low',
  'state',
  'art',
  'first',
  'second',
  'single',
  'multiple',
  'same',
  'similar',
  'original',
  'underlying',
  'final',
  'overall',
  'whole',
  'full',
  'key',
  'main',
  'important',
  'particular',
  'certain',
  'real',
  'world',
  'downstream',
  'baseline',
  'prior',
  'further',
  'additional',
  'corresponding',
  'entire',
  'individual',
  'competitive',
  'successful',
  'sota',
  'vanilla',
  'plain',
  'basic',
  'shallow',
  'two',
  'three',
  'task',
  'tasks',
  'data',
  'model',
  'models',
  'method',
  'methods',
  'performance',
  'scale',
  'end',
  'all',
  'no',
  'longer',
  'any',
  'some',
  'most',
  'more',
  'less',
  'only',
  'intricate',
  'effortful',
]);
// after these a word opens a verb phrase, not a name: "to reuse pre-trained models", "we study active learning"
const VERB_OPENERS = new Set([
  'we',
  'they',
  'to',
  'can',
  'may',
  'will',
  'could',
  'would',
  'should',
  'must',
  'also',
  'i',
  'you',
]);
// words that only finish the modifier before them: "winner-take-all style activation", "big-size Transformers"
const ATTACHED = new Set(['style', 'type', 'like', 'based', 'size', 'sized', 'level', 'wise', 'scale']);
const MAX_MODIFIERS = 3;

// built once here: the build (esbuild, through tsx) writes a \p{Lu} or \p{Ll} pattern literal as a new RegExp at
// every call
const LOWER_WORD = /^\p{Ll}+$/u;
const PLURAL_WORD = /^\p{Ll}+(?<![su]s|is)s$/u;

/** lexicon methods preceded by naming modifiers, in running text (not titles, where every word is capitalised) */
export function findVariants(tokens: readonly Token[], text: string, hits: readonly Hit[]): Variant[] {
  const covered = new Set<number>();
  for (const h of hits) for (let i = h.first; i <= h.last; i++) covered.add(i);
  const variants: Variant[] = [];
  for (const hit of hits) {
    // "public attention", "global pooling": a plain English word takes modifiers that name nothing
    if (hit.concept.kind !== 'method' || LOWER_WORD.test(hit.surface)) continue;
    let first = hit.first;
    for (let i = hit.first - 1; i >= 0 && hit.first - i <= MAX_MODIFIERS; i--) {
      const t = tokens[i]!;
      const gap = text.slice(t.end, tokens[i + 1]!.start);
      if (
        !/^[\s-]$/.test(gap) ||
        covered.has(i) ||
        isStopWord(t.low) ||
        canBeVerb(t.low) ||
        /^\d+$/.test(t.low)
      )
        break;
      // participles and adverbs describe ("trained", "widely"), unless hyphenated into the name ("tree-based")
      if (/(?:ed|ing|ly)$/.test(t.low) && gap !== '-') break;
      // modifiers are singular ("graph neural network"); a plural or third-person word ends the name
      if (PLURAL_WORD.test(t.text) && gap !== '-') break;
      first = i;
    }
    if (first < hit.first && first > 0 && VERB_OPENERS.has(tokens[first - 1]!.low)) first++;
    // "1-dimensional Weisfeiler-Leman": no name starts inside a hyphenated word
    const inWord = (i: number) => i > 0 && /^[-‐]$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    while (
      first < hit.first &&
      (VAGUE.has(tokens[first]!.low) || ATTACHED.has(tokens[first]!.low) || inWord(first))
    )
      first++;
    if (first === hit.first) continue;
    const name = text.slice(tokens[first]!.start, hit.end);
    if (!isGeneric(name)) variants.push({ name, start: tokens[first]!.start, end: hit.end });
  }
  return variants;
}

// words that rate or count a task rather than narrow it: "challenging node classification", "many tasks"
const RATING = new Set(
  'existing standard many various different other several novel new current recent previous most more no same powerful popular effective efficient accurate robust strong challenging important downstream traditional conventional classical typical common general specific key main particular certain further additional corresponding successful competitive best better good simple prior all any some only one two three both each such'.split(
    ' ',
  ),
);

/**
 * the finer names a task is written with, longest last: "online node classification" for a "node classification"
 * hit; they only widen the aliases of the task the lexicon found, so a wrong guess adds no concept
 */
export function taskModifiers(tokens: readonly Token[], text: string, hit: Hit): string[] {
  const forms: string[] = [];
  for (let i = hit.first - 1; i >= 0 && hit.first - i <= MAX_MODIFIERS; i--) {
    const t = tokens[i]!;
    const gap = text.slice(t.end, tokens[i + 1]!.start);
    const joined = /[-‐]/.test(gap);
    if (!/^(?:\s|\s?[-‐]\s?)$/.test(gap) || isStopWord(t.low) || /^\d+$/.test(t.low)) break;
    if (!joined && (RATING.has(t.low) || canBeVerb(t.low) || /(?:ing|ly)$/.test(t.low))) break;
    if (i > 0 && VERB_OPENERS.has(tokens[i - 1]!.low)) break;
    // "high-dimensional regression" is one modifier: no form starts inside a hyphenated word
    const prev = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : ' ';
    if (!/^[-‐]$/.test(prev)) forms.push(text.slice(t.start, hit.end));
  }
  return forms;
}
