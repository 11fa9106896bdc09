import type { ConceptKind, MentionRole, ReportedResult } from '../../types.ts';
import type { Field } from '../items.ts';
import { attachDataset } from './attach/dataset.ts';
import { attachMethod } from './attach/method.ts';
import { attachTask } from './attach/task.ts';
import type { PaperConcept, ResultSentence, StatedValue } from './attach/types.ts';
import { findMetricMentions } from '../../../src/graph/metric-mentions.ts';
import { notAResult } from './not-results.ts';
import { metricAfter } from './pairing/metric-after.ts';
import { metricBefore } from './pairing/metric-before.ts';
import { sharedMetric } from './pairing/shared-metric.ts';
import type { Pairing, PairingRule } from './pairing/types.ts';
import { findValues } from './values.ts';
import type { ValueMention } from './values.ts';

/** a concept the extractor kept, with where it is written: what the results finder needs of a `Merged` */
export interface KeptConcept {
  mention: { kind: ConceptKind; name: string; role: MentionRole; aliases: readonly string[] };
  occurrences: readonly { field: Field['field']; start: number; end: number }[];
}

// the first rule that pairs a value wins: the metric written after it, before it, then one shared with the
// value before it ("99.33% and 98.28% accuracy")
const PAIRING_RULES: readonly PairingRule[] = [metricAfter, metricBefore, sharedMetric];

// a cheap test before any parsing: most sentences state no number at all
const HAS_DIGIT = /\d/;

/**
 * The numeric results the title and abstract state: each number that is not a count, year or name, paired with
 * the metric the sentence ties it to, and with the paper's dataset, task and method it belongs to.
 */
export function findResults(fields: readonly Field[], kept: readonly KeptConcept[]): ReportedResult[] {
  const results: ReportedResult[] = [];
  const proposedMethods = proposedFirst(kept);
  const proposedDatasets = kept
    .filter((k) => k.mention.kind === 'dataset' && k.mention.role === 'proposed')
    .map((k) => ({ kind: k.mention.kind, name: k.mention.name, proposed: true }));
  for (const f of fields)
    for (const sentence of f.sentences) {
      if (!HAS_DIGIT.test(sentence.text)) continue;
      const values = findValues(sentence.text).filter((v) => notAResult(sentence.text, v) === undefined);
      if (values.length === 0) continue;
      const metrics = findMetricMentions(sentence.text);
      if (metrics.length === 0) continue;
      const context: ResultSentence = {
        text: sentence.text,
        spans: spansIn(kept, f.field, sentence),
        proposedMethods,
        proposedDatasets,
      };
      const paired: { value: ValueMention; pairing: Pairing }[] = [];
      for (const value of values) {
        const pairing = pairValue(sentence.text, value, metrics, paired);
        if (pairing) paired.push({ value, pairing });
      }
      const stated: StatedValue[] = values.map((value) => ({
        value,
        metric: paired.find((p) => p.value === value)?.pairing.metric.metric.name ?? null,
      }));
      for (const { value, pairing } of paired) {
        const at = stated.find((s) => s.value === value)!;
        results.push({
          method: attachMethod(context, at, stated),
          dataset: attachDataset(context, at, stated),
          task: attachTask(context, at, stated),
          metric: pairing.metric.metric.name,
          higherIsBetter: pairing.metric.metric.higherIsBetter,
          valueText: value.text,
          value: value.value,
          unit: unitOf(value, pairing),
          evidence: {
            sentence: sentence.text,
            start: sentence.start + value.start,
            end: sentence.start + value.end,
            field: f.field,
            confidence: pairing.confidence,
            extractor: `result-${pairing.rule}`,
          },
        });
      }
    }
  return results;
}

function pairValue(
  sentence: string,
  value: ValueMention,
  metrics: ReturnType<typeof findMetricMentions>,
  paired: readonly { value: ValueMention; pairing: Pairing }[],
): Pairing | undefined {
  for (const rule of PAIRING_RULES) {
    const pairing = rule(sentence, value, metrics, paired);
    if (!pairing) continue;
    // "3x accuracy", "4 improvement": a unit the metric is never written in is no pairing
    const unit = unitOf(value, pairing);
    if (!pairing.metric.metric.units.includes(unit)) return undefined;
    if (pairing.metric.metric.change && value.unit === 'number') return undefined;
    // "the training time … is 60.9% of that of X": a share of something, not a change in it
    if (
      pairing.metric.metric.change &&
      /^\s*of\s+(?:that|those|the\s+(?:original|baseline|full))\b/i.test(sentence.slice(value.end))
    )
      return undefined;
    // "increasing the parameter count by 1%": a resource named as a reduction that the verb says grew
    if (
      pairing.metric.metric.name.endsWith(' reduction') &&
      /\b(?:increas|grow|rais|add)\w*\s+(?:\S+\s+){0,4}$/i.test(sentence.slice(0, pairing.metric.start))
    )
      return undefined;
    return pairing;
  }
  return undefined;
}

/** a difference in a score ("improves accuracy by 2%") is in points, never ranked with the scores themselves */
function unitOf(value: ValueMention, pairing: Pairing): ReportedResult['unit'] {
  if (pairing.metric.metric.change || !pairing.change || value.unit === 'relative') return value.unit;
  return value.unit === 'percent' || value.unit === 'number' ? 'points' : value.unit;
}

function spansIn(
  kept: readonly KeptConcept[],
  field: Field['field'],
  sentence: { start: number; end: number; text: string },
): ResultSentence['spans'] {
  const spans: ResultSentence['spans'][number][] = [];
  for (const k of kept) {
    const concept: PaperConcept = {
      kind: k.mention.kind,
      name: k.mention.name,
      proposed: k.mention.role === 'proposed',
    };
    for (const o of k.occurrences)
      if (o.field === field && o.start >= sentence.start && o.end <= sentence.end)
        spans.push({ concept, start: o.start - sentence.start, end: o.end - sentence.start });
    // a name the finders met once elsewhere ("CTIKG" in the title) is still the concept where the sentence repeats it
    for (const form of new Set([k.mention.name, ...k.mention.aliases]))
      for (const at of wholeWordsAt(sentence.text, form))
        if (!spans.some((s) => s.concept.name === concept.name && s.start < at + form.length && at < s.end))
          spans.push({ concept, start: at, end: at + form.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** where `form` is written in `text` as whole words */
function wholeWordsAt(text: string, form: string): number[] {
  const at: number[] = [];
  if (form.length < 2) return at;
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1))
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + form.length] ?? ''))
      at.push(i);
  return at;
}

/** the paper's proposed methods, the one its title names first, then by where the abstract first names them */
function proposedFirst(kept: readonly KeptConcept[]): PaperConcept[] {
  const rank = (k: KeptConcept) =>
    Math.min(...k.occurrences.map((o) => (o.field === 'title' ? 0 : 1_000_000) + o.start), Infinity);
  return kept
    .filter((k) => k.mention.kind === 'method' && k.mention.role === 'proposed')
    .sort((a, b) => rank(a) - rank(b))
    .map((k) => ({ kind: k.mention.kind, name: k.mention.name, proposed: true }));
}
