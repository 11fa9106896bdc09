import { describe, expect, it } from 'vitest';
import { createExtractor, toContractJson } from '../../../../ingest/extract/index.ts';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';

// the rules alone, as the candidate finders propose: what the model then decides is in model.test.ts
const extractPaper = createExtractor(loadLexicon());
import type { Extraction } from '../../../../ingest/types.ts';

const names = (e: Extraction, kind: string, role?: string): string[] =>
  e.mentions
    .filter((m) => m.kind === kind && (role === undefined || m.role === role))
    .map((m) => m.name)
    .sort();
const run = (abstract: string, title = '') => extractPaper({ title, abstract });

describe('extractPaper: mentions', () => {
  it.each([
    [
      'We fine-tune BERT on SQuAD for question answering.',
      { method: ['BERT', 'Fine-Tuning'], dataset: ['SQuAD'], task: ['question answering'] },
    ],
    [
      'Graph neural networks (GNNs) excel at node classification on Cora.',
      { method: ['Graph Neural Network'], dataset: ['Cora'], task: ['node classification'] },
    ],
    [
      'We compare a random forest, XGBoost and kNN on the Iris data.',
      { method: ['K-Nearest Neighbors', 'Random Forest', 'XGBoost'], dataset: [], task: [] },
    ],
    [
      'Results on MNIST, CIFAR-10 and CIFAR100 are reported.',
      { method: [], dataset: ['CIFAR-10', 'CIFAR-100', 'MNIST'], task: [] },
    ],
    [
      'We study backdoor attacks on a pre-trained model with DistMult.',
      { method: ['DistMult'], dataset: [], task: ['backdoor attack'] },
    ],
    [
      'Methods for computer vision and natural language processing use pre-trained weights.',
      { method: [], dataset: [], task: [] },
    ],
    ['We thank the reviewers.', { method: [], dataset: [], task: [] }],
    [
      'Deep neural networks are machine learning models trained with data.',
      { method: [], dataset: [], task: [] },
    ],
    ['Our framework is a novel approach to learning.', { method: [], dataset: [], task: [] }],
    ['', { method: [], dataset: [], task: [] }],
  ])('%s', (abstract, expected) => {
    const e = run(abstract);
    expect({ method: names(e, 'method'), dataset: names(e, 'dataset'), task: names(e, 'task') }).toEqual(
      expected,
    );
  });

  it.each([
    ['The parrot ran to the base of the tree.'],
    ['Charades were fun, and attention is what we pay to detail.'],
    ['αβγ ∑∞ (((  )) ;;; https:// ..'],
  ])('finds no dataset or method in plain English: %s', (abstract) => {
    const e = run(abstract);
    expect(e.mentions.filter((m) => m.kind !== 'task' && m.name !== 'Attention Mechanism')).toEqual([]);
  });

  it('keeps one concept per name with every surface form as an alias', () => {
    const e = run('Backpropagation (BP) is slow. We avoid back-propagation and BP entirely.');
    const bp = e.mentions.filter((m) => m.name === 'Backpropagation');
    expect(bp).toHaveLength(1);
    expect(bp[0]!.aliases.sort()).toEqual(['BP', 'Backpropagation', 'back-propagation']);
  });

  it('leaves "classification" out when a specific classification task is named', () => {
    expect(names(run('We study classification, in particular image classification.'), 'task')).toEqual([
      'image classification',
    ]);
  });
});

