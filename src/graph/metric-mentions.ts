import { METRICS } from './metrics.ts';
import type { MetricDefinition } from './metrics.ts';

/** a metric named in a sentence */
export interface MetricMention {
  metric: MetricDefinition;
  /** offsets in the sentence */
  start: number;
  end: number;
}

// an alias's parts may be joined by a space, a hyphen or nothing: "F1-score", "F1 score", "speed-up", "speedup"
const pattern = (alias: string) =>
  alias
    .split(/[\s‐-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s‐-]?');
const formKey = (text: string) => text.toLowerCase().replace(/[\s‐-]+/g, '');

interface Vocabulary {
  exact: RegExp;
  anyCase: RegExp;
  byExact: Map<string, MetricDefinition>;
  byAnyCase: Map<string, MetricDefinition>;
}

function compile(): Vocabulary {
  const exact: string[] = [];
  const anyCase: string[] = [];
  const byExact = new Map<string, MetricDefinition>();
  const byAnyCase = new Map<string, MetricDefinition>();
  for (const metric of METRICS)
    for (const alias of metric.aliases) {
      const cased = /\p{Lu}/u.test(alias);
      const key = cased ? alias.replace(/[\s‐-]+/g, '') : formKey(alias);
      const map = cased ? byExact : byAnyCase;
      // the first, more specific, metric keeps a form two would share
      if (!map.has(key)) map.set(key, metric);
      (cased ? exact : anyCase).push(alias);
    }
  // the longest form first, so "top-1 accuracy" wins over "accuracy"
  const regex = (aliases: string[], flags: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}@])(?:${aliases
        .sort((a, b) => b.length - a.length)
        .map(pattern)
        .join('|')})s?(?![\\p{L}\\p{N}@])`,
      flags,
    );
  return { exact: regex(exact, 'gu'), anyCase: regex(anyCase, 'giu'), byExact, byAnyCase };
}

let vocabulary: Vocabulary | undefined;

/** the metrics `sentence` names, in order, the longest where two overlap */
export function findMetricMentions(sentence: string): MetricMention[] {
  vocabulary ??= compile();
  const { exact, anyCase, byExact, byAnyCase } = vocabulary;
  const found: MetricMention[] = [];
  const add = (start: number, end: number, metric: MetricDefinition | undefined) => {
    if (metric) found.push({ metric, start, end });
  };
  const lookup = (text: string, map: Map<string, MetricDefinition>, key: (t: string) => string) =>
    map.get(key(text)) ?? map.get(key(text.replace(/s$/, '')));
  for (const m of sentence.matchAll(exact))
    add(
      m.index,
      m.index + m[0].length,
      lookup(m[0], byExact, (t) => t.replace(/[\s‐-]+/g, '')),
    );
  for (const m of sentence.matchAll(anyCase))
    add(m.index, m.index + m[0].length, lookup(m[0], byAnyCase, formKey));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // of overlapping mentions the first and longest stays
  const kept: MetricMention[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}
