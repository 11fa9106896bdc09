// The title's proposal rules, one file each under ingest/extract/proposals/: what each accepts and rejects.
import { describe, expect, it } from 'vitest';
import { makeItem } from '../../../../../ingest/extract/items.ts';
import type { Item } from '../../../../../ingest/extract/items.ts';
import { baseNames } from '../../../../../ingest/extract/proposals/base-names.ts';
import { acronymOfTitle } from '../../../../../ingest/extract/proposals/title-acronym.ts';
import { nameFromTitle } from '../../../../../ingest/extract/proposals/title-for-unnamed.ts';
import {
  findTitleLead,
  namesTask,
  variesKnownMethod,
} from '../../../../../ingest/extract/proposals/title-lead.ts';
import { findTitleName } from '../../../../../ingest/extract/proposals/title-name.ts';
import { titleVariant } from '../../../../../ingest/extract/proposals/title-variant.ts';
import { splitSentences } from '../../../../../ingest/extract/sentences.ts';
import { loadLexicon } from '../../../../../ingest/lexicon/index.ts';

const lexicon = loadLexicon();

const item = (name: string, extractor: string, more: Partial<Item> = {}): Item => ({
  ...makeItem({
    kind: 'method',
    name,
    field: 'abstract',
    start: 0,
    end: name.length,
    extractor,
    confidence: 0.5,
  }),
  ...more,
});

describe('title rule: "X: a …" names the proposal', () => {
  it.each([
    ['EvolveGCN: Evolving Graph Convolutional Networks for Dynamic Graphs', 'method:EvolveGCN'],
    ['WikiVitals: A Benchmark of Encyclopedia Articles', 'dataset:WikiVitals'],
    ['From Softmax to Sparsemax: A Sparse Model of Attention', 'method:Sparsemax'],
  ])('%s', (title, expected) => {
    const cue = findTitleName(title)!;
    expect(`${cue.kind}:${cue.name}`).toBe(expected);
    expect(title.slice(cue.start, cue.end)).toBe(cue.name);
  });

  it.each([
    ['Recurrent Neural Networks: A Gentle Introduction and Overview'], // a survey's subject is only used
    ['Learning to rank, revisited: what we know now about it'], // lower-case words are no name
    ['A Study of Graph Neural Networks'], // no colon
  ])('rejects %s', (title) => expect(findTitleName(title)).toBeUndefined());
});

describe("the title's lead phrase", () => {
  it.each([
    ['A Deep Hybrid Model for Text Classification', 'Deep Hybrid Model'],
    ['Memory Networks', 'Memory Networks'],
    ['Barrier Frank-Wolfe for Marginal Inference', 'Barrier Frank-Wolfe'],
  ])('%s', (title, lead) => expect(findTitleLead(title)?.name).toBe(lead));

  it.each([
    ['Leveraging Unlabeled Data for Detection'], // a gerund opens a sentence, not a name
    ['How Powerful are Graph Neural Networks?'],
    ['Large-scale Pre-trained Models are Few-shot Learners'], // a generic kind, rated
    ['Deep learning for symbolic mathematics'], // lower-case words
  ])('reads no name in %s', (title) => expect(findTitleLead(title)).toBeUndefined());

  it('tells a task from a method, and a variant of a known method', () => {
    expect(namesTask(lexicon, 'Semantic Image Inpainting')).toBe(true);
    expect(namesTask(lexicon, 'Meta Pruning')).toBe(false);
    expect(variesKnownMethod(lexicon, 'Multi-Relational Graph Transformer')).toBe(true);
    expect(variesKnownMethod(lexicon, 'Zorblax Quaffle')).toBe(false);
  });
});