describe('extractPaper: discovery and roles', () => {
  it.each([
    ['We propose ForwardGNN, a new forward learning procedure for GNNs.', 'ForwardGNN'],
    ['In this paper we introduce a method called Mono-Forward for training.', 'Mono-Forward'],
    ['We present Path Neural Networks (PathNNs), a model that updates node representations.', 'PathNN'],
    [
      'Inspired by this, we design a GNN, namely Customized Graph Neural Network with Path Reweighting (CustomGNN for short).',
      'CustomGNN',
    ],
    ['We first prove a bound, then propose an approximate algorithm FastLoop for it.', 'FastLoop'],
    ['We analyze existing attacks and introduce an enhanced method, FreqTrick.', 'FreqTrick'],
    ['We describe a new class of learning models called memory networks.', 'Memory Network'],
  ])('%s → proposes %s', (abstract, name) => {
    expect(names(run(abstract), 'method', 'proposed')).toContain(name);
  });

  it('discovers a concept from an acronym definition and its later uses', () => {
    const e = run('We rely on Quantum Leaf Aggregation (QLA). QLA is cheap.');
    const qla = e.mentions.find((m) => m.name === 'Quantum Leaf Aggregation');
    expect(qla?.origin).toBe('discovered');
    expect(qla?.aliases).toEqual(['Quantum Leaf Aggregation', 'QLA']);
  });

  it('lets a definition in the text override the lexicon meaning of an acronym', () => {
    const e = run('We use Deep Feature Aggregation (DFA) throughout; DFA is simple.');
    expect(e.mentions.map((m) => m.name)).not.toContain('Direct Feedback Alignment');
    expect(e.mentions.map((m) => m.name)).toContain('Deep Feature Aggregation');
  });

  it('reads the proposed name from a title "X: …"', () => {
    const e = extractPaper({
      title: 'EvolveGCN: Evolving Graph Convolutional Networks for Dynamic Graphs',
      abstract: 'We use a GCN.',
    });
    expect(names(e, 'method', 'proposed')).toEqual(['EvolveGCN']);
    expect(e.relations.map((r) => [r.from, r.type, r.to])).toContainEqual([
      'EvolveGCN',
      'VARIANT_OF',
      'Graph Convolutional Network',
    ]);
  });

  it.each([
    [
      'Deep Gap Separation for Semi-Supervised Classification',
      'We introduce a novel hybrid method.',
      ['Deep Gap Separation'],
    ],
    ['Meta Pruning via Graph Metanetworks', 'We propose a novel approach to pruning.', ['Meta Pruning']],
    [
      'A Deep Hybrid Model for Recommendation',
      'We propose a new deep neural network architecture.',
      ['Deep Hybrid Model'],
    ],
    // no rows below name anything: a gerund, a task, an adjective, or no proposal at all
    ['Leveraging Label Noise for Node Classification', 'We propose a novel approach.', []],
    ['Semantic Image Inpainting With Deep Generative Models', 'We propose a novel method.', []],
    ['An Efficient and Provable Approach for Estimation', 'We propose a novel approach.', []],
    ['Deep Gap Separation for Semi-Supervised Classification', 'We study hybrid methods.', []],
  ])('names an unnamed proposal by the title: %s', (title, abstract, expected) => {
    expect(names(extractPaper({ title, abstract }), 'method', 'proposed')).toEqual(expected);
  });

  it('does not propose the subject of a survey title', () => {
    const e = extractPaper({
      title: 'Recurrent Neural Networks (RNNs): A gentle Introduction and Overview',
      abstract: '',
    });
    expect(names(e, 'method', 'proposed')).toEqual([]);
    expect(names(e, 'method', 'used')).toEqual(['Recurrent Neural Network']);
  });

  it.each([
    ['We introduce a new dataset named WikiVitals which contains Wikipedia articles.', 'WikiVitals'],
    ['We release PTMTorrent, a dataset of pre-trained model packages.', 'PTMTorrent'],
  ])('%s → introduces the dataset %s', (abstract, name) => {
    expect(names(run(abstract), 'dataset', 'proposed')).toEqual([name]);
  });

  it('finds datasets named by a cue', () => {
    expect(
      names(
        run('Experiments on the FooBar-7 dataset and the benchmarks such as QuxQA and ZedBench.'),
        'dataset',
      ),
    ).toEqual(['FooBar-7', 'QuxQA', 'ZedBench']);
  });
});

