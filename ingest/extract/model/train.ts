import type { Lexicon } from '../../lexicon/index.ts';
import { createCandidateFinder, lexiconHits, paperFields } from '../index.ts';
import type { Guesses } from '../index.ts';
import type { Merged } from '../merge.ts';
import { tokenize } from '../tokens.ts';
import { candidateFeatures, nestingFeatures, onlyGuessed } from './features.ts';
import { CONCEPT_CLASSES, candidateOf } from './index.ts';
import type { ExtractionModel } from './index.ts';
import { predict, random, scorer, train } from './logreg.ts';
import type { LogReg } from './logreg.ts';
import { tagger, trainTagger, wordPriors } from './tagger.ts';
import type { TaggedField, TaggerModel } from './tagger.ts';
import type { ConceptKind } from '../../types.ts';
import { RELATION_CLASSES, methodPairs } from './relation-pairs.ts';
import { findRelations } from '../relations/index.ts';
import type { Field } from '../items.ts';
import type { Example } from './logreg.ts';
import { SURE, boundsContext, scoredBounds } from './bounds.ts';
import type { BoundsContext, BoundsField } from './bounds.ts';

interface GoldConcept {
  name: string;
  aliases?: string[];
}

/** one annotated paper, in the shape of ../shared/eval/gold-*.jsonl */
export interface GoldPaper {
  n: number;
  title: string;
  methods_proposed?: GoldConcept[];
  methods_used?: GoldConcept[];
  datasets_proposed?: GoldConcept[];
  datasets_used?: GoldConcept[];
  tasks?: GoldConcept[];
  relations?: { from: string; type: string; to: string }[];
}

/** a paper's text with its annotation */
export interface Annotated {
  paper: { n: number; title: string; abstract: string };
  gold: GoldPaper;
}

export interface TrainSettings {
  seed: number;
  /** propose widened phrases (capitalised spans, and spans ending in a learned head) for the model to judge */
  widen: boolean;
  /** guess a task from the phrase a title's "for" opens ("… for Marginal Inference"), for the model to judge */
  titlePurpose: boolean;
  /** guess the unknown members of lists with a known member ("Flying Chairs, MPI-Sintel and KITTI") */
  listMembers: boolean;
  epochs: number;
  rate: number;
  l2: number;
  minCount: number;
  /** a word must end this many annotated names to end a widened candidate */
  minHead: number;
  /** … and at least this share of the widened candidates it ends must be annotated concepts */
  minHeadRate: number;
  threshold: number;
  phraseThreshold: number;
  /** train a relation model over method pairs (see methodPairs) */
  learnRelations: boolean;
  relationThreshold: number;
  /** the relation model sees few examples: it trains longer and faster than the concept model */
  relationEpochs: number;
  relationRate: number;
  /** train a sequence tagger whose spans are candidates (see model/tagger.ts) */
  tag: boolean;
  taggerEpochs: number;
  /** the decision model learns from tagged spans of papers the tagger was not trained on: in this many folds */
  taggerFolds: number;
  /** train a bounds model that may read a kept concept with other bounds (see model/bounds.ts) */
  bounds: boolean;
  boundsThreshold: number;
  /** the bounds model's own training length and rate (the concept model's by default; 8 epochs at 0.1 did no better) */
  boundsEpochs: number;
  boundsRate: number;
}

export const DEFAULT_SETTINGS: TrainSettings = {
  seed: 11,
  widen: false,
  titlePurpose: true,
  listMembers: true,
  epochs: 4,
  rate: 0.05,
  l2: 1e-4,
  minCount: 2,
  minHead: 2,
  minHeadRate: 0.15,
  threshold: 0.6,
  phraseThreshold: 0.4,
  learnRelations: true,
  relationThreshold: 0.15,
  relationEpochs: 20,
  relationRate: 0.2,
  tag: true,
  taggerEpochs: 8,
  taggerFolds: 5,
  bounds: true,
  boundsThreshold: 0.25,
  boundsEpochs: 4,
  boundsRate: 0.05,
};

