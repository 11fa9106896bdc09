import type { Item } from '../items.ts';
import { findTitleLead } from './title-lead.ts';

/** the extractors whose proposals come with a name the paper gives: the title does not rename them */
export const NAMED = new Set([
  'propose-cue',
  'naming-cue',
  'propose-acronym',
  'propose-acronym-head',
  'propose-coined',
]);

// "Gradient Boosting Reinforcement Learning" whose abstract defines "Gradient-Boosting RL (GBRL)": an acronym
// spelled by the title's initials names what the paper proposes
export function acronymOfTitle(items: Item[], title: string): boolean {
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
