import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../ingest/extract/index.ts';
import { splitSentences } from '../../../../ingest/extract/sentences.ts';
import { tokenize } from '../../../../ingest/extract/tokens.ts';
import { nestingFeatures, shape } from '../../../../ingest/extract/model/features.ts';
import type { Candidate } from '../../../../ingest/extract/model/features.ts';
import type { Item } from '../../../../ingest/extract/items.ts';
import { loadModel } from '../../../../ingest/extract/model/index.ts';
import { predict, scorer, train } from '../../../../ingest/extract/model/logreg.ts';
import { findPhrases } from '../../../../ingest/extract/model/phrases.ts';
import { findTitlePurpose } from '../../../../ingest/extract/model/task-cues.ts';
import { labelsOf, scoreKey } from '../../../../ingest/extract/model/train.ts';
import type { Merged } from '../../../../ingest/extract/merge.ts';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';
import type { Extraction } from '../../../../ingest/types.ts';

const extract = createExtractor(loadLexicon(), loadModel());
const said = (e: Extraction) =>
  e.mentions.map((m) => `${m.kind}${m.role === 'proposed' ? '+' : ''}:${m.name}`).sort();

describe('the committed model decides what each candidate is', () => {
  it.each([
    [
      'We propose FooNet, a graph neural network for node classification. We evaluate it on Cora and Citeseer.',
      [
        'dataset:Citeseer',
        'dataset:Cora',
        'method+:FooNet',
        'method:Graph Neural Network',
        'task:node classification',
      ],
    ],
    [
      'Experiments on ImageNet and CIFAR-10 show that our method outperforms ResNet-50.',
      ['dataset:CIFAR-10', 'dataset:ImageNet', 'method:ResNet-50'],
    ],
    // a rule's finding the model rejects: a setting, not a task (a measure such as "mean squared error" is not
    // pinned: the annotations themselves count it as a method once, and retrained models differ on it)
    ['Existing evaluations of zero-shot cross-lingual generalisability are limited.', []],
    // of two readings of one name, the model keeps the one the text spells out
    ['Neural language models (NLMs) are generative.', ['method:Neural language models']],
    // must find nothing
    ['We thank the reviewers for their helpful comments.', []],
    ['The results are significant and the approach is simple.', []],
  ])('%s', (abstract, expected) => {
    expect(said(extract({ title: '', abstract }))).toEqual(expected);
  });

  it("keeps one concept of a kind per name: a title's task guess decided into the method the lexicon names", () => {
    const e = extract({
      title: 'Explaining Predictions for Graph Neural Networks',
      abstract:
        'Graph neural networks are widely used. We propose FooX, an explainer for graph neural networks.',
    });
    expect(said(e)).toEqual(['method+:FooX', 'method:Graph Neural Network']);
  });

  it('keeps one reading of a widened phrase: never "tracking" beside "multi-person tracking"', () => {
    const widening = createExtractor(loadLexicon(), {
      ...loadModel(),
      widen: true,
      heads: ['tracking'],
      phraseThreshold: 0,
    });
    const e = widening({ title: '', abstract: 'We study multi-person tracking in crowded scenes.' });
    const names = e.mentions.map((m) => m.name);
    expect(names.filter((n) => /tracking$/.test(n))).toHaveLength(1);
  });

  it('does not widen when the committed model says so (the cross-validated choice)', () => {
    expect(loadModel().widen).toBe(false);
  });

  it('reports its probability as the evidence confidence', () => {
    const e = extract({ title: '', abstract: 'We evaluate on Cora.' });
    expect(e.mentions[0]!.evidence.confidence).toBeGreaterThan(0.5);
    expect(e.mentions[0]!.evidence.confidence).toBeLessThanOrEqual(1);
  });
});

describe('findPhrases: widened candidates', () => {
  const phrases = (text: string, heads: string[]) => {
    const field = { field: 'abstract' as const, text, sentences: splitSentences(text) };
    return findPhrases(tokenize(text), field, new Set(heads)).map((i) => i.surface);
  };

  it('proposes the trailing words of a noun phrase that ends in a known head', () => {
    expect(phrases('We improve multi-person tracking in videos.', ['tracking']).sort()).toEqual([
      'multi-person tracking',
      'person tracking',
      'tracking',
    ]);
  });

  it.each([
    ['a head the model has not seen end a name', 'We study the weather today.', ['tracking']],
    ['function words and opening adjectives', 'We propose a novel tracking of it.', ['tracking']],
    ['a verb opening the phrase', 'We then improve tracking.', ['tracking']],
    ['a capital only because it opens the sentence', 'Weather matters.', []],
  ])('rejects %s', (_, text, heads) => {
    expect(phrases(text, heads).filter((p) => p.split(/\s+/).length > 1 || p !== 'tracking')).toEqual([]);
  });

  it('proposes a capitalised name whatever its head', () => {
    expect(phrases('Samples come from Gibbs Sampling here.', [])).toContain('Gibbs Sampling');
  });
});