describe('title rule: the lead names an unnamed proposal', () => {
  it('replaces "we propose a novel … approach" by the title lead, the phrase kept as an alias', () => {
    const items = [item('hybrid ranking approach', 'propose-phrase', { role: 'proposed' })];
    nameFromTitle(lexicon, items, 'Zorblax Ranking Networks for Search');
    expect(items.map((i) => [i.name, i.extractor, i.role])).toEqual([
      ['Zorblax Ranking Networks', 'title-lead', 'proposed'],
    ]);
    expect(items[0]!.extraAliases).toContain('hybrid ranking approach');
  });

  it('keeps a name the abstract gives, and drops a bare "we propose a novel approach"', () => {
    const named = [
      item('FooNet', 'propose-cue', { role: 'proposed' }),
      item('approach', 'propose-generic', { role: 'proposed' }),
    ];
    nameFromTitle(lexicon, named, 'Zorblax Ranking Networks for Search');
    expect(named.map((i) => i.name)).toEqual(['FooNet']);
  });

  it('does not name a proposal by a title that opens with its task', () => {
    const items = [item('novel approach', 'propose-phrase', { role: 'proposed' })];
    nameFromTitle(lexicon, items, 'Semantic Image Inpainting with Deep Generative Models');
    expect(items.map((i) => i.extractor)).toEqual(['propose-phrase']);
  });
});

describe('title rule: a variant of a known method', () => {
  it('proposes "Barrier Frank-Wolfe" whatever the abstract names', () => {
    const found = titleVariant(lexicon, [], 'Barrier Frank-Wolfe for Marginal Inference');
    expect([found?.name, found?.role, found?.extractor]).toEqual([
      'Barrier Frank-Wolfe',
      'proposed',
      'title-variant',
    ]);
  });

  it('yields to a name the paper gives, and to a name already found', () => {
    const title = 'Barrier Frank-Wolfe for Marginal Inference';
    expect(titleVariant(lexicon, [item('BFW', 'naming-cue', { role: 'proposed' })], title)).toBeUndefined();
    expect(titleVariant(lexicon, [item('barrier Frank-Wolfe', 'tagger')], title)).toBeUndefined();
    expect(titleVariant(lexicon, [], 'Zorblax Quaffle for Marginal Inference')).toBeUndefined();
  });
});

describe("title rule: an acronym of the title's initials", () => {
  it('makes the acronym the proposal, the title lead its alias', () => {
    const items = [item('Gradient-Boosting RL', 'acronym', { surface: 'GBRL' })];
    expect(acronymOfTitle(items, 'Gradient Boosting Reinforcement Learning for Control')).toBe(true);
    expect([items[0]!.role, items[0]!.extraAliases]).toEqual([
      'proposed',
      ['Gradient Boosting Reinforcement Learning'],
    ]);
  });

  it('rejects an acronym the initials do not spell, and a proposal already named', () => {
    expect(
      acronymOfTitle(
        [item('Foo Bar RL', 'acronym', { surface: 'FBR' })],
        'Gradient Boosting Reinforcement Learning',
      ),
    ).toBe(false);
    const named = [
      item('GBX', 'propose-cue', { role: 'proposed' }),
      item('Gradient-Boosting RL', 'acronym', { surface: 'GBRL' }),
    ];
    expect(acronymOfTitle(named, 'Gradient Boosting Reinforcement Learning')).toBe(false);
  });
});

describe("rule: a proposal's name without its modifier", () => {
  const abstract = (text: string) => ({ field: 'abstract' as const, text, sentences: splitSentences(text) });

  it('finds "low-density separation" that "Deep Low-Density Separation" varies', () => {
    const text = 'Low-density separation is classic. We apply low-density separation to deep networks.';
    const found = baseNames(
      lexicon,
      [item('Deep Low-Density Separation', 'title', { role: 'proposed' })],
      abstract(text),
    );
    expect(found.map((i) => [i.name, text.slice(i.start, i.end)])).toEqual([
      ['Low-Density Separation', 'Low-density separation'],
      ['Low-Density Separation', 'low-density separation'],
    ]);
  });

  it('rejects a first word that makes no version, and base words written only inside the full name', () => {
    const text = 'Optimal Regret Bounds hold. We prove regret bounds.';
    expect(
      baseNames(lexicon, [item('Optimal Regret Bounds', 'title', { role: 'proposed' })], abstract(text)),
    ).toEqual([]);
    const inside = 'We present Deep Low-Density Separation and test Deep Low-Density Separation.';
    expect(
      baseNames(
        lexicon,
        [item('Deep Low-Density Separation', 'title', { role: 'proposed' })],
        abstract(inside),
      ),
    ).toEqual([]);
  });
});
