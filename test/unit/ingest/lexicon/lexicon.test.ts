import { describe, expect, it } from 'vitest';
import { buildLexicon, loadLexicon } from '../../../../ingest/lexicon/index.ts';
import { isGeneric } from '../../../../ingest/lexicon/generic.ts';

describe('loadLexicon', () => {
  const lexicon = loadLexicon();

  it('is memoised', () => {
    expect(loadLexicon()).toBe(lexicon);
  });

  it.each([
    ['BP', 'method', 'Backpropagation'],
    ['back-propagation', 'method', 'Backpropagation'],
    ['GNNs', 'method', 'Graph Neural Network'],
    ['k-NN', 'method', 'K-Nearest Neighbors'],
    ['forward-forward algorithm', 'method', 'Forward-Forward'],
    ['CIFAR10', 'dataset', 'CIFAR-10'],
    ['Node Classification', 'task', 'node classification'],
    ['backdoor attacks', 'task', 'backdoor attack'],
    ['Weisfeiler-Leman', 'method', 'Weisfeiler-Lehman Test'],
    ['doc2vec', 'method', 'Paragraph Vector'],
    ['ResNet56', 'method', 'ResNet-56'],
    ['few-shot classification', 'task', 'few-shot classification'],
    ['topic modelling', 'task', 'topic modeling'],
    ['AutoML', 'task', 'automated machine learning'],
    ['PU learning', 'task', 'positive-unlabeled learning'],
    ['natural language understanding', 'task', 'natural language understanding'],
    ['influence maximization', 'task', 'influence maximization'],
    ['transition-based dependency parsers', 'method', 'Transition-Based Parsing'],
    ['layer-wise relevance propagation', 'method', 'Layer-wise Relevance Propagation'],
    ['lottery tickets', 'method', 'Lottery Ticket Hypothesis'],
    ['classification heads', 'method', 'Classification Head'],
  ])('looks up %s as the %s %s', (surface, kind, name) => {
    expect(lexicon.lookup(surface).map((c) => [c.kind, c.name])).toContainEqual([kind, name]);
  });

  it.each([
    ['model'],
    ['neural networks'],
    ['deep learning'],
    ['Method'],
    ['a'],
    ['12'],
    ['computer vision'],
    ['NLP'],
    ['wide and deep'],
    ['unsupervised learning'],
    ['language'],
  ])('has no concept named %s', (surface) => {
    expect(lexicon.lookup(surface)).toEqual([]);
  });

  it('gives parents that are concepts of the same kind', () => {
    const gcn = lexicon.lookup('GCN').find((c) => c.kind === 'method');
    expect(gcn?.parents).toEqual(['Graph Neural Network']);
    const names = new Set(lexicon.concepts.map((c) => `${c.kind}:${c.name}`));
    const dangling = lexicon.concepts.flatMap((c) => c.parents.filter((p) => !names.has(`${c.kind}:${p}`)));
    expect(dangling).toEqual([]);
  });

  it('derives task parents from task names', () => {
    const task = lexicon.lookup('multi-label text classification').find((c) => c.kind === 'task');
    expect(task?.parents).toEqual(['text classification']);
  });

  it('enriches a core concept with its Papers with Code entry', () => {
    const gcn = lexicon.lookup('Graph Convolutional Network')[0];
    expect(gcn?.pwcId).toBe('method/gcn');
    expect(gcn?.description).toBeTruthy();
  });
});

describe('buildLexicon', () => {
  it('lets the core win a name that the lists give to another concept', () => {
    const core = [
      { kind: 'method' as const, name: 'Backpropagation', aliases: ['BP'], categories: [], parents: [] },
    ];
    const pwc = [
      { kind: 'method' as const, name: 'Belief Propagation', aliases: ['BP'], categories: [], parents: [] },
    ];
    const lexicon = buildLexicon(core, pwc);
    expect(lexicon.lookup('BP').map((c) => c.name)).toEqual(['Backpropagation']);
    expect(lexicon.lookup('belief propagation').map((c) => c.aliases)).toEqual([[]]);
  });
});

describe('isGeneric', () => {
  it.each([
    ['Neural Networks', true],
    ['deep-learning', true],
    ['DNNs', true],
    ['framework', true],
    ['graph neural network', false],
    ['Transformer', false],
  ])('%s → %s', (name, generic) => expect(isGeneric(name)).toBe(generic));
});
