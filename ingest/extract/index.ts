import type { ConceptKind, Evidence, Extraction, Mention, MentionRole } from '../types.ts';
import { aliasKey } from '../normalise.ts';
import { loadLexicon } from '../lexicon/index.ts';
import type { LexiconConcept } from '../lexicon/index.ts';
import { isGeneric } from '../lexicon/generic.ts';
import { findAcronyms } from './acronyms.ts';
import { findProposals, findTitleLead, findTitleName } from './cues.ts';
import { findDatasetNames } from './datasets.ts';
import type { Cue } from './cues.ts';
import { buildMatcher } from './matcher.ts';
import { findVariants, taskModifiers } from './variants.ts';
import { isCoined } from './words.ts';
import type { Hit, Matcher } from './matcher.ts';
import { findRelations } from './relations.ts';
import { findReplaced } from './replaced.ts';
import type { ConceptGroup, Occurrence } from './relations.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import type { Sentence } from './sentences.ts';
import { tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';
import { findUrls } from './urls.ts';

export { toContractJson } from './contract.ts';

type FieldName = Evidence['field'];

/** one piece of evidence for a concept, before concepts are merged */
interface Item {
  kind: ConceptKind;
  role: MentionRole;
  name: string;
  surface: string;
  extraAliases: readonly string[];
  concept?: LexiconConcept;
  weak: boolean;
  field: FieldName;
  start: number;
  end: number;
  extractor: string;
  confidence: number;
}

interface Field {
  field: FieldName;
  text: string;
  sentences: Sentence[];
}

// what the head word of a long form says about its kind: "… Classification (TSC)" is a task
const TASK_HEAD =
  /(?:classification|detection|recognition|segmentation|prediction|forecasting|estimation|generation|translation|answering|retrieval|parsing|tagging|extraction|summari[sz]ation|labell?ing|captioning|completion|search|discovery|locali[sz]ation|tracking|synthesis|understanding|reasoning|adaptation|inpainting|denoising|editing|matching|alignment|verification|imputation|ranking|clustering)$/i;
const DATASET_HEAD = /(?:dataset|benchmark|corpus|treebank)s?$/i;
const NOT_A_CONCEPT =
  /(?:curve|score|rate|ratio|error|bound|metric|coefficient|university|institute|association|conference|processing unit|error rate|index|agency|organi[sz]ation|act|program(?:me)?)s?$/i;

let matcher: Matcher | undefined;

/** the methods, datasets, tasks, relations and code URLs stated in a paper's title and abstract */
export function extractPaper(paper: { title: string; abstract: string }): Extraction {
  matcher ??= buildMatcher(loadLexicon());
  const fields: Field[] = [
    { field: 'title', text: String(paper.title ?? ''), sentences: [] },
    { field: 'abstract', text: String(paper.abstract ?? ''), sentences: [] },
  ];
  const items: Item[] = [];
  for (const f of fields) {
    f.sentences =
      f.field === 'title' ? [{ start: 0, end: f.text.length, text: f.text }] : splitSentences(f.text);
    items.push(...collect(f, matcher));
  }
  const titleCue = findTitleName(fields[0]!.text);
  const titleItem = titleCue && cueItem(titleCue, 'title');
  if (titleItem) items.push(titleItem);
  nameFromTitle(items, titleItem ? '' : fields[0]!.text);
  items.push(...baseNames(items, fields[1]!));
  const mentions = merge(items, fields);
  return {
    mentions: mentions.map((m) => m.mention),
    relations: findRelations(
      fields,
      mentions.flatMap((m) => m.occurrences),
      mentions.map((m) => m.group),
    ),
    codeUrls: findUrls(fields[1]!.text),
  };
}

function collect(f: Field, m: Matcher): Item[] {
  const { field, text, sentences } = f;
  const tokens = tokenize(text);
  const starts = new Set(sentences.map((s) => s.start));
  const hits = m.match(tokens, text, starts);
  const items: Item[] = hits.map((h) => ({
    kind: h.concept.kind,
    role: 'used',
    name: h.concept.name,
    surface: h.surface,
    extraAliases: h.concept.kind === 'task' ? taskModifiers(tokens, text, h) : [],
    concept: h.concept,
    weak: h.weak,
    field,
    start: h.start,
    end: h.end,
    extractor: 'lexicon',
    confidence: h.weak ? 0.5 : 0.9,
  }));
  items.push(...elidedTasks(tokens, text, hits, field));
  // a short form defined here names what its long form names, whatever the lexicon says it means elsewhere
  for (const d of findAcronyms(text)) {
    const long = hits.find((h) => h.start === d.longStart && h.end === d.longEnd);
    const known = long?.concept;
    const words = d.long.split(/\s+/);
    const kind: ConceptKind =
      known?.kind ?? (TASK_HEAD.test(d.long) ? 'task' : DATASET_HEAD.test(d.long) ? 'dataset' : 'method');
    if (
      !known &&
      (isGeneric(d.long) || NOT_A_CONCEPT.test(d.long) || (words.length < 2 && !/-/.test(d.long)))
    )
      continue;
    const name = known?.name ?? d.long.replace(/^(?:the|a|an|our|novel|new)\s+/i, '');
    if (!known)
      items.push({
        kind,
        role: 'used',
        name,
        surface: d.long,
        extraAliases: [],
        weak: false,
        field,
        start: d.longStart,
        end: d.longEnd,
        extractor: 'acronym',
        confidence: 0.75,
      });
    const short = d.short.replace(/s$/, '');
    const shortKey = aliasKey(short);
    for (let i = items.length - 1; i >= 0; i--)
      if (items[i]!.extractor === 'lexicon' && aliasKey(items[i]!.surface) === shortKey) items.splice(i, 1);
    for (const t of tokens) {
      if (t.text === short || t.text === `${short}s`) {
        items.push({
          kind,
          role: 'used',
          name,
          surface: t.text,
          extraAliases: [],
          ...(known ? { concept: known } : {}),
          weak: false,
          field,
          start: t.start,
          end: t.end,
          extractor: 'acronym',
          confidence: 0.75,
        });
      }
    }
  }
  // titles capitalise every word, so modifiers there are guesses
  for (const v of field === 'abstract' ? findVariants(tokens, text, hits) : []) {
    if (items.some((i) => i.start <= v.start && v.end <= i.end && i.extractor !== 'lexicon')) continue;
    items.push({
      kind: 'method',
      role: 'used',
      name: v.name,
      surface: v.name,
      extraAliases: [],
      weak: false,
      field,
      start: v.start,
      end: v.end,
      extractor: 'variant-phrase',
      confidence: 0.4,
    });
  }
  if (field === 'abstract') {
    for (const r of findReplaced(text, sentences)) {
      if (items.some((i) => i.start < r.end && r.start < i.end)) continue;
      items.push({
        kind: 'method',
        role: 'used',
        name: r.name,
        surface: r.name,
        extraAliases: [],
        weak: false,
        field,
        start: r.start,
        end: r.end,
        extractor: 'replaced-phrase',
        confidence: 0.45,
      });
    }
    const acronyms = findAcronyms(text);
    for (const cue of [...findProposals(text, sentences, acronyms), ...findDatasetNames(text)]) {
      const item = cueItem(cue, field);
      if (item) items.push(item);
    }
  }
  // "sketched finite-width neural tangent kernels" proposed: its tail is no variant of its own
  const proposals = items.filter((i) => i.role === 'proposed');
  const inProposal = (i: Item) =>
    i.extractor === 'variant-phrase' && proposals.some((p) => p.start <= i.start && i.end <= p.end + 1);
  return items.filter((i) => sentenceAt(sentences, i.start) >= 0 && !inProposal(i));
}

// "node and graph classification": the first task's head noun is left out; the lexicon must know the whole name
function elidedTasks(tokens: readonly Token[], text: string, hits: readonly Hit[], field: FieldName): Item[] {
  const found: Item[] = [];
  for (const h of hits) {
    if (h.concept.kind !== 'task' || h.last === h.first || h.first < 2) continue;
    const conj = tokens[h.first - 1]!;
    const word = tokens[h.first - 2]!;
    if (!/^(?:and|or)$/.test(conj.low) || !/^\s+$/.test(text.slice(word.end, conj.start))) continue;
    const rest = text.slice(tokens[h.first + 1]!.start, h.end);
    const concept = loadLexicon()
      .lookup(`${word.text} ${rest}`)
      .find((c) => c.kind === 'task');
    if (!concept || concept === h.concept) continue;
    found.push({
      kind: 'task',
      role: 'used',
      name: concept.name,
      // the name as the text implies it, not the lone modifier ("node")
      surface: `${word.text} ${rest}`,
      extraAliases: [],
      concept,
      weak: false,
      field,
      start: word.start,
      end: word.end,
      extractor: 'elided-task',
      confidence: 0.6,
    });
  }
  return found;
}

const NAMED = new Set([
  'propose-cue',
  'naming-cue',
  'propose-acronym',
  'propose-acronym-head',
  'propose-coined',
]);

// a paper that proposes "a novel hybrid method" without naming it is usually named by its title's lead phrase
function nameFromTitle(items: Item[], title: string): void {
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
      !namesTask(lead.name) &&
      (parts || variesKnownMethod(lead.name)) &&
      loadLexicon().lookup(lead.name).length === 0
    ) {
      const item = cueItem(lead, 'title');
      if (item) items.push(item);
    }
  } else if (lead && !namesTask(lead.name)) {
    const phrase = items[at]!;
    const aliases = phrase.extractor === 'propose-phrase' ? [phrase.surface, ...phrase.extraAliases] : [];
    const item = cueItem({ ...lead, aliases }, 'title');
    if (item) items.splice(at, 1, item);
  } else if (
    lead &&
    items[at]!.extractor === 'propose-phrase' &&
    !TASK_HEAD.test(lead.name) &&
    loadLexicon().lookup(lead.name).length === 0
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
    const item = own && cueItem(titled, 'title');
    if (item) items.push(item);
  }
  // "we propose a novel approach" names nothing by itself
  for (let i = items.length - 1; i >= 0; i--)
    if (/^propose-(?:generic|verb)$/.test(items[i]!.extractor)) items.splice(i, 1);
}

