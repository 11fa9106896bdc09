import { aliasKey } from '../../../src/graph/names.ts';
import { isGeneric } from '../../lexicon/generic.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { TASK_HEAD, cueItem, makeItem } from '../items.ts';
import type { Field, Item } from '../items.ts';
import { findTitleLead } from './title-cues.ts';
import { isCoined } from '../words.ts';

const NAMED = new Set([
  'propose-cue',
  'naming-cue',
  'propose-acronym',
  'propose-acronym-head',
  'propose-coined',
]);

// a paper that proposes "a novel hybrid method" without naming it is usually named by its title's lead phrase
export function nameFromTitle(lexicon: Lexicon, items: Item[], title: string): void {
  const named = acronymOfTitle(items, title);
  const unnamed = (i: Item) => i.kind === 'method' && /^propose-(?:phrase|generic)$/.test(i.extractor);
  const phraseAt = items.findIndex((i) => i.kind === 'method' && i.extractor === 'propose-phrase');
  const at = phraseAt >= 0 ? phraseAt : items.findIndex(unnamed);
  const bare =
    at < 0 ? items.findIndex((i) => i.extractor === 'propose-verb' || i.extractor === 'propose-part') : -1;
  const parts = items.some((i) => i.extractor === 'propose-part');
  const lead =
    !named && (at >= 0 || bare >= 0) && !items.some((i) => i.role === 'proposed' && NAMED.has(i.extractor))
      ? findTitleLead(title)
      : undefined;
  if (lead && at < 0) {
    // "we propose to …" with no phrase: only a title lead that varies a known method names it ("… Graph Transformer"),
    // or one whose parts the abstract lists ("Feature Expansion": "we propose 1) … and 2) …")
    if (
      !namesTask(lexicon, lead.name) &&
      (parts || variesKnownMethod(lexicon, lead.name)) &&
      lexicon.lookup(lead.name).length === 0
    ) {
      const item = cueItem(lexicon, lead, 'title');
      if (item) items.push(item);
    }
  } else if (lead && !namesTask(lexicon, lead.name)) {
    const phrase = items[at]!;
    const aliases = phrase.extractor === 'propose-phrase' ? [phrase.surface, ...phrase.extraAliases] : [];
    const item = cueItem(lexicon, { ...lead, aliases }, 'title');
    if (item) items.splice(at, 1, item);
  } else if (
    lead &&
    items[at]!.extractor === 'propose-phrase' &&
    !TASK_HEAD.test(lead.name) &&
    lexicon.lookup(lead.name).length === 0
  ) {
    // "Multivariate Representation Learning for …": maybe a name, maybe a task; the phrase keeps it as an alias
    const phrase = items[at]!;
    items.splice(at, 1, { ...phrase, extraAliases: [...phrase.extraAliases, lead.name] });
  }
  // "Stochastic Backpropagation and …" whose abstract writes "stochastic back-propagation": the title names it
  const titled = findTitleLead(title);
  if (titled && /\s/.test(titled.name) && !items.some((i) => i.role === 'proposed')) {
    const key = aliasKey(titled.name);
    const own = items.find(
      (i) => i.kind === 'method' && !i.concept && i.field === 'abstract' && aliasKey(i.surface) === key,
    );
    const item = own && cueItem(lexicon, titled, 'title');
    if (item) items.push(item);
  }
  // "we propose a novel approach" names nothing by itself
  for (let i = items.length - 1; i >= 0; i--)
    if (/^propose-(?:generic|verb)$/.test(items[i]!.extractor)) items.splice(i, 1);
}

const GIVEN_NAME = new Set(['propose-cue', 'naming-cue', 'title-cue']);

/**
 * "Compressive Spectral Clustering", "A Reparameterized Discrete Diffusion Model for …", "Barrier Frank-Wolfe for
 * …": a title that opens with a modifier before a method the lexicon knows, a phrase the lexicon does not know
 * and no task, names the paper's own version of that method, whatever the abstract's proposing sentence names.
 */
export function titleVariant(lexicon: Lexicon, items: readonly Item[], title: string): Item | undefined {
  const lead = findTitleLead(title);
  if (!lead || !variesKnownMethod(lexicon, lead.name) || namesTask(lexicon, lead.name)) return undefined;
  if (lexicon.lookup(lead.name).length > 0) return undefined;
  // a name the paper gives its proposal ("a novel method called CoS", "X: a …") outranks the title's
  if (items.some((i) => i.role === 'proposed' && GIVEN_NAME.has(i.extractor))) return undefined;
  const key = aliasKey(lead.name);
  // already found under this name or as an alias ("CoS (Chain-of-Symbol Prompting)")
  if (items.some((i) => [i.name, i.surface, ...i.extraAliases].some((n) => aliasKey(n) === key)))
    return undefined;
  return cueItem(lexicon, { ...lead, extractor: 'title-variant' }, 'title');
}

