import type { ConceptKind, Extraction } from '../types.ts';
import { aliasKey } from '../../src/graph/names.ts';
import { loadLexicon } from '../lexicon/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { isGeneric } from '../lexicon/generic.ts';
import { findAcronyms } from './acronyms.ts';
import { findProposals } from './cues.ts';
import { findDatasetNames } from './datasets.ts';
import { isIdiom } from './idioms.ts';
import { findInvertedTasks, findTasksOf } from './inverted.ts';
import { DATASET_HEAD, NOT_A_CONCEPT, TASK_HEAD, cueItem, makeItem } from './items.ts';
import type { Field, Item } from './items.ts';
import { buildMatcher } from './matcher.ts';
import type { Matcher } from './matcher.ts';
import { merge } from './merge.ts';
import type { Merged } from './merge.ts';
import { decide, decider, loadModel } from './model/index.ts';
import type { ExtractionModel } from './model/index.ts';
import { findPhrases } from './model/phrases.ts';
import { findTitlePurpose } from './model/task-cues.ts';
import { findRelations } from './relations.ts';
import { findResults } from './results/index.ts';
import { findReplaced } from './replaced.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import { elidedTasks, keepDefinedTasksApart, tasksInMethodNames } from './task-items.ts';
import { findTitleName } from './title-cues.ts';
import { baseNames, nameFromTitle } from './title-names.ts';
import { tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';
import { findUrls } from './urls.ts';
import { findVariants, taskModifiers } from './variants.ts';

export { toContractJson } from './contract.ts';

/** extracts one paper: its methods, datasets, tasks, relations and code URLs */
export type ExtractPaper = (paper: { title: string; abstract: string }) => Extraction;

/** what the candidate finders found in one paper, merged into candidate concepts, before any decision */
export interface Candidates {
  fields: Field[];
  candidates: Merged[];
}

/**
 * The candidate finders, in order (order matters where a later step reads or removes what an earlier one
 * found): lexicon matches and the task rules → acronym definitions → variant and replaced phrases → proposal
 * and dataset cues → widened phrases and the title's purpose (only with a model) → title names → base names → merge.
 */
export function createCandidateFinder(
  lexicon: Lexicon,
  heads?: ReadonlySet<string>,
  guesses: { titlePurpose: boolean } = { titlePurpose: false },
): (paper: { title: string; abstract: string }) => Candidates {
  const matcher = buildMatcher(lexicon);
  return (paper) => {
    const fields: Field[] = [
      { field: 'title', text: String(paper.title ?? ''), sentences: [] },
      { field: 'abstract', text: String(paper.abstract ?? ''), sentences: [] },
    ];
    const items: Item[] = [];
    const phrases: Item[] = [];
    for (const f of fields) {
      f.sentences =
        f.field === 'title' ? [{ start: 0, end: f.text.length, text: f.text }] : splitSentences(f.text);
      const tokens = tokenize(f.text);
      items.push(...collect(f, tokens, matcher));
      if (heads) phrases.push(...findPhrases(tokens, f, heads));
      if (guesses.titlePurpose && f.field === 'title') phrases.push(...findTitlePurpose(tokens, f));
    }
    const titleCue = findTitleName(fields[0]!.text);
    const titleItem = titleCue && cueItem(titleCue, 'title');
    if (titleItem) items.push(titleItem);
    nameFromTitle(items, titleItem ? '' : fields[0]!.text);
    items.push(...baseNames(items, fields[1]!));
    keepDefinedTasksApart(items);
    dropVersioned(items);
    // last, so a rule's item heads any concept a phrase also found
    items.push(...phrases);
    return { fields, candidates: merge(items, fields) };
  };
}

/**
 * An extractor over `lexicon`. With a `model`, the finders also propose widened phrases and the model decides
 * what each candidate is (method, dataset, task or nothing; proposed or used); without one, every rule's
 * finding is kept as the rules say.
 */
export function createExtractor(lexicon: Lexicon, model?: ExtractionModel): ExtractPaper {
  const d = model && decider(model);
  const find = createCandidateFinder(lexicon, d?.heads, { titlePurpose: d?.model.titlePurpose === true });
  return (paper) => {
    const { fields, candidates } = find(paper);
    const kept = d ? decide(d, candidates, fields) : candidates;
    return {
      mentions: kept.map((m) => m.mention),
      relations: findRelations(
        fields,
        kept.flatMap((m) => m.occurrences),
        kept.map((m) => m.group),
      ),
      codeUrls: findUrls(fields[1]!.text),
      // after the decision: a result names only concepts the paper keeps
      results: findResults(fields, kept),
    };
  };
}

let standard: ExtractPaper | undefined;

/** the methods, datasets, tasks, relations and code URLs stated in a paper's title and abstract, by the committed lexicon and model */
export function extractPaper(paper: { title: string; abstract: string }): Extraction {
  standard ??= createExtractor(loadLexicon(), loadModel());
  return standard(paper);
}

function collect(f: Field, tokens: readonly Token[], m: Matcher): Item[] {
  const { field, text, sentences } = f;
  const starts = new Set(sentences.map((s) => s.start));
  const hits = m.match(tokens, text, starts).filter((h) => !isIdiom(h, text));
  const items: Item[] = hits.map((h) =>
    makeItem({
      kind: h.concept.kind,
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
    }),
  );
  items.push(...elidedTasks(tokens, text, hits, field));
  items.push(...tasksInMethodNames(tokens, text, hits, field));
  const tasksOf = findTasksOf(tokens, text, hits);
  // the task a more specific one is written around is not named on its own there
  for (let i = items.length - 1; i >= 0; i--)
    if (items[i]!.extractor === 'lexicon' && tasksOf.some((t) => t.start === items[i]!.start))
      items.splice(i, 1);
  for (const t of [...findInvertedTasks(tokens, text), ...tasksOf])
    items.push(
      makeItem({
        kind: 'task',
        name: t.concept.name,
        surface: t.surface,
        concept: t.concept,
        field,
        start: t.start,
        end: t.end,
        extractor: 'inverted-task',
        confidence: 0.55,
      }),
    );
  // a short form defined here names what its long form names, whatever the lexicon says it means elsewhere
  for (const d of findAcronyms(text)) {
    const long = hits.find((h) => h.start === d.longStart && h.end === d.longEnd);
    const known = long?.concept;
    const words = d.long.split(/\s+/);
    // "Social recommender systems (SocialRS)": a long form in lower case that ends in a known task names a kind
    // of that task; a capitalised one ("Stable Graph Matching (StableGM)") is rather a method's name
    const taskTail =
      !known &&
      words.slice(1).every((w) => !/\p{Lu}/u.test(w)) &&
      hits.some(
        (h) => h.concept.kind === 'task' && h.last > h.first && h.end === d.longEnd && h.start > d.longStart,
      );
    const kind: ConceptKind =
      known?.kind ??
      (taskTail || TASK_HEAD.test(d.long) ? 'task' : DATASET_HEAD.test(d.long) ? 'dataset' : 'method');
    if (
      !known &&
      (isGeneric(d.long) || NOT_A_CONCEPT.test(d.long) || (words.length < 2 && !/-/.test(d.long)))
    )
      continue;
    const name = known?.name ?? d.long.replace(/^(?:the|a|an|our|novel|new)\s+/i, '');
    if (!known)
      items.push(
        makeItem({
          kind,
          name,
          surface: d.long,
          field,
          start: d.longStart,
          end: d.longEnd,
          extractor: 'acronym',
          confidence: 0.75,
        }),
      );
    const short = d.short.replace(/s$/, '');
    const shortKey = aliasKey(short);
    for (let i = items.length - 1; i >= 0; i--)
      if (items[i]!.extractor === 'lexicon' && aliasKey(items[i]!.surface) === shortKey) items.splice(i, 1);
    for (const t of shortForms(tokens, text, short)) {
      {
        items.push(
          makeItem({
            kind,
            name,
            surface: t.text,
            ...(known ? { concept: known } : {}),
            field,
            start: t.start,
            end: t.end,
            extractor: 'acronym',
            confidence: 0.75,
          }),
        );
      }
    }
  }
  // titles capitalise every word, so modifiers there are guesses
  for (const v of field === 'abstract' ? findVariants(tokens, text, hits) : []) {
    if (items.some((i) => i.start <= v.start && v.end <= i.end && i.extractor !== 'lexicon')) continue;
    items.push(
      makeItem({
        kind: 'method',
        name: v.name,
        field,
        start: v.start,
        end: v.end,
        extractor: 'variant-phrase',
        confidence: 0.4,
      }),
    );
  }
  if (field === 'abstract') {
    for (const r of findReplaced(text, sentences)) {
      if (items.some((i) => i.start < r.end && r.start < i.end)) continue;
      items.push(
        makeItem({
          kind: 'method',
          name: r.name,
          field,
          start: r.start,
          end: r.end,
          extractor: 'replaced-phrase',
          confidence: 0.45,
        }),
      );
    }
    const acronyms = findAcronyms(text);
    // "Network Intrusion Detection Systems (NIDS) … NIDS datasets": a short form defined as something else names no dataset
    const definedElse = (name: string) =>
      acronyms.some(
        (d) => d.short.replace(/s$/, '') === name.replace(/s$/, '') && !DATASET_HEAD.test(d.long),
      );
    const datasets = findDatasetNames(text).filter((c) => !definedElse(c.name));
    for (const cue of [...findProposals(text, sentences, acronyms), ...datasets]) {
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

// "HO-LC-CRFs" spans several tokens: a hyphenated short form is found in the text, whole and not inside a longer word
function shortForms(
  tokens: readonly Token[],
  text: string,
  short: string,
): { text: string; start: number; end: number }[] {
  if (!/[-‐]/.test(short)) return tokens.filter((t) => t.text === short || t.text === `${short}s`);
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}‐-])${escaped}s?(?![\\p{L}\\p{N}‐-])`, 'gu'));
  return [...found].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

// "WMT'14", "CoNLL-03", "SICK-R": a known dataset name with a version or subset attached names that version
const versionOf = (inner: Item, outer: Item) =>
  inner.field === outer.field &&
  inner.start === outer.start &&
  inner.end < outer.end &&
  /^['’‐-]\S/.test(outer.surface.slice(inner.end - outer.start));

/** a known dataset written only with a version attached is used as that version, not on its own */
function dropVersioned(items: Item[]): void {
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