// "Deep Low-Density Separation" in a paper whose abstract "applies low-density separation": the name without its
// first word, written on its own, is the method the proposal varies
// first words that make a version of a method: "Deep …", "Stochastic …", "Sparse …" (not "Optimal Regret Bounds")
const VARIANT_MODIFIER =
  /^(?:deep|stochastic|bayesian|neural|sparse|robust|fast|hierarchical|adversarial|variational|recurrent|convolutional|graph|kernel|online|distributed|federated|differentiable|quantum|probabilistic|contrastive|conditional|implicit|dynamic|adaptive|generali[sz]ed|weighted|regulari[sz]ed|nonlinear|latent|gated|attentive|stacked|multi-\S+|self-\S+|semi-\S+)$/i;

function baseNames(items: readonly Item[], abstract: Field): Item[] {
  const found: Item[] = [];
  const seen = new Set<string>();
  let flat: string | undefined;
  for (const p of items) {
    if (p.role !== 'proposed' || p.kind !== 'method' || p.concept || seen.has(p.name)) continue;
    seen.add(p.name);
    const words = p.name.split(/\s+/);
    if (words.length < 3 || words.length > 5 || !VARIANT_MODIFIER.test(words[0]!)) continue;
    const base = words.slice(1);
    const name = base.join(' ');
    // a cheap test before the pattern: with hyphens read as spaces, the words must occur more often than
    // inside the full name
    flat ??= abstract.text.toLowerCase().replace(/[\s-]+/g, ' ');
    if (occurrences(flat, squash(name)) <= occurrences(flat, squash(p.name))) continue;
    if (isGeneric(name) || loadLexicon().lookup(name).length > 0 || TASK_HEAD.test(name)) continue;
    const pattern = base.map((w) => w.replace(/[^\p{L}\p{N}]+/gu, '[\\s-]*')).join('[\\s-]+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])(${pattern})s?(?![\\p{L}\\p{N}-])`, 'giu');
    for (const m of abstract.text.matchAll(re)) {
      const before = abstract.text.slice(Math.max(0, m.index - words[0]!.length - 1), m.index);
      if (aliasKey(before) === aliasKey(words[0]!)) continue;
      found.push({
        kind: 'method',
        role: 'used',
        name,
        surface: m[1]!,
        extraAliases: [],
        weak: false,
        field: 'abstract',
        start: m.index,
        end: m.index + m[1]!.length,
        extractor: 'name-base',
        confidence: 0.5,
      });
    }
  }
  return found;
}

const squash = (x: string): string =>
  x
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/s$/, '');

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
  return n;
}

