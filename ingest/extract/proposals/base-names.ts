import { aliasKey } from '../../../src/graph/names.ts';
import { isGeneric } from '../../lexicon/generic.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { TASK_HEAD, makeItem } from '../items.ts';
import type { Field, Item } from '../items.ts';

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
