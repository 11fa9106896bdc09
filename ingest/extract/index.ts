import type { Extraction } from '../types.ts';
import { loadLexicon } from '../lexicon/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { acronymItems } from './acronym-items.ts';
import { findAcronyms } from './acronyms.ts';
import { findDatasetNames } from './datasets.ts';
import { isIdiom } from './idioms.ts';
import { findListMembers } from './list-members.ts';
import { findInvertedTasks, findTasksOf } from './inverted.ts';
import { DATASET_HEAD, cueItem, makeItem } from './items.ts';
import type { Field, Item } from './items.ts';
import { buildMatcher } from './matcher.ts';
import type { Hit } from './matcher.ts';
import { merge } from './merge.ts';
import type { Merged } from './merge.ts';
import { boundsContext, rebound } from './model/bounds.ts';
import type { BoundsField } from './model/bounds.ts';
import { decide, decider, learnedRelations, loadModel } from './model/index.ts';
import type { ExtractionModel } from './model/index.ts';
import { onlyGuessed } from './model/features.ts';
import { findPhrases } from './model/phrases.ts';
import { findTitlePurpose } from './model/task-cues.ts';
import { taggedItem } from './model/tagger.ts';
import type { Tagger } from './model/tagger.ts';
import { PROPOSAL_RULES, findProposals } from './proposals/index.ts';
import { findSelfReferences } from './proposals/self-reference.ts';
import { proposingVerbs } from './proposals/verbs.ts';
import type { FieldReading, FieldStep, PaperReading, PaperStep } from './reading.ts';
import { findRelations } from './relations/index.ts';
import { findResults } from './results/index.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import { elidedTasks, keepDefinedTasksApart, tasksInMethodNames } from './task-items.ts';
import { baseNames } from './proposals/base-names.ts';
import { nameFromTitle } from './proposals/title-for-unnamed.ts';
import { findTitleName } from './proposals/title-name.ts';
import { titleVariant } from './proposals/title-variant.ts';
import { tokenize, wordsOf } from './tokens.ts';
import type { Token } from './tokens.ts';
import { findUrls } from './urls.ts';
import { findVariants, taskModifiers } from './variants.ts';
import { dropVersioned } from './versions.ts';

export { toContractJson } from './contract.ts';
export type { FieldStep, PaperStep } from './reading.ts';

/** extracts one paper: its methods, datasets, tasks, relations and code URLs */
export type ExtractPaper = (paper: { title: string; abstract: string }) => Extraction;

/** what the candidate finders found in one paper, merged into candidate concepts, before any decision */
export interface Candidates {
  fields: Field[];
  candidates: Merged[];
  /** the fields with their words and acronym definitions, as the bounds step reads them */
  readings: BoundsField[];
}

// ── the candidate steps ─────────────────────────────────────────────────────────────────────────────────────

