import { readFileSync } from 'node:fs';
import type { Field } from '../items.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { Merged } from '../merge.ts';
import type { MethodRelation, RelationType } from '../../types.ts';
import { candidateFeatures, nestingFeatures, onlyGuessed } from './features.ts';
import { RELATION_CLASSES, methodPairs, pairRelation } from './relation-pairs.ts';
import type { SentenceCues } from './features.ts';
import { predict, scorer } from './logreg.ts';
import type { LogReg, Scorer } from './logreg.ts';
import { tagger, wordPriors } from './tagger.ts';
import type { Tagger, TaggerModel, WordPriors } from './tagger.ts';

/** what the model can call a candidate concept; index 0 is "not a concept" */
export const CONCEPT_CLASSES = [
  'none',
  'method',
  'method-proposed',
  'dataset',
  'dataset-proposed',
  'task',
] as const;

/** the trained decision stage: which candidates are concepts, of which kind and role */
export interface ExtractionModel {
  /** whether the widened phrase finder runs at all (it costs time; CV decides) */
  widen: boolean;
  /** whether the finder guesses a task from the phrase a title's "for" opens (model-only; CV decides) */
  titlePurpose?: boolean;
  /** whether the finder guesses the unknown members of lists with a known member (model-only; CV decides) */
  listMembers?: boolean;
  /** the words that ended a concept name often enough in training: where widened candidates may end */
  heads: string[];
  /** a candidate a rule found is kept when its probability of being some concept reaches this */
  threshold: number;
  /** the same for a candidate only a guessing finder (widened phrases, the tagger) found */
  phraseThreshold: number;
  /** the sequence tagger whose spans are candidates, when trained */
  tagger?: TaggerModel;
  concepts: LogReg;
  /** the relation model over method pairs (RELATION_CLASSES), when trained; it adds what the relation rules miss */
  relations?: LogReg;
  /** a judged pair states a relation when its probability reaches this */
  relationThreshold?: number;
  /** the bounds model over a kept concept's other bounds (model/bounds.ts), when trained */
  bounds?: LogReg;
  /** a kept concept takes other bounds when their probability reaches this */
  boundsThreshold?: number;
  /** how it was trained, for the model card */
  trainedOn: { papers: number; examples: number; seed: number };
}

export const MODEL_URL = new URL('./extraction-model.json', import.meta.url);

/** the committed model file */
export function loadModel(url: URL = MODEL_URL): ExtractionModel {
  return JSON.parse(readFileSync(url, 'utf8')) as ExtractionModel;
}

/** a model ready to decide: its weights indexed once */
export interface Decider {
  model: ExtractionModel;
  concepts: Scorer;
  relations: Scorer | undefined;
  /** the heads of widened phrases, or undefined when the model does not widen */
  heads: ReadonlySet<string> | undefined;
  tagger: Tagger | undefined;
  bounds: Scorer | undefined;
  /** the lexicon's word priors, read by the tagger and the bounds model */
  priors: WordPriors;
}

/** index `model` for deciding; the tagger reads word priors from `lexicon` */
export function decider(model: ExtractionModel, lexicon: Lexicon): Decider {
  const priors = wordPriors(lexicon);
  return {
    model,
    concepts: scorer(model.concepts),
    relations: model.relations && scorer(model.relations),
    heads: model.widen ? new Set(model.heads) : undefined,
    tagger: model.tagger && tagger(model.tagger, priors),
    bounds: model.bounds && scorer(model.bounds),
    priors,
  };
}

/** a candidate's class probabilities, in CONCEPT_CLASSES order */
export function conceptProbabilities(
  d: Decider,
  m: Merged,
  fields: readonly Field[],
  cues: SentenceCues = new Map(),
  nesting: readonly string[] = [],
): number[] {
  const features = candidateFeatures(candidateOf(m), fields, cues);
  for (const f of nesting) features.push(f);
  return predict(d.concepts, features);
}

export const candidateOf = (m: Merged) => ({
  name: m.mention.name,
  kind: m.mention.kind,
  role: m.mention.role,
  items: m.items,
});

