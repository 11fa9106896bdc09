import { aliasKey } from '../../../src/graph/names.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { TASK_HEAD, cueItem } from '../items.ts';
import type { Item } from '../items.ts';
import { NAMED, acronymOfTitle } from './title-acronym.ts';
import { findTitleLead, namesTask, variesKnownMethod } from './title-lead.ts';

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
