import type { Mention } from '../types.ts';
import { aliasKey } from '../../src/graph/names.ts';
import { isGenericKey } from '../lexicon/generic.ts';
import type { Field, Item } from './items.ts';
import type { ConceptGroup, Occurrence } from './relations/index.ts';
import { sentenceAt } from './sentences.ts';

export interface Merged {
  mention: Mention;
  group: ConceptGroup;
  occurrences: Occurrence[];
  /** the items merged into this concept */
  items: readonly Item[];
}

/** one mention per concept: items that share any name in aliasKey form are one concept */
export function merge(items: readonly Item[], fields: readonly Field[]): Merged[] {
  const groups: Item[][] = [];
  // kinds stay apart: a dataset named after a task is not that task (one map of keys per kind)
  const byKindKey = new Map<string, Map<string, Item[]>>();
  // the widened phrases repeat names: each string is keyed once
  const keyed = new Map<string, string>();
  const keyOf = (s: string) => {
    let k = keyed.get(s);
    if (k === undefined) keyed.set(s, (k = aliasKey(s)));
    return k;
  };
  for (const item of items) {
    const keys =
      item.key !== undefined ? [item.key] : [item.name, item.surface, ...item.extraAliases].map(keyOf);
    let byKey = byKindKey.get(item.kind);
    if (!byKey) byKindKey.set(item.kind, (byKey = new Map()));
    let group: Item[] | undefined;
    for (const k of keys) if (k && !group) group = byKey.get(k);
    if (!group) groups.push((group = []));
    group.push(item);
    for (const k of keys) if (k && !byKey.has(k)) byKey.set(k, group);
  }
  const merged: Merged[] = [];
  for (const group of groups) {
    if (group.every((i) => i.weak)) continue;
    const lexical = group.find((i) => i.concept);
    const proposal = group.find((i) => i.role === 'proposed');
    const head = proposal && !lexical?.concept ? proposal : (lexical ?? group[0]!);
    if (isGenericKey(keyOf(head.name))) continue;
    // the first of the most confident, as a stable sort puts it
    let best = group[0]!;
    for (const i of group) if (beforeInEvidence(i, best)) best = i;
    const f = fields.find((x) => x.field === best.field)!;
    const sentence = f.sentences[sentenceAt(f.sentences, best.start)]?.text ?? f.text;
    const named = new Set<string>();
    for (const i of group) {
      named.add(i.surface);
      for (const a of i.extraAliases) named.add(a);
    }
    const aliases = [...named];
    const mention: Mention = {
      kind: proposal?.kind === 'dataset' ? 'dataset' : head.kind,
      role: proposal ? 'proposed' : 'used',
      name: head.name,
      aliases,
      origin: lexical ? 'lexicon' : 'discovered',
      evidence: {
        sentence,
        start: best.start,
        end: best.end,
        field: best.field,
        confidence: best.confidence,
        extractor: best.extractor,
      },
    };
    const conceptGroup: ConceptGroup = {
      name: mention.name,
      kind: mention.kind,
      proposed: mention.role === 'proposed',
      parents: lexical?.concept?.parents ?? [],
      alternativeTo: lexical?.concept?.alternativeTo ?? [],
      keys: new Set(aliases.concat(mention.name).map(keyOf)),
    };
    const occurrences = group
      .map((i) => ({ group: conceptGroup, field: i.field, start: i.start, end: i.end }))
      .sort((a, b) => a.start - b.start);
    merged.push({ mention, group: conceptGroup, occurrences, items: group });
  }
  // "WikiDBGraph" proposed both as a dataset (by its title) and as a method (by "we present"): a dataset
  const datasets = new Set(
    merged
      .filter((m) => m.mention.kind === 'dataset' && m.mention.role === 'proposed')
      .flatMap((m) => [...m.group.keys]),
  );
  return dropVagueTasks(
    fields,
    merged.filter(
      (m) =>
        !(
          m.mention.kind === 'method' &&
          m.mention.role === 'proposed' &&
          [...m.group.keys].some((k) => datasets.has(k))
        ),
    ),
  );
}

// the evidence of a concept: the most confident item, then the abstract's before the title's, then the first
const beforeInEvidence = (a: Item, b: Item) =>
  (b.confidence - a.confidence ||
    (a.field === b.field ? a.start - b.start : a.field === 'abstract' ? -1 : 1)) < 0;

// "classification" alone only when no specific kind of classification is named (GUIDELINES.md)
function dropVagueTasks(fields: readonly Field[], merged: Merged[]): Merged[] {
  const specific = merged.some(
    (m) =>
      m.mention.kind === 'task' &&
      m.mention.name !== 'classification' &&
      /classification$/i.test(m.mention.name),
  );
  const tasks = merged.filter((m) => m.mention.kind === 'task').length;
  // kept beside other tasks only when the title says it: "… Achieve Optimality for Classification"
  const vague = (m: Merged) =>
    m.mention.kind === 'task' &&
    m.mention.name === 'classification' &&
    (specific || (tasks > 1 && m.occurrences.length < 2 && !m.occurrences.some((o) => o.field === 'title')));
  return merged.filter((m) => !vague(m) && !onlyAttributive(fields, m));
}

const BARE_TASK = new Set(['classification', 'clustering', 'regression']);
// the nouns a bare task word describes rather than names the task by: "classification networks", "a clustering method"
const DESCRIBED =
  /^[\s-]+(?:networks?|models?|methods?|algorithms?|approach(?:es)?|heads?|layers?|loss(?:es)?|propert(?:y|ies)|structures?|behaviou?rs?|phenomen(?:on|a)|frameworks?|modules?|schemes?|techniques?|procedures?|pipelines?|objectives?)\b/i;

/** a bare task word ("classification", "clustering") that only ever describes another noun names no task */
function onlyAttributive(fields: readonly Field[], m: Merged): boolean {
  if (m.mention.kind !== 'task' || !BARE_TASK.has(m.mention.name)) return false;
  // "a sparse regression method" still says which regression
  if (m.mention.aliases.some((a) => a.toLowerCase() !== m.mention.name)) return false;
  return m.occurrences.every((o) => {
    const text = fields.find((f) => f.field === o.field)?.text ?? '';
    return DESCRIBED.test(text.slice(o.end, o.end + 30));
  });
}
