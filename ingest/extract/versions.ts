import type { Item } from './items.ts';

// "WMT'14", "CoNLL-03", "SICK-R": a known dataset name with a version or subset attached names that version
const versionOf = (inner: Item, outer: Item) =>
  inner.field === outer.field &&
  inner.start === outer.start &&
  inner.end < outer.end &&
  /^['’‐-]\S/.test(outer.surface.slice(inner.end - outer.start));

/** a known dataset written only with a version attached is used as that version, not on its own */
export function dropVersioned(items: Item[]): void {
  const versions = items.filter((i) => i.kind === 'dataset' && /^dataset-/.test(i.extractor));
  if (versions.length === 0) return;
  const byName = new Map<string, Item[]>();
  for (const i of items)
    if (i.extractor === 'lexicon' && i.kind === 'dataset')
      byName.set(i.name, [...(byName.get(i.name) ?? []), i]);
  const drop = new Set<Item>();
  for (const group of byName.values())
    if (group.every((i) => versions.some((o) => versionOf(i, o)))) for (const i of group) drop.add(i);
  for (let k = items.length - 1; k >= 0; k--) if (drop.has(items[k]!)) items.splice(k, 1);
}