describe('findTitlePurpose: the task a title\'s "for" opens', () => {
  const purpose = (title: string) => {
    const field = {
      field: 'title' as const,
      text: title,
      sentences: [{ start: 0, end: title.length, text: title }],
    };
    return findTitlePurpose(tokenize(title), field).map((i) => [i.surface, i.kind, i.extractor]);
  };

  it.each([
    ['Barrier Frank-Wolfe for Marginal Inference', 'Marginal Inference'],
    ['Co-training for Policy Learning via Shared Views', 'Policy Learning'],
    ['Emergent Communication Pretraining for Few-Shot Machine Translation', 'Few-Shot Machine Translation'],
    ['A Loss for Ranking and a Loss for the Multi-Person Tracking', 'Multi-Person Tracking'],
  ])('proposes a task guess in %s', (title, task) => {
    expect(purpose(title)).toEqual([[task, 'task', 'title-purpose']]);
  });

  it.each([
    ['a title without "for"', 'Attention Is All You Need'],
    ['"for" ending the title', 'What Is Attention Good For'],
    ['"for" with no task after it', 'Neural Networks for Free'],
    ['"for" followed by a word that ends the phrase', 'Methods for, and with, Graphs'],
    ['a phrase longer than four words', 'Models for Very Long Noisy Multilingual Speech Recognition'],
  ])('rejects %s', (_, title) => {
    expect(purpose(title)).toEqual([]);
  });

  it('is only a guess: the rules alone do not propose it', () => {
    const rules = createExtractor(loadLexicon());
    const e = rules({ title: 'Barrier Frank-Wolfe for Marginal Inference', abstract: 'We study it.' });
    expect(e.mentions.map((m) => m.name)).not.toContain('Marginal Inference');
  });
});

describe('labelsOf: training labels', () => {
  const candidate = (name: string, extractor: string, aliases: string[] = []) =>
    ({ mention: { name, aliases }, items: [{ extractor }] }) as unknown as Merged;

  it('labels a widened phrase that names only what a rule already found as none', () => {
    const text = 'Graph neural networks (GNN models) use message passing.';
    const gold = {
      n: 1,
      title: '',
      methods_used: [
        { name: 'Graph Neural Network', aliases: ['GNN models'] },
        { name: 'message passing', aliases: [] },
      ],
    };
    const candidates = [
      candidate('Graph Neural Network', 'lexicon'),
      candidate('GNN models', 'phrase'), // the same concept again: a duplicate
      candidate('message passing', 'phrase'), // a concept no rule found
      candidate('use message', 'phrase'), // no concept
    ];
    expect(labelsOf(candidates, gold, text)).toEqual([1, 0, 1, 0]);
  });

  it('normalises names as the scorer does', () => {
    expect(scoreKey('The Graph-Neural Networks')).toBe(scoreKey('graph neural network'));
    expect(scoreKey('loss')).toBe('loss');
  });
});

describe('logistic regression', () => {
  const examples = [
    { features: ['a', 'x'], label: 0 },
    { features: ['a', 'y'], label: 0 },
    { features: ['b', 'x'], label: 1 },
    { features: ['b', 'y'], label: 1 },
  ];
  const options = { epochs: 50, rate: 0.5, l2: 0, seed: 1, minCount: 1 };

  it('learns a separable toy problem', () => {
    const m = scorer(train(['no', 'yes'], examples, options));
    expect(predict(m, ['a'])[0]).toBeGreaterThan(0.8);
    expect(predict(m, ['b'])[1]).toBeGreaterThan(0.8);
  });

  it('is deterministic: the same data and seed give the same weights', () => {
    expect(JSON.stringify(train(['no', 'yes'], examples, options))).toBe(
      JSON.stringify(train(['no', 'yes'], examples, options)),
    );
  });

  it('ignores features it has not seen', () => {
    const m = scorer(train(['no', 'yes'], examples, options));
    expect(predict(m, ['unseen'])).toEqual(predict(m, []));
  });
});

describe('shape', () => {
  it.each([
    ['ResNet-50', 'AaAa-0'],
    ['GNN', 'A'],
    ['node2vec', 'a0a'],
  ])('%s → %s', (word, expected) => expect(shape(word)).toBe(expected));
});

describe('nestingFeatures: a candidate inside a longer one of the paper', () => {
  const candidate = (name: string, kind: string, surface = name): Candidate => ({
    name,
    kind,
    role: 'used',
    items: [{ surface } as Item],
  });

  it('marks the inner name and the outer one, by kind, plurals folded', () =>
    expect(
      nestingFeatures([
        candidate('Language Model', 'method', 'language models'),
        candidate('large language models', 'method'),
        candidate('Cora', 'dataset'),
      ]),
    ).toEqual([['in-longer|k=method|method'], ['holds-shorter|k=method|method'], []]));

  it('reads whole words only: "GAN" is not inside "organ transplant"', () =>
    expect(nestingFeatures([candidate('GAN', 'method'), candidate('organ transplant', 'task')])).toEqual([
      [],
      [],
    ]));

  it('leaves the same name written twice alone', () =>
    expect(
      nestingFeatures([candidate('Transformer', 'method'), candidate('transformers', 'method')]),
    ).toEqual([[], []]));
});
