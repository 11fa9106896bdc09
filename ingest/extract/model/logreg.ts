/** a multinomial logistic regression over sparse binary features, stored as plain JSON */
export interface LogReg {
  classes: readonly string[];
  /** feature name → one weight per class */
  weights: Record<string, number[]>;
  bias: number[];
}

/** one training example: its active features and its class index */
export interface Example {
  features: readonly string[];
  label: number;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** features seen in fewer examples are left out of the model */
  minCount: number;
}

/** a small deterministic PRNG (mulberry32): the same seed gives the same shuffles on every run */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A model ready to score: feature f's weights are weights[id * k] … weights[id * k + k − 1], for k classes and id
 * f's number in `features`. A Map, not the string table (string-ids.ts) the tagger's 100,000 words need: these
 * models hold a few thousand features, which stay in cache, and a Map hashes a feature string natively (0.6× the
 * CPU of the table on the concept model's features)
 */
export interface Scorer {
  classes: readonly string[];
  features: ReadonlyMap<string, number>;
  weights: Float64Array;
  bias: readonly number[];
}

/** index a stored model for scoring */
export function scorer(model: LogReg): Scorer {
  const k = model.classes.length;
  const stored = Object.entries(model.weights);
  const features = new Map<string, number>();
  const weights = new Float64Array(k * stored.length);
  stored.forEach(([f, w], id) => {
    features.set(f, id);
    weights.set(w, id * k);
  });
  return { classes: model.classes, features, weights, bias: model.bias };
}

/** class probabilities of one example's features */
export function predict(model: Scorer, features: readonly string[]): number[] {
  const scores = model.bias.slice();
  for (const f of features) {
    const id = model.features.get(f);
    if (id !== undefined)
      for (let c = 0; c < scores.length; c++) scores[c]! += model.weights[id * scores.length + c]!;
  }
  return softmax(scores);
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return scores;
}

/** fit by stochastic gradient descent with L2 and a decaying rate; deterministic for a given seed */
export function train(classes: readonly string[], examples: readonly Example[], o: TrainOptions): LogReg {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= o.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const k = classes.length;
  const w = new Float64Array(names.length * k);
  const bias = new Float64Array(k);
  const rows = examples.map((e) => ({
    ids: [...new Set(e.features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    label: e.label,
  }));
  const rnd = random(o.seed);
  const order = rows.map((_, i) => i);
  const p = new Float64Array(k);
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      const rate = o.rate / (1 + step++ / rows.length);
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = bias[c]!;
        for (const id of row.ids) s += w[id * k + c]!;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < k; c++) sum += p[c] = Math.exp(p[c]! - max);
      for (let c = 0; c < k; c++) {
        const g = p[c]! / sum - (c === row.label ? 1 : 0);
        bias[c]! -= rate * g;
        for (const id of row.ids) w[id * k + c]! -= rate * (g + o.l2 * w[id * k + c]!);
      }
    }
  }
  // rounded so the file is small and the same bytes on every platform
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const ws = Array.from(w.subarray(i * k, i * k + k), round);
    if (ws.some((x) => x !== 0)) weights[f] = ws;
  });
  return { classes: [...classes], weights, bias: Array.from(bias, round) };
}
