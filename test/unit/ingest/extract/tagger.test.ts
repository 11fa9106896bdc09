import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';
import { createCandidateFinder, lexiconHits, paperFields } from '../../../../ingest/extract/index.ts';
import { loadModel } from '../../../../ingest/extract/model/index.ts';
import {
  TAGS,
  goldTags,
  taggedItem,
  tagger,
  trainTagger,
  wordPriors,
} from '../../../../ingest/extract/model/tagger.ts';
import type { TaggedField } from '../../../../ingest/extract/model/tagger.ts';
import { wordsOf } from '../../../../ingest/extract/tokens.ts';

const lexicon = loadLexicon();
const priors = wordPriors(lexicon);
const hitsOf = lexiconHits(lexicon);
const abstract = (text: string) => paperFields({ title: '', abstract: text })[1];
const tagsOf = (text: string, names: TaggedField['names']) =>
  goldTags(wordsOf(text, 0), names).map((t) => TAGS[t]);

describe('goldTags: the annotated names projected onto the words', () => {
  it('finds each written form as whole words, case and a plural s aside, longest first', () => {
    expect(
      tagsOf('We train Graph Neural Networks on Cora.', [
        { kind: 'method', surface: 'neural network' },
        { kind: 'method', surface: 'graph neural network' },
        { kind: 'dataset', surface: 'Cora' },
      ]),
    ).toEqual(['O', 'O', 'B-method', 'I-method', 'I-method', 'O', 'B-dataset']);
  });

  it('tags no part of a word and nothing that is not written', () => {
    expect(
      tagsOf('Coral reefs and ImageNet-style data.', [
        { kind: 'dataset', surface: 'Cora' },
        { kind: 'dataset', surface: 'ImageNet' },
      ]),
    ).toEqual(['O', 'O', 'O', 'O', 'O']);
  });
});

describe('trainTagger and tagger: a name read from the words around it', () => {
  // made-up names in two general contexts; the test sentence uses names never seen in training
  const names = ['Vorpal', 'Quibble', 'Snark', 'Jubjub', 'Tumtum', 'Borogove', 'Mimsy', 'Bandersnatch'];
  const fields: TaggedField[] = names.flatMap((name, i) => [
    {
      field: abstract(
        `Experiments on the ${name} benchmark show gains. We also report results on the ${names[(i + 1) % 8]} benchmark.`,
      ),
      hits: [],
      names: [names[i]!, names[(i + 1) % 8]!].map((surface) => ({
        kind: 'dataset' as const,
        proposed: false,
        surface,
      })),
    },
    {
      field: abstract(`The weather was fine and the talk was long. Nothing here names a thing ${i}.`),
      hits: [],
      names: [],
    },
  ]);
  const settings = { epochs: 8, seed: 11, minCount: 1 };

  it('tags an unseen name in a context it learned, and nothing in plain prose', () => {
    const t = tagger(trainTagger(fields, priors, settings), priors);
    const read = (text: string) => t.tag(abstract(text), []).map((s) => [s.kind, s.text]);
    expect(read('Experiments on the Frabjous benchmark show gains.')).toEqual([['dataset', 'Frabjous']]);
    expect(read('The weather was fine and the talk was long.')).toEqual([]);
  });

  it('trains to the same weights from the same fields and seed', () => {
    expect(trainTagger(fields, priors, settings)).toEqual(trainTagger(fields, priors, settings));
  });
});

describe('taggedItem: a tagged span as a candidate', () => {
  const span = { kind: 'method' as const, start: 3, end: 9, text: 'Quaffle' };
  it('is a used concept of its kind, below every rule in confidence, surer with a larger margin', () => {
    const weak = taggedItem({ ...span, margin: -20 }, 'abstract');
    const strong = taggedItem({ ...span, margin: 20 }, 'abstract');
    expect([weak.kind, weak.role, weak.extractor, weak.name]).toEqual([
      'method',
      'used',
      'tagger',
      'Quaffle',
    ]);
    expect(weak.confidence).toBeGreaterThanOrEqual(0.1);
    expect(strong.confidence).toBeLessThanOrEqual(0.3);
    expect(strong.confidence).toBeGreaterThan(weak.confidence);
  });
});

describe('the committed tagger', () => {
  const model = loadModel();
  const t = tagger(model.tagger!, priors);
  const read = (text: string) => {
    const f = abstract(text);
    return t.tag(f, hitsOf(f)).map((s) => [s.kind, s.text]);
  };

  it('reads names no lexicon knows from their context', () => {
    expect(
      read('Experiments on the Zorblax dataset show that our method outperforms prior work.'),
    ).toContainEqual(['dataset', 'Zorblax dataset']);
    expect(read('We propose Quaffle, a graph pruning method for link prediction.')).toContainEqual([
      'method',
      'Quaffle',
    ]);
  });

  it('refuses a model file trained with other tags', () => {
    expect(() => tagger({ ...model.tagger!, tags: ['O', 'B-x', 'I-x'] }, priors)).toThrow(/tags/);
  });

  it('reads the same after its word cache is cleared as a fresh tagger does', () => {
    const texts = [
      'We propose Quaffle, a graph pruning method for link prediction.',
      'Experiments on the Zorblax dataset show that our method outperforms prior work.',
      'Our Blibber network beats transformers on machine translation benchmarks.',
    ];
    const spans = (tg: typeof t, text: string) => {
      const f = abstract(text);
      return tg.tag(f, hitsOf(f)).map((s) => [s.kind, s.text, s.margin]);
    };
    // room for one sentence's words: every sentence clears what the one before it summed
    const small = tagger(model.tagger!, priors, 16);
    for (const text of [...texts, ...texts]) expect(spans(small, text)).toEqual(spans(t, text));
  });

  it('tags nothing in a sentence that names nothing', () => {
    expect(read('The weather was pleasant and the results were good overall.')).toEqual([]);
  });

  it("gives the candidate finder its spans as the 'tagger' finder's items, which the rules alone never propose", () => {
    const text = {
      title: 'A study',
      abstract: 'We propose Quaffle, a graph pruning method for link prediction.',
    };
    const finders = (withTagger: boolean) =>
      createCandidateFinder(lexicon, {
        titlePurpose: false,
        heads: undefined,
        ...(withTagger ? { tagger: t } : {}),
      })(text).candidates.flatMap((m) => m.items.map((i) => i.extractor));
    expect(finders(true)).toContain('tagger');
    expect(finders(false)).not.toContain('tagger');
  });
});