/** the scorer's normal form of a name (../shared/eval/score.mjs), so labels agree with how it matches */
export function scoreKey(s: string): string {
  let t = String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .trim();
  t = t.replace(/^(the|a|an)\s+/, '').replace(/(.{3,})\s+algorithms?$/, '$1');
  t = t
    .replace(/[‐-―_\-/]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  t = t.replace(/([a-z0-9]{2,})(?<![siu])s$/u, '$1');
  return t.replace(/ /g, '');
}

const GOLD_GROUPS = [
  ['methods_proposed', 'method-proposed'],
  ['methods_used', 'method'],
  ['datasets_proposed', 'dataset-proposed'],
  ['datasets_used', 'dataset'],
  ['tasks', 'task'],
] as const;

/** the class the annotation gives a candidate (the first annotated concept it shares a name with) and which one */
export function matchOf(m: Merged, gold: GoldPaper, text: string): { label: number; concept?: GoldConcept } {
  const lower = text.toLowerCase();
  const keys = new Set(
    [m.mention.name, ...m.mention.aliases.filter((a) => lower.includes(a.toLowerCase()))].map(scoreKey),
  );
  for (const [field, cls] of GOLD_GROUPS)
    for (const g of gold[field] ?? [])
      if ([g.name, ...(g.aliases ?? [])].some((n) => keys.has(scoreKey(n))))
        return { label: CONCEPT_CLASSES.indexOf(cls), concept: g };
  return { label: 0 };
}

/** the class the annotation gives a candidate, else 0 (none) */
export const labelOf = (m: Merged, gold: GoldPaper, text: string): number => matchOf(m, gold, text).label;

/**
 * The label of each of a paper's candidates. A widened phrase that names only what a rule's candidate already
 * names is labelled none: keeping it would add a duplicate, which the scorer counts as a false positive.
 */
export function labelsOf(candidates: readonly Merged[], gold: GoldPaper, text: string): number[] {
  const matches = candidates.map((m) => matchOf(m, gold, text));
  const covered = new Set(
    matches.filter((x, i) => x.concept && !onlyGuessed(candidates[i]!)).map((x) => x.concept),
  );
  return matches.map((x, i) =>
    onlyGuessed(candidates[i]!) && x.concept && covered.has(x.concept) ? 0 : x.label,
  );
}

/** the last words of annotated names, as tokens key them, that end at least `min` names */
export function learnHeads(gold: readonly GoldPaper[], min: number): string[] {
  const counts = new Map<string, number>();
  for (const g of gold)
    for (const [field] of GOLD_GROUPS)
      for (const c of g[field] ?? []) {
        const last = new Set(
          [c.name, ...(c.aliases ?? [])].map((n) => tokenize(n).at(-1)?.key).filter((k) => k !== undefined),
        );
        for (const k of last) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
  return [...counts]
    .filter(([, n]) => n >= min)
    .map(([k]) => k)
    .sort();
}

/** train the decision stage on annotated papers; the same papers and settings give the same model */
export function trainModel(
  lexicon: Lexicon,
  data: readonly Annotated[],
  s: TrainSettings = DEFAULT_SETTINGS,
): ExtractionModel {
  const heads = precise(
    lexicon,
    data,
    learnHeads(
      data.map((d) => d.gold),
      s.minHead,
    ),
    s.minHeadRate,
  );
  const guesses = {
    titlePurpose: s.titlePurpose,
    listMembers: s.listMembers,
    heads: s.widen ? new Set(heads) : undefined,
  };
  const taggerModel = s.tag ? fitTagger(lexicon, data, s) : undefined;
  const finderOf = s.tag
    ? crossFittedFinders(lexicon, data, s, guesses)
    : () => createCandidateFinder(lexicon, guesses);
  const examples: Example[] = [];
  const pairExamples: Example[] = [];
  // each paper's candidates and where their examples start, for the bounds model
  const read: ReadPaper[] = [];
  for (const annotated of data) {
    const { paper, gold } = annotated;
    const { fields, candidates, readings } = finderOf(paper.n)(paper);
    if (s.bounds) read.push({ annotated, candidates, readings, first: examples.length });
    if (s.learnRelations)
      pairExamples.push(
        ...relationExamples(
          candidates.filter((m) => !onlyGuessed(m)),
          fields,
          gold,
        ),
      );
    const labels = labelsOf(candidates, gold, `${paper.title}\n${paper.abstract}`);
    const cues = new Map();
    const nesting = nestingFeatures(candidates.map(candidateOf));
    candidates.forEach((m, i) =>
      examples.push({
        features: [...candidateFeatures(candidateOf(m), fields, cues), ...nesting[i]!],
        label: labels[i]!,
      }),
    );
  }
  const concepts = train(CONCEPT_CLASSES, examples, s);
  const relations = s.learnRelations
    ? {
        relations: train(RELATION_CLASSES, pairExamples, {
          ...s,
          epochs: s.relationEpochs,
          rate: s.relationRate,
        }),
      }
    : {};
  const bounds = s.bounds
    ? {
        bounds: fitBounds(lexicon, read, crossFittedConfidence(read, examples, s), s),
        boundsThreshold: s.boundsThreshold,
      }
    : {};
  return {
    widen: s.widen,
    titlePurpose: s.titlePurpose,
    listMembers: s.listMembers,
    heads,
    threshold: s.threshold,
    phraseThreshold: s.phraseThreshold,
    concepts,
    ...relations,
    ...(taggerModel ? { tagger: taggerModel } : {}),
    relationThreshold: s.relationThreshold,
    ...bounds,
    trainedOn: { papers: data.length, examples: examples.length, seed: s.seed },
  };
}

/** a paper read for the bounds model: its candidates, its fields and the index of its first concept example */
interface ReadPaper {
  annotated: Annotated;
  candidates: Merged[];
  readings: BoundsField[];
  first: number;
}

/**
 * Each training candidate's probability of being a concept, from a decision model trained without its paper (in
 * `taggerFolds` folds, as the taggers are): the bounds model reads the concepts a model keeps, so it learns from
 * the candidates as a model that has not seen them would judge them.
 */
function crossFittedConfidence(
  read: readonly ReadPaper[],
  examples: readonly Example[],
  s: TrainSettings,
): number[] {
  const foldOf = new Map(
    shuffled(
      read.map((r) => r.annotated),
      s.seed,
    ).map((p, i) => [p.paper.n, i % s.taggerFolds]),
  );
  const foldOfExample: number[] = [];
  for (const r of read)
    for (let i = 0; i < r.candidates.length; i++) foldOfExample.push(foldOf.get(r.annotated.paper.n)!);
  const confidence: number[] = [];
  for (let f = 0; f < s.taggerFolds; f++) {
    const model = scorer(
      train(
        CONCEPT_CLASSES,
        examples.filter((_, i) => foldOfExample[i] !== f),
        s,
      ),
    );
    examples.forEach((e, i) => {
      if (foldOfExample[i] === f) confidence[i] = 1 - predict(model, e.features)[0]!;
    });
  }
  return confidence;
}

/** the bounds model, trained on the other bounds of the candidates a decision model would keep */
function fitBounds(
  lexicon: Lexicon,
  read: readonly ReadPaper[],
  confidence: readonly number[],
  s: TrainSettings,
): LogReg {
  const priors = wordPriors(lexicon);
  const examples = read.flatMap(({ annotated, candidates, readings, first }) => {
    const kept = candidates
      .map((m, i) => ({ m, p: confidence[first + i]! }))
      .filter(({ m, p }) => p >= (onlyGuessed(m) ? s.phraseThreshold : s.threshold) && p < SURE);
    const context = boundsContext(
      lexicon,
      priors,
      readings,
      candidates,
      kept.map((k) => k.m),
    );
    return boundsExamples(kept, context, annotated);
  });
  return train(BOUND_CLASSES, examples, { ...s, epochs: s.boundsEpochs, rate: s.boundsRate });
}

/** what the bounds model says of one of a concept's other bounds */
export const BOUND_CLASSES = ['keep', 'take'] as const;

/**
 * The bounds model's examples in one paper: each other bound of each kept candidate (with the decision model's
 * probability `p`), labelled `take` when it is an annotated name of the paper and the candidate's own names are none.
 */
export function boundsExamples(
  kept: readonly { m: Merged; p: number }[],
  context: BoundsContext,
  { paper, gold }: Annotated,
): Example[] {
  const text = `${paper.title}\n${paper.abstract}`;
  const goldKeys = new Set(
    GOLD_GROUPS.flatMap(([field]) => (gold[field] ?? []).flatMap((c) => [c.name, ...(c.aliases ?? [])])).map(
      scoreKey,
    ),
  );
  return kept.flatMap(({ m, p }) => {
    const named = matchOf(m, gold, text).label > 0;
    return scoredBounds(m, p, context).map(({ bound, features }) => ({
      features,
      label: !named && goldKeys.has(scoreKey(bound.text)) ? 1 : 0,
    }));
  });
}

/** the annotated names of a paper with their kinds, every written form */
function goldNames(gold: GoldPaper): TaggedField['names'] {
  return GOLD_GROUPS.flatMap(([field, cls]) =>
    (gold[field] ?? []).flatMap((c) =>
      [c.name, ...(c.aliases ?? [])].map((surface) => ({ kind: cls.split('-')[0] as ConceptKind, surface })),
    ),
  );
}

/** the sequence tagger trained on `data` */
function fitTagger(lexicon: Lexicon, data: readonly Annotated[], s: TrainSettings): TaggerModel {
  const hitsOf = lexiconHits(lexicon);
  const fields = data.flatMap(({ paper, gold }) =>
    paperFields(paper).map((field) => ({ field, hits: hitsOf(field), names: goldNames(gold) })),
  );
  return trainTagger(fields, wordPriors(lexicon), {
    epochs: s.taggerEpochs,
    seed: s.seed,
    minCount: s.minCount,
  });
}

/**
 * A candidate finder per paper whose tagger was trained without that paper (`taggerFolds` folds): the decision
 * model must learn how far to trust tagged spans on papers the tagger has not seen, as it will meet them. A tagger
 * reading its own training papers finds almost all their names and would teach the model to trust it blindly.
 */
function crossFittedFinders(
  lexicon: Lexicon,
  data: readonly Annotated[],
  s: TrainSettings,
  guesses: Guesses,
): (n: number) => ReturnType<typeof createCandidateFinder> {
  const k = s.taggerFolds;
  const priors = wordPriors(lexicon);
  const order = shuffled(data, s.seed);
  const foldOf = new Map(order.map((p, i) => [p.paper.n, i % k]));
  const finders = Array.from({ length: k }, (_, f) => {
    const rest = order.filter((_, i) => i % k !== f);
    return createCandidateFinder(lexicon, {
      ...guesses,
      tagger: tagger(fitTagger(lexicon, rest, s), priors),
    });
  });
  return (n) => finders[foldOf.get(n)!]!;
}

/** the papers sorted by number, then shuffled by the seeded PRNG: dealt round-robin, they are the folds */
function shuffled(data: readonly Annotated[], seed: number): Annotated[] {
  const order = [...data].sort((a, b) => a.paper.n - b.paper.n);
  const rnd = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The relation model's examples in one paper: each method pair of the candidates the relation rules leave
 * unrelated, labelled with the annotated relation between the two concepts it names (else none).
 */
function relationExamples(
  candidates: readonly Merged[],
  fields: readonly Field[],
  gold: GoldPaper,
): Example[] {
  const known = findRelations(
    fields,
    candidates.flatMap((m) => m.occurrences),
    candidates.map((m) => m.group),
  );
  const related = new Set(known.flatMap((r) => [`${r.from}|${r.to}`, `${r.to}|${r.from}`]));
  const namesOf = (name: string) => {
    for (const field of ['methods_proposed', 'methods_used'] as const)
      for (const c of gold[field] ?? [])
        if (c.name === name) return [c.name, ...(c.aliases ?? [])].map(scoreKey);
    return [scoreKey(name)];
  };
  const gold2 = (gold.relations ?? []).map((r) => ({
    from: namesOf(r.from),
    to: namesOf(r.to),
    type: r.type,
  }));
  const keysOf = (m: Merged) => new Set([m.mention.name, ...m.mention.aliases].map(scoreKey));
  return methodPairs(candidates, fields, related).map((p) => {
    const from = keysOf(p.from);
    const to = keysOf(p.to);
    const r = gold2.find((g) => g.from.some((k) => from.has(k)) && g.to.some((k) => to.has(k)));
    return { features: p.features, label: r ? Math.max(0, RELATION_CLASSES.indexOf(r.type as never)) : 0 };
  });
}

/** the heads whose widened candidates are annotated concepts at least `rate` of the time in `data` */
function precise(
  lexicon: Lexicon,
  data: readonly Annotated[],
  heads: readonly string[],
  rate: number,
): string[] {
  const find = createCandidateFinder(lexicon, { titlePurpose: false, heads: new Set(heads) });
  const seen = new Map<string, { all: number; good: number }>();
  for (const { paper, gold } of data) {
    const text = `${paper.title}\n${paper.abstract}`;
    const { candidates } = find(paper);
    const labels = labelsOf(candidates, gold, text);
    candidates.forEach((m, i) => {
      if (!onlyGuessed(m)) return;
      const head = tokenize(m.mention.name).at(-1)?.key;
      if (head === undefined) return;
      const n = seen.get(head) ?? { all: 0, good: 0 };
      n.all++;
      if (labels[i]! > 0) n.good++;
      seen.set(head, n);
    });
  }
  return heads.filter((h) => {
    const n = seen.get(h);
    return n !== undefined && n.good / n.all >= rate;
  });
}
