import { loadLexicon } from './ingest/lexicon/index.ts';
import { buildMatcher } from './ingest/extract/matcher.ts';
import { tokenize } from './ingest/extract/tokens.ts';
import { splitSentences } from './ingest/extract/sentences.ts';
import { isIdiom } from './ingest/extract/idioms.ts';
import { trainTagger, tagger, wordPriors } from './ingest/extract/model/tagger.ts';
import { scoreKey } from './ingest/extract/model/train.ts';
import { readDev, readTrain } from './tools/annotated.ts';
import { random } from './ingest/extract/model/logreg.ts';
const lexicon = loadLexicon();
const matcher = buildMatcher(lexicon); const priors = wordPriors(lexicon);
const all = [...readTrain('/work/shared/eval'), ...readDev('/work/shared/eval')];
const GROUPS = [['methods_proposed','method'],['methods_used','method'],['datasets_proposed','dataset'],['datasets_used','dataset'],['tasks','task']] as const;
function fieldsOf(p: any) {
  const mk = (field: 'title'|'abstract', text: string) => {
    const sentences = field === 'title' ? [{ start: 0, end: text.length, text }] : splitSentences(text);
    const tokens = tokenize(text);
    const hits = matcher.match(tokens, text, new Set(sentences.map((s) => s.start))).filter((h) => !isIdiom(h, text));
    return { field: { field, text, sentences }, hits };
  };
  return [mk('title', p.paper.title), mk('abstract', p.paper.abstract)];
}
const names = (g: any) => GROUPS.flatMap(([f, kind]) => (g[f] ?? []).flatMap((c: any) => [c.name, ...(c.aliases ?? [])].map((surface: string) => ({ kind, surface }))));
const order = [...all].sort((a, b) => a.paper.n - b.paper.n);
const rnd = random(11);
for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
const epochs = Number(process.argv[2] ?? 8);
const minMargin = Number(process.argv[3] ?? -1e9);
let tp = 0, fp = 0, fn = 0, goldN = 0; const t0 = Date.now();
let nfeat = 0;
for (let f = 0; f < 5; f++) {
  const test = order.filter((_, i) => i % 5 === f), tr = order.filter((_, i) => i % 5 !== f);
  const model = trainTagger(tr.flatMap((p) => fieldsOf(p).map((x) => ({ ...x, names: names(p.gold) }))), priors, { epochs, seed: 11, minCount: 2 });
  nfeat = Object.keys(model.weights).length;
  const tg = tagger(model, priors);
  for (const p of test) {
    const spans = fieldsOf(p).flatMap((x) => tg.tag(x.field as any, x.hits)).filter((s) => s.margin >= minMargin);
    const predKeys = new Set(spans.map((s) => scoreKey(s.text)));
    const gold = GROUPS.flatMap(([fl]) => p.gold[fl] ?? []).map((c: any) => new Set([c.name, ...(c.aliases ?? [])].map(scoreKey)));
    goldN += gold.length;
    const used = new Set<string>();
    for (const g of gold) { const k = [...predKeys].find((k) => g.has(k) && !used.has(k)); if (k) { tp++; used.add(k); } else fn++; }
    fp += [...predKeys].filter((k) => !used.has(k)).length;
  }
}
console.log({ epochs, minMargin, tp, fp, fn, P: (tp / (tp + fp)).toFixed(3), R: (tp / (tp + fn)).toFixed(3), F: (2 * tp / (2 * tp + fp + fn)).toFixed(3), nfeat, s: (Date.now() - t0) / 1000 });