describe('extractPaper: relations', () => {
  const triples = (e: Extraction) => e.relations.map((r) => `${r.from} ${r.type} ${r.to}`);

  it.each([
    ['We propose ZapNet, an alternative to backpropagation.', 'ZapNet ALTERNATIVE_TO Backpropagation'],
    [
      'We propose ZapNet. ZapNet trains networks without backpropagation.',
      'ZapNet ALTERNATIVE_TO Backpropagation',
    ],
    ['We propose ZapNet, a backpropagation-free training rule.', 'ZapNet ALTERNATIVE_TO Backpropagation'],
    ['We propose ZapNet, which extends the Transformer to graphs.', 'ZapNet VARIANT_OF Transformer'],
    ['FF was recently proposed as an alternative to BP.', 'Forward-Forward ALTERNATIVE_TO Backpropagation'],
    [
      'We compare GCN and GAT with other GNNs.',
      'Graph Convolutional Network VARIANT_OF Graph Neural Network',
    ],
    // an approximation stands in for what it approximates
    [
      'We introduce ZapNet. ZapNet closely approximates BP on deep networks.',
      'ZapNet ALTERNATIVE_TO Backpropagation',
    ],
    [
      'We introduce Highway backpropagation, a parallel algorithm that approximates backpropagation.',
      'Highway backpropagation ALTERNATIVE_TO Backpropagation',
    ],
    // an alternative to nothing named is one to the method the abstract opens with
    [
      'Backpropagation is the standard. Hinton proposed the forward-forward algorithm, a promising alternative that trains layer by layer.',
      'Forward-Forward ALTERNATIVE_TO Backpropagation',
    ],
    [
      'Error backpropagation is biologically implausible. We propose ZapNet, a local rule for credit assignment. Our work offers an alternative mechanism of learning.',
      'ZapNet ALTERNATIVE_TO Backpropagation',
    ],
    ['We propose ZapNet, an alternative method to backpropagation.', 'ZapNet ALTERNATIVE_TO Backpropagation'],
    // what the field knows, once the paper names both
    [
      'We study direct feedback alignment. It trains transformers close to backpropagation.',
      'Direct Feedback Alignment ALTERNATIVE_TO Backpropagation',
    ],
  ])('%s → %s', (abstract, triple) => {
    expect(triples(run(abstract))).toContain(triple);
  });

  it('a title "X for <a way of learning>" makes the proposal an instance of it', () => {
    const e = extractPaper({
      title: 'Zap Auxiliary Network for Supervised Local Learning',
      abstract: 'We propose a Zap Auxiliary Network (ZAN) that links local blocks.',
    });
    expect(triples(e)).toContain('Zap Auxiliary Network VARIANT_OF Supervised Local Learning');
    // an architecture after "for" is what the proposal works on, not what it is
    const quantized = extractPaper({
      title: 'ZapRound for Quantization',
      abstract: 'We propose ZapRound, a rounding rule.',
    });
    expect(triples(quantized)).toEqual([]);
    const onGraphs = extractPaper({
      title: 'ZapExplainer for Graph Neural Networks',
      abstract: 'We propose ZapExplainer, which explains predictions.',
    });
    expect(triples(onGraphs)).not.toContain('ZapExplainer VARIANT_OF Graph Neural Network');
  });

  it.each([
    ['We thank the reviewers.'],
    ['GCN is fast.'],
    ['We train with backpropagation instead of nothing.'],
    ['We present ZapNet, a network that is unlike a convolutional neural network.'],
    // "approximate" as an adjective, and an alternative view rather than an alternative method
    ['We propose ZapNet for approximate backpropagation.'],
    // what is approximated here is the posterior; variational inference is the tool
    ['We propose ZapNet. We approximate the intractable posterior with variational inference.'],
    ['Backpropagation is standard. We propose ZapNet, which offers an alternative view of learning.'],
    // an alternative with nothing before it in the abstract has no target
    ['We propose ZapNet, a promising alternative that trains layer by layer.'],
    ['We study direct feedback alignment on transformers.'],
  ])('%s → no relation', (abstract) => {
    expect(run(abstract).relations).toEqual([]);
  });
});

describe('extractPaper: evidence', () => {
  it('points at the mention in the abstract and keeps its sentence', () => {
    const abstract = 'Graphs are everywhere. We train a graph convolutional network on Cora.';
    const e = run(abstract);
    for (const m of e.mentions) {
      expect(m.aliases).toContain(abstract.slice(m.evidence.start, m.evidence.end));
      expect(m.evidence.field).toBe('abstract');
      expect(m.evidence.sentence).toBe('We train a graph convolutional network on Cora.');
      expect(m.evidence.confidence).toBeGreaterThan(0);
    }
    expect(e.mentions.map((m) => m.name).sort()).toEqual(['Cora', 'Graph Convolutional Network']);
  });

  it('points into the title when the mention is there', () => {
    const title = 'Forward Learning of Graph Neural Networks';
    const gnn = extractPaper({ title, abstract: 'We study it.' }).mentions.find(
      (m) => m.name === 'Graph Neural Network',
    );
    expect(gnn?.evidence.field).toBe('title');
    expect(title.slice(gnn!.evidence.start, gnn!.evidence.end)).toBe('Graph Neural Networks');
  });
});

describe('extractPaper: code URLs', () => {
  it.each([
    ['Code: https://github.com/a/b.', ['https://github.com/a/b']],
    [
      'Code is at https://github.com/facebookresearch/forwardgnn{this http url}',
      ['https://github.com/facebookresearch/forwardgnn'],
    ],
    ['See (https://x.org/a_(b)), and http://y.io/c;', ['https://x.org/a_(b)', 'http://y.io/c']],
    ['No links here.', []],
  ])('%s', (abstract, urls) => expect(run(abstract).codeUrls).toEqual(urls));
});