// "Gradient Boosting Reinforcement Learning" whose abstract defines "Gradient-Boosting RL (GBRL)": an acronym
// spelled by the title's initials names what the paper proposes
function acronymOfTitle(items: Item[], title: string): boolean {
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

// "Multi-Relational Graph Transformer": a modifier before a method the lexicon knows
function variesKnownMethod(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some(
    (_, i) =>
      i > 0 &&
      !isGeneric(words.slice(i).join(' ')) &&
      loadLexicon()
        .lookup(words.slice(i).join(' '))
        .some((c) => c.kind === 'method'),
  );
}

// "Semantic Image Inpainting", "Robust Detection": a title that opens with its task names no method
function namesTask(name: string): boolean {
  const words = name.split(/\s+/);
  if (TASK_HEAD.test(name) || (words.length === 1 && !isCoined(name))) return true;
  // suffixes of two words or more: "Meta Pruning" is no task although "pruning" is
  return words.some(
    (_, i) =>
      (i === 0 || i < words.length - 1) &&
      loadLexicon()
        .lookup(words.slice(i).join(' '))
        .some((c) => c.kind !== 'method'),
  );
}

function cueItem(cue: Cue, field: FieldName): Item | undefined {
  const known = loadLexicon()
    .lookup(cue.name)
    .find((c) => c.kind === cue.kind || cue.kind === 'method');
  // a dataset cue on a known task or method ("the Domain Adaptation benchmark") is no dataset name
  if (cue.kind === 'dataset' && !known && loadLexicon().lookup(cue.name).length > 0) return undefined;
  // a known concept that an acronym after "we propose" spells out is only used; so is any task
  const role = known && (known.kind === 'task' || cue.extractor === 'propose-acronym') ? 'used' : cue.role;
  return {
    kind: known?.kind ?? cue.kind,
    role,
    name: known?.name ?? cue.name,
    surface: cue.name,
    extraAliases: cue.aliases,
    ...(known ? { concept: known } : {}),
    weak: false,
    field,
    start: cue.start,
    end: cue.end,
    extractor: cue.extractor,
    confidence: cue.confidence,
  };
}

interface Merged {
  mention: Mention;
  group: ConceptGroup;
  occurrences: Occurrence[];
}

/** one mention per concept: items that share any name in aliasKey form are one concept */
function merge(items: readonly Item[], fields: readonly Field[]): Merged[] {
  const groups: Item[][] = [];
  const byKey = new Map<string, Item[]>();
  for (const item of items) {
    // kinds stay apart: a dataset named after a task is not that task
    const keys = [item.name, item.surface, ...item.extraAliases]
      .map(aliasKey)
      .filter(Boolean)
      .map((k) => `${item.kind}:${k}`);
    let group = keys.map((k) => byKey.get(k)).find((g) => g !== undefined);
    if (!group) groups.push((group = []));
    group.push(item);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, group);
  }
  const merged: Merged[] = [];
  for (const group of groups) {
    if (group.every((i) => i.weak)) continue;
    const lexical = group.find((i) => i.concept);
    const proposal = group.find((i) => i.role === 'proposed');
    const head = proposal && !lexical?.concept ? proposal : (lexical ?? group[0]!);
    if (isGeneric(head.name)) continue;
    const best = [...group].sort(
      (a, b) =>
        b.confidence - a.confidence ||
        (a.field === b.field ? a.start - b.start : a.field === 'abstract' ? -1 : 1),
    )[0]!;
    const f = fields.find((x) => x.field === best.field)!;
    const sentence = f.sentences[sentenceAt(f.sentences, best.start)]?.text ?? f.text;
    const aliases = [...new Set(group.flatMap((i) => [i.surface, ...i.extraAliases]))];
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
      keys: new Set(aliases.concat(mention.name).map(aliasKey)),
    };
    const occurrences = group
      .map((i) => ({ group: conceptGroup, field: i.field, start: i.start, end: i.end }))
      .sort((a, b) => a.start - b.start);
    merged.push({ mention, group: conceptGroup, occurrences });
  }
  // "WikiDBGraph" proposed both as a dataset (by its title) and as a method (by "we present"): a dataset
  const datasets = new Set(
    merged
      .filter((m) => m.mention.kind === 'dataset' && m.mention.role === 'proposed')
      .flatMap((m) => [...m.group.keys]),
  );
  return dropVagueTasks(
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

// "classification" alone only when no specific kind of classification is named (GUIDELINES.md)
function dropVagueTasks(merged: Merged[]): Merged[] {
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
    (specific || (tasks > 1 && !m.occurrences.some((o) => o.field === 'title')));
  return merged.filter((m) => !vague(m));
}