// "Deep Low-Density Separation" in a paper whose abstract "applies low-density separation": the name without its
// first word, written on its own, is the method the proposal varies
// first words that make a version of a method: "Deep …", "Stochastic …", "Sparse …" (not "Optimal Regret Bounds")
const VARIANT_MODIFIER =
  /^(?:deep|stochastic|bayesian|neural|sparse|robust|fast|hierarchical|adversarial|variational|recurrent|convolutional|graph|kernel|online|distributed|federated|differentiable|quantum|probabilistic|contrastive|conditional|implicit|dynamic|adaptive|generali[sz]ed|weighted|regulari[sz]ed|nonlinear|latent|gated|attentive|stacked|multi-\S+|self-\S+|semi-\S+)$/i;

export function baseNames(lexicon: Lexicon, items: readonly Item[], abstract: Field): Item[] {
  const found: Item[] = [];
  const seen = new Set<string>();
  let flat: string | undefined;
  for (const p of items) {
    if (p.role !== 'proposed' || p.kind !== 'method' || p.concept || seen.has(p.name)) continue;
    seen.add(p.name);
    const words = p.name.split(/\s+/);
    if (words.length < 3 || words.length > 5 || !VARIANT_MODIFIER.test(words[0]!)) continue;
    const base = words.slice(1);
    const name = base.join(' ');
    // a cheap test before the pattern: with hyphens read as spaces, the words must occur more often than
    // inside the full name
    flat ??= abstract.text.toLowerCase().replace(/[\s-]+/g, ' ');
    if (occurrences(flat, squash(name)) <= occurrences(flat, squash(p.name))) continue;
    if (isGeneric(name) || lexicon.lookup(name).length > 0 || TASK_HEAD.test(name)) continue;
    const pattern = base.map((w) => w.replace(/[^\p{L}\p{N}]+/gu, '[\\s-]*')).join('[\\s-]+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])(${pattern})s?(?![\\p{L}\\p{N}-])`, 'giu');
    for (const m of abstract.text.matchAll(re)) {
      const before = abstract.text.slice(Math.max(0, m.index - words[0]!.length - 1), m.index);
      if (aliasKey(before) === aliasKey(words[0]!)) continue;
      found.push(
        makeItem({
          kind: 'method',
          name,
          surface: m[1]!,
          field: 'abstract',
          start: m.index,
          end: m.index + m[1]!.length,
          extractor: 'name-base',
          confidence: 0.5,
        }),
      );
    }
  }
  return found;
}

const squash = (x: string): string =>
  x
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/s$/, '');

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
  return n;
}

// "Gradient Boosting Reinforcement Learning" whose abstract defines "Gradient-Boosting RL (GBRL)": an acronym
// spelled by the title's initials names what the paper proposes
function acronymOfTitle(items: Item[], title: string): boolean {
  if (items.some((i) => i.role === 'proposed' && NAMED.has(i.extractor))) return false;
  const lead = findTitleLead(title);
  const words = lead?.name.split(/[\s-]+/) ?? [];
  if (words.length < 3) return false;
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  const short = items.find(
    (i) =>
      i.extractor === 'acronym' &&
      i.kind === 'method' &&
      !i.concept &&
      i.surface.replace(/s$/, '') === initials,
  );
  if (!short) return false;
  for (const [k, i] of items.entries())
    if (i.kind === 'method' && i.name === short.name)
      items[k] = { ...i, role: 'proposed', extraAliases: [lead!.name] };
  return true;
}

// "Multi-Relational Graph Transformer": a modifier before a method the lexicon knows
function variesKnownMethod(lexicon: Lexicon, name: string): boolean {
  const words = name.split(/\s+/);
  return words.some(
    (_, i) =>
      i > 0 &&
      !isGeneric(words.slice(i).join(' ')) &&
      lexicon.lookup(words.slice(i).join(' ')).some((c) => c.kind === 'method'),
  );
}

// "Semantic Image Inpainting", "Robust Detection": a title that opens with its task names no method
function namesTask(lexicon: Lexicon, name: string): boolean {
  const words = name.split(/\s+/);
  if (TASK_HEAD.test(name) || (words.length === 1 && !isCoined(name))) return true;
  // suffixes of two words or more: "Meta Pruning" is no task although "pruning" is
  return words.some(
    (_, i) =>
      (i === 0 || i < words.length - 1) &&
      lexicon.lookup(words.slice(i).join(' ')).some((c) => c.kind !== 'method'),
  );
}