describe('toContractJson', () => {
  it('produces the contract line shape', () => {
    const e = run(
      'We propose ZapNet, an alternative to backpropagation, evaluated on MNIST. Code: https://github.com/z/z',
    );
    const line = toContractJson({ id: 'n1', title: 'T' }, e) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual([
      'id',
      'title',
      'methods_proposed',
      'methods_used',
      'datasets_proposed',
      'datasets_used',
      'tasks',
      'relations',
      'code_urls',
      'results',
    ]);
    expect(line['methods_proposed']).toMatchObject([{ name: 'ZapNet', aliases: ['ZapNet'] }]);
    expect(line['methods_used']).toMatchObject([{ name: 'Backpropagation' }]);
    expect(line['datasets_used']).toMatchObject([{ name: 'MNIST' }]);
    expect(line['relations']).toMatchObject([
      { from: 'ZapNet', type: 'ALTERNATIVE_TO', to: 'Backpropagation' },
    ]);
    expect(line['code_urls']).toEqual(['https://github.com/z/z']);
  });
});

describe('extractPaper: patterns added for recall', () => {
  const triples = (e: Extraction) => e.relations.map((r) => `${r.from} ${r.type} ${r.to}`);
  const aliasesOf = (e: Extraction, name: string) => e.mentions.find((m) => m.name === name)?.aliases ?? [];

  it.each([
    // title, abstract, proposed methods
    [
      '',
      'We introduce Relational Graph Convolutional Networks (R-GCNs) for link prediction.',
      ['Relational Graph Convolutional Network'],
    ],
    ['', 'We propose ZapNet, which uses Graph Convolutional Networks (GCNs).', ['ZapNet']],
    [
      '',
      'This paper presents the ZapFlow framework, a novel approach for implementing Network Intrusion Detection Systems (NIDSs).',
      ['ZapFlow'],
    ],
    ['', 'We propose a novel framework, named Li_2, that captures three stages.', ['Li_2']],
    ['From Softmax to Zapmax: A Sparse Model of Attention', 'We study attention.', ['Zapmax']],
    [
      'Stochastic Backpropagation and Inference in Models',
      'We develop stochastic back-propagation for deep models.',
      ['Stochastic Backpropagation'],
    ],
    [
      'Multi-Relational Graph Transformer',
      'We propose to model all relations jointly.',
      ['Multi-Relational Graph Transformer'],
    ],
    // an apposition closes a name that ends in common words, but not in a kind noun
    ['', 'We introduce Highway backpropagation, a parallel algorithm.', ['Highway backpropagation']],
    ['', 'We introduce the Zap-Forward algorithm, a local rule.', ['Zap-Forward']],
    // nothing named: a title lead that varies no known method, or a reference back to the proposal
    ['Fast Algorithms for Sorting', 'We propose to sort faster.', []],
    ['', 'We present a theoretical framework for analyzing expressive power.', []],
    ['', 'Second, we present two applications of our framework.', []],
  ])('%s %s → proposes %j', (title, abstract, expected) => {
    expect(names(extractPaper({ title, abstract }), 'method', 'proposed')).toEqual(expected);
  });

  it.each([
    ['We design a biased random walk procedure.', 'biased random walk procedure', 'biased random walk', true],
    ['We propose an object detection framework.', 'object detection framework', 'object detection', false],
    [
      'We study online node classification on graphs.',
      'node classification',
      'online node classification',
      true,
    ],
    [
      'We improve existing node classification.',
      'node classification',
      'existing node classification',
      false,
    ],
    ['We can improve node classification.', 'node classification', 'improve node classification', false],
  ])('%s: %s has alias %s → %s', (abstract, name, alias, expected) => {
    expect(aliasesOf(run(abstract), name).includes(alias)).toBe(expected);
  });

  it.each([
    ['From Softmax to Zapmax: A Sparse Model', '', 'Zapmax ALTERNATIVE_TO Softmax'],
    [
      'Deep Gap Separation for Classification',
      'We introduce a novel hybrid method that applies gap separation to features.',
      'Deep Gap Separation VARIANT_OF Gap Separation',
    ],
    [
      'Zap Pruning via Metanetworks: A Meta Learning Framework for Pruning',
      'We propose a novel approach to pruning.',
      'Zap Pruning VARIANT_OF Meta-Learning',
    ],
  ])('%s %s → %s', (title, abstract, triple) => {
    expect(triples(extractPaper({ title, abstract }))).toContain(triple);
  });

  it.each([
    ['', 'We use smaller models instead of larger ones.'],
    ['', 'Our model contains a manifold rather than a finite set of emotions.'],
    ['', 'We use a GCN. Many GNNs exist.'],
    ['ZapPrompt: Unifying Pre-Training and Downstream Tasks', 'We propose ZapPrompt.'],
    ['Optimal Regret Bounds for Bandits', 'We propose to prove regret bounds.'],
  ])('%s %s → no relation', (title, abstract) => {
    expect(extractPaper({ title, abstract }).relations).toEqual([]);
  });

  it.each([
    [
      'Experiments on the MNIST,ILSVRC12,Zap144k and an8Flower datasets show gains.',
      ['Zap144k', 'an8Flower'],
    ],
    [
      "We evaluate on three datasets, i.e., WMT'14 English-German and WMT'14 English-French. Results improve.",
      ["WMT'14 English-French", "WMT'14 English-German"],
    ],
    ['Experiments on CoolSet, ZapBench and QuxQA show gains.', ['CoolSet', 'QuxQA', 'ZapBench']],
  ])('%s → datasets include %j', (abstract, expected) => {
    expect(names(run(abstract), 'dataset')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['We evaluate on English, German and French.'],
    ['The ZapSet dataset (v1) is available online.'],
    ['We introduce an open-source benchmark consisting of 15 regression tasks.'],
    ['Results on ZapBench alone are reported.'],
  ])('%s → no new dataset', (abstract) => {
    expect(names(run(abstract), 'dataset').filter((d) => d !== 'ZapSet')).toEqual([]);
  });

  it.each([
    [
      'Wide Networks Achieve Optimality for Classification',
      'We also study regression.',
      ['classification', 'regression'],
    ],
    ['', 'We study classification and regression.', ['regression']],
    ['', 'We study classification.', ['classification']],
  ])('%s %s → tasks %j', (title, abstract, expected) => {
    expect(names(extractPaper({ title, abstract }), 'task')).toEqual(expected);
  });

  it.each([
    ['We fine-tune pre-trained models with a new activation function.', ['Fine-Tuning']],
    ['We aim to reuse pre-trained models and to harness powerful Transformers.', ['Transformer']],
    ['ZapTex accuracy matches BART on this task.', ['BART']],
  ])('%s → methods %j', (abstract, expected) => {
    expect(names(run(abstract), 'method')).toEqual(expected);
  });
});

describe('extractPaper: proposals named in set phrases', () => {
  it.each([
    ['', 'We introduce the key notion of label smoothness, derived from distances.', ['label smoothness']],
    [
      '',
      'We propose to replace the usual features with sketched kernel embeddings and to combine them.',
      ['sketched kernel embeddings'],
    ],
    [
      '',
      'We propose 1) feature subspaces flattening and 2) structural principal components.',
      ['feature subspaces flattening', 'structural principal components'],
    ],
    [
      '',
      'We propose ZapNet and train it jointly with a novel clustering method.',
      ['ZapNet', 'clustering method'],
    ],
    ['', 'Our algorithm introduces a recognition model to represent posteriors.', ['recognition model']],
    ['', 'We bridge this gap by introducing ZapBoost, a framework for trees.', ['ZapBoost']],
    [
      'Gradient Boosting Reinforcement Learning',
      'We study Gradient-Boosting RL (GBRL) for control.',
      ['Gradient-Boosting RL'],
    ],
    [
      'Feature Expansion for Graph Neural Networks',
      'We propose 1) feature subspaces flattening and 2) structural principal components.',
      ['Feature Expansion', 'feature subspaces flattening', 'structural principal components'],
    ],
    // nothing proposed: a list that is not what the paper proposes, a known acronym, a one-word notion
    [
      '',
      'We show that these models implement three classifiers: (1) nearest neighbor and (2) majority vote.',
      [],
    ],
    [
      'Graph Neural Networks can Recover Features',
      'Graph Neural Networks (GNNs) are popular. We propose to study them.',
      [],
    ],
    ['', 'We introduce the notion of confidence.', []],
  ])('%s %s → proposes %j', (title, abstract, expected) => {
    expect(names(extractPaper({ title, abstract }), 'method', 'proposed')).toEqual([...expected].sort());
  });

  it('proposes a dataset, not a method, when the title says it is one', () => {
    const e = extractPaper({
      title: 'ZapGraph: A Large-Scale Database Graph',
      abstract: 'We present ZapGraph, built from tables.',
    });
    expect([names(e, 'dataset', 'proposed'), names(e, 'method', 'proposed')]).toEqual([['ZapGraph'], []]);
  });

  it.each([
    ['GNNs excel at node and graph classification tasks.', ['graph classification', 'node classification']],
    ['We study graph and classification.', ['classification']],
    ['We study cats and image classification.', ['image classification']],
  ])('%s → tasks %j (a head noun left out)', (abstract, expected) => {
    expect(names(run(abstract), 'task')).toEqual(expected);
  });
});