/**
 * The candidates the model keeps, most probable first, each set to the kind and role the model gives it. A
 * candidate that shares a name or a stretch of text with a more probable kept one is dropped: one concept per
 * name, and one reading of each phrase ("multi-person tracking", not also "tracking").
 */
export function decide(d: Decider, candidates: readonly Merged[], fields: readonly Field[]): Merged[] {
  const { model } = d;
  const cues: SentenceCues = new Map();
  const nesting = nestingFeatures(candidates.map(candidateOf));
  const scored = candidates
    .map((m, i) => {
      const p = conceptProbabilities(d, m, fields, cues, nesting[i]);
      let best = 1;
      for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c;
      const phrase = onlyGuessed(m);
      return {
        m,
        p: 1 - p[0]!,
        cls: CONCEPT_CLASSES[best]!,
        phrase,
        min: phrase ? model.phraseThreshold : model.threshold,
      };
    })
    .filter((s) => s.p >= s.min)
    .sort((a, b) => b.p - a.p);
  const keys = new Set<string>();
  // the names kept, by kind: two candidates the rules read as different kinds can be decided into one
  const kindKeys = new Set<string>();
  const spans: { field: string; start: number; end: number }[] = [];
  const kept: Merged[] = [];
  for (const { m, p, cls, phrase } of scored) {
    const names = [...m.group.keys];
    const [kind, proposed] = cls.split('-') as ['method' | 'dataset' | 'task', string | undefined];
    const overlaps = () =>
      m.occurrences.some((o) => spans.some((s) => s.field === o.field && s.start < o.end && o.start < s.end));
    // the rules keep their own overlaps ("graph neural network" inside "graph neural network pruning")
    if (phrase && (names.some((k) => keys.has(k)) || overlaps())) continue;
    // a name already kept as this kind is the same concept (a title's task guess decided into a lexicon method)
    if (names.some((k) => kindKeys.has(`${kind}|${k}`))) continue;
    for (const k of names) {
      keys.add(k);
      kindKeys.add(`${kind}|${k}`);
    }
    for (const o of m.occurrences) spans.push(o);
    const role = proposed ? 'proposed' : 'used';
    kept.push({
      ...m,
      mention: { ...m.mention, kind, role, evidence: { ...m.mention.evidence, confidence: round(p) } },
      group: Object.assign(m.group, { kind, proposed: role === 'proposed' }),
    });
  }
  return kept;
}

/**
 * The relations the relation model reads off the kept concepts' method pairs, beside `known` (the rules'): a pair
 * the rules relate either way round is left to them, and a method takes at most one parent from the model.
 */
export function learnedRelations(
  d: Decider,
  kept: readonly Merged[],
  fields: readonly Field[],
  known: readonly MethodRelation[],
): MethodRelation[] {
  if (!d.relations) return [];
  const related = new Set(known.flatMap((r) => [`${r.from}|${r.to}`, `${r.to}|${r.from}`]));
  const found: MethodRelation[] = [];
  for (const pair of methodPairs(kept, fields, related)) {
    const from = pair.from.group.name;
    const to = pair.to.group.name;
    // a pair decided earlier in this loop, the other way round
    if (related.has(`${from}|${to}`)) continue;
    const p = predict(d.relations, pair.features);
    const best = p[1]! >= p[2]! ? 1 : 2;
    if (p[best]! < (d.model.relationThreshold ?? 1)) continue;
    related.add(`${from}|${to}`).add(`${to}|${from}`);
    found.push(pairRelation(pair, RELATION_CLASSES[best] as RelationType, round(p[best]!), fields));
  }
  return oneParent(found);
}

/**
 * A method is a variant of one other (of the 170 annotated methods that vary another, 166 vary exactly one): of the
 * parents the model finds for a method, the most probable (the first of equals). Alternatives are left alone.
 */
export function oneParent(found: readonly MethodRelation[]): MethodRelation[] {
  const parent = new Map<string, MethodRelation>();
  for (const r of found)
    if (r.type === 'VARIANT_OF' && r.evidence.confidence > (parent.get(r.from)?.evidence.confidence ?? -1))
      parent.set(r.from, r);
  return found.filter((r) => r.type !== 'VARIANT_OF' || parent.get(r.from) === r);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