const lexiconMatches: FieldStep = {
  name: 'lexicon matches',
  run({ field: { field, text }, tokens, hits, items }) {
    for (const h of hits)
      items.push(
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
  },
};

const elidedTaskNames: FieldStep = {
  name: 'elided tasks',
  run: ({ lexicon, field, tokens, hits, items }) =>
    void items.push(...elidedTasks(lexicon, tokens, field.text, hits, field.field)),
};

const tasksInsideMethodNames: FieldStep = {
  name: 'tasks inside method names',
  run: ({ lexicon, field, tokens, hits, items }) =>
    void items.push(...tasksInMethodNames(lexicon, tokens, field.text, hits, field.field)),
};

const invertedTasks: FieldStep = {
  name: 'inverted tasks',
  run({ lexicon, field: { field, text }, tokens, hits, items }) {
    const tasksOf = findTasksOf(lexicon, tokens, text, hits);
    // the task a more specific one is written around is not named on its own there
    for (let i = items.length - 1; i >= 0; i--)
      if (items[i]!.extractor === 'lexicon' && tasksOf.some((t) => t.start === items[i]!.start))
        items.splice(i, 1);
    for (const t of [...findInvertedTasks(lexicon, tokens, text), ...tasksOf])
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
  },
};

const acronymDefinitions: FieldStep = { name: 'acronym definitions', run: acronymItems };

const variantPhrases: FieldStep = {
  name: 'variant phrases',
  abstractOnly: true,
  run({ field: { field, text }, tokens, hits, items }) {
    for (const v of findVariants(tokens, text, hits)) {
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
  },
};

const proposals: FieldStep = {
  name: 'proposals',
  abstractOnly: true,
  run({ lexicon, field: { field, text, sentences }, acronyms, items }) {
    const verbs = proposingVerbs(sentences);
    const cues = [
      ...findProposals(lexicon, text, sentences, acronyms, PROPOSAL_RULES, verbs),
      ...findSelfReferences(lexicon, text, sentences, acronyms, verbs),
    ];
    for (const cue of cues) {
      const item = cueItem(lexicon, cue, field);
      if (item) items.push(item);
    }
  },
};

const datasetNames: FieldStep = {
  name: 'dataset names',
  abstractOnly: true,
  run({ lexicon, field: { field, text }, acronyms, items }) {
    // "Network Intrusion Detection Systems (NIDS) … NIDS datasets": a short form defined as something else names no dataset
    const definedElse = (name: string) =>
      acronyms.some(
        (d) => d.short.replace(/s$/, '') === name.replace(/s$/, '') && !DATASET_HEAD.test(d.long),
      );
    for (const cue of findDatasetNames(text)) {
      if (definedElse(cue.name)) continue;
      const item = cueItem(lexicon, cue, field);
      if (item) items.push(item);
    }
  },
};

const listMembers: FieldStep = {
  name: 'list members',
  abstractOnly: true,
  run: ({ field, items }) => void items.push(...findListMembers(field, items)),
};

const dropStrays: FieldStep = {
  name: 'drop strays',
  run({ field: { sentences }, items }) {
    // "sketched finite-width neural tangent kernels" proposed: its tail is no variant of its own
    const proposed = items.filter((i) => i.role === 'proposed');
    const inProposal = (i: Item) =>
      i.extractor === 'variant-phrase' && proposed.some((p) => p.start <= i.start && i.end <= p.end + 1);
    const kept = items.filter((i) => sentenceAt(sentences, i.start) >= 0 && !inProposal(i));
    items.splice(0, items.length, ...kept);
  },
};

const titleName: PaperStep = {
  name: 'title name',
  run({ lexicon, title, items }) {
    const cue = findTitleName(title.field.text);
    const item = cue && cueItem(lexicon, cue, 'title');
    if (item) items.push(item);
  },
};

const nameFromTitleLead: PaperStep = {
  name: 'name from the title lead',
  run: ({ lexicon, title, items }) =>
    nameFromTitle(lexicon, items, items.some((i) => i.extractor === 'title-cue') ? '' : title.field.text),
};

const titleVariantName: PaperStep = {
  name: 'title variant',
  run({ lexicon, title, items }) {
    const item = titleVariant(lexicon, items, title.field.text);
    if (item) items.push(item);
  },
};

const baseNamesOfProposals: PaperStep = {
  name: 'base names',
  run: ({ lexicon, abstract, items }) => void items.push(...baseNames(lexicon, items, abstract.field)),
};

const definedTasksApart: PaperStep = {
  name: 'defined tasks apart',
  run: ({ items }) => keepDefinedTasksApart(items),
};

const versionedDatasets: PaperStep = { name: 'versioned datasets', run: ({ items }) => dropVersioned(items) };

const titlePurpose: PaperStep = {
  name: 'title purpose',
  run: ({ title, items }) => void items.push(...findTitlePurpose(title.tokens, title.field)),
};

const widenedPhrases = (heads: ReadonlySet<string>): PaperStep => ({
  name: 'widened phrases',
  run({ title, abstract, items }) {
    for (const r of [title, abstract]) items.push(...findPhrases(r.tokens, r.field, heads));
  },
});

const taggedNames = (tagger: Tagger): PaperStep => ({
  name: 'tagged names',
  run({ title, abstract, items }) {
    for (const r of [title, abstract])
      for (const span of tagger.tag(r.field, r.hits, r.words)) items.push(taggedItem(span, r.field.field));
  },
});

/** the finders that guess for the model to judge: they run only with a model */
export interface Guesses {
  titlePurpose: boolean;
  /** the unknown members of lists with a known member (list-members.ts) */
  listMembers?: boolean;
  /** the heads of widened phrases, when the model widens */
  heads: ReadonlySet<string> | undefined;
  tagger?: Tagger | undefined;
}

/**
 * The candidate steps, in order: the field steps run over the title and then over the abstract, each on that
 * field's own items; the paper steps then run over both. Order matters where a later step reads or removes what
 * an earlier one found:
 * - inverted tasks removes lexicon tasks a more specific one is written around, and acronym definitions removes
 *   lexicon matches of a short form the paper defines otherwise: both after lexicon matches;
 * - variant phrases skip spans an earlier non-lexicon item covers, so they follow acronyms;
 * - drop strays reads the proposals, so it ends the field steps;
 * - the title steps read the abstract's proposals; base names read the title's name;
 * - the model's guesses (title purpose, widened phrases, tagged names) come last, so a rule's item heads any
 *   concept a guess also found; list members, a guess too, read the field's rule items, so they end the field
 *   steps before drop strays.
 */
export function candidateSteps(guesses: Guesses): {
  field: readonly FieldStep[];
  paper: readonly PaperStep[];
} {
  return {
    field: [
      lexiconMatches,
      elidedTaskNames,
      tasksInsideMethodNames,
      invertedTasks,
      acronymDefinitions,
      variantPhrases,
      proposals,
      datasetNames,
      ...(guesses.listMembers ? [listMembers] : []),
      dropStrays,
    ],
    paper: [
      titleName,
      nameFromTitleLead,
      titleVariantName,
      baseNamesOfProposals,
      definedTasksApart,
      versionedDatasets,
      ...(guesses.titlePurpose ? [titlePurpose] : []),
      ...(guesses.heads ? [widenedPhrases(guesses.heads)] : []),
      ...(guesses.tagger ? [taggedNames(guesses.tagger)] : []),
    ],
  };
}

/** the candidate finder over `lexicon`: the candidate steps, then merge */
export function createCandidateFinder(
  lexicon: Lexicon,
  guesses: Guesses = { titlePurpose: false, heads: undefined },
): (paper: { title: string; abstract: string }) => Candidates {
  const hitsOf = lexiconHits(lexicon);
  const steps = candidateSteps(guesses);
  const read = (field: Field): FieldReading => {
    const words = wordsOf(field.text, 0);
    const tokens = tokenize(field.text, words);
    const r = {
      lexicon,
      field,
      words,
      tokens,
      hits: hitsOf(field, tokens),
      acronyms: findAcronyms(field.text),
      items: [],
    };
    for (const step of steps.field) if (field.field === 'abstract' || !step.abstractOnly) step.run(r);
    return r;
  };
  return (paper) => {
    const [title, abstract] = paperFields(paper).map(read) as [FieldReading, FieldReading];
    const reading: PaperReading = { lexicon, title, abstract, items: [...title.items, ...abstract.items] };
    for (const step of steps.paper) step.run(reading);
    const fields = [title.field, abstract.field];
    return { fields, candidates: merge(reading.items, fields), readings: [title, abstract] };
  };
}

/** a paper's title (one sentence) and abstract as the finders read them */
export function paperFields(paper: { title: string; abstract: string }): [Field, Field] {
  const title = String(paper.title ?? '');
  const abstract = String(paper.abstract ?? '');
  return [
    { field: 'title', text: title, sentences: [{ start: 0, end: title.length, text: title }] },
    { field: 'abstract', text: abstract, sentences: splitSentences(abstract) },
  ];
}

/** the lexicon matches in a field, everyday phrases that spell a concept left out */
export function lexiconHits(lexicon: Lexicon): (field: Field, tokens?: readonly Token[]) => Hit[] {
  const matcher = buildMatcher(lexicon);
  return (field, tokens = tokenize(field.text)) => {
    const starts = new Set(field.sentences.map((s) => s.start));
    return matcher.match(tokens, field.text, starts).filter((h) => !isIdiom(h, field.text));
  };
}

/**
 * An extractor over `lexicon`: the one place a lexicon and a model are bound to the steps. With a `model`, the
 * model decides what each candidate is (method, dataset, task or nothing; proposed or used) and may add its own
 * guesses; without one, every rule's finding is kept as the rules say. Relations are read off the kept concepts.
 */
export function createExtractor(lexicon: Lexicon, model?: ExtractionModel): ExtractPaper {
  const d = model && decider(model, lexicon);
  const find = createCandidateFinder(lexicon, {
    titlePurpose: d?.model.titlePurpose === true,
    listMembers: d?.model.listMembers === true,
    heads: d?.heads,
    tagger: d?.tagger,
  });
  return (paper) => {
    const { fields, candidates, readings } = find(paper);
    const decided = d ? decide(d, candidates, fields) : candidates;
    // after the decision: the bounds model reads only the concepts kept
    const kept =
      d?.bounds && decided.length > 0
        ? rebound(
            d.bounds,
            d.model.boundsThreshold ?? 1,
            decided,
            boundsContext(lexicon, d.priors, readings, candidates, decided),
          )
        : decided;
    // a name only a guessing finder found is too unsure an end for a relation
    const related = kept.filter((m) => !onlyGuessed(m));
    const relations = findRelations(
      fields,
      related.flatMap((m) => m.occurrences),
      related.map((m) => m.group),
    );
    return {
      mentions: kept.map((m) => m.mention),
      // the rules' relations first; the relation model adds pairs they leave unrelated
      relations: d ? [...relations, ...learnedRelations(d, related, fields, relations)] : relations,
      codeUrls: findUrls(fields[1]!.text),
      // after the decision: a result names only concepts the paper keeps
      results: findResults(fields, kept),
    };
  };
}

let committed: ExtractPaper | undefined;

/** the extractor over the committed lexicon and model, built once per thread (about 0.4 s of CPU) */
export function committedExtractor(): ExtractPaper {
  committed ??= createExtractor(loadLexicon(), loadModel());
  return committed;
}

/** extracts with the committed lexicon and model, built on first use */
export function extractPaper(paper: { title: string; abstract: string }): Extraction {
  return committedExtractor()(paper);
}
