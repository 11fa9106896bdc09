import { aliasKey } from '../../../src/graph/names.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { cueItem } from '../items.ts';
import type { Item } from '../items.ts';
import { findTitleLead, namesTask, variesKnownMethod } from './title-lead.ts';

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
