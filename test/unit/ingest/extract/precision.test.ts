import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../ingest/extract/index.ts';
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

describe('extractPaper: modifiers that do not start a name', () => {
  it.each([
    // a name does not start inside a hyphenated word
    ['It is as expressive as the 3-dimensional Weisfeiler-Leman test.', ['Weisfeiler-Lehman Test']],
    // verbs of use, prepositions and words that only finish the modifier before them
    ['We utilize generative models to craft triggers.', ['Generative Model']],
    ['Each layer uses a winner-take-all style activation function.', ['Winner-Take-All']],
    ['It improves over big-size Evolved Transformers.', ['Evolved Transformer']],
    ['The gains over vanilla DQN are large.', ['Deep Q-Network']],
    // the state a model is used in is no kind of it
    ['We train a learnable linear classifier on a frozen PTM.', ['Linear Classifier']],
    ['A frozen BERT encoder is probed.', ['BERT']],
    // naming modifiers still make a variant
    ['We use recurrent graph neural networks.', ['Graph Neural Network', 'recurrent graph neural networks']],
  ])('%s → methods %j', (abstract, expected) => {
    expect(names(run(abstract), 'method')).toEqual([...expected].sort());
  });
});

describe('extractPaper: defined terms that are no methods', () => {
  it.each([
    ['Neural Collapse (NC) appears at the end of training.'],
    ['The class means form an Equiangular Tight Frame (ETF).'],
    ['The labels form a directed acyclic graph (DAG).'],
    ['Models support data-centric decision-making and graph learning in e-commerce.'],
    ['We propose a new learning paradigm.'],
  ])('%s → nothing', (abstract) => {
    expect(run(abstract).mentions).toEqual([]);
  });

  it('keeps a method defined with a hyphenated short form as one concept', () => {
    const e = run(
      'We build on higher-order linear-chain conditional random fields (HO-LC-CRFs). HO-LC-CRFs are fast.',
    );
    const crf = e.mentions.filter((m) => m.aliases.includes('HO-LC-CRFs'));
    expect(crf.map((m) => m.aliases.sort())).toEqual([
      ['HO-LC-CRFs', 'higher-order linear-chain conditional random fields'],
    ]);
  });

  it.each([
    ['We propose Residual Graph Networks (RG-Nets). RG-Nets beat GCNs.', ['RG-Nets']],
    ['We propose the Stochastic Gradient Tree (SG-Tree).', ['SG-Tree']],
  ])('%s → proposes %j', (abstract, expected) => {
    expect(names(run(abstract), 'method', 'proposed')).toEqual(expected);
  });
});

describe('extractPaper: dataset names', () => {
  it.each([
    // a short form defined as something else names no dataset
    ['Network Intrusion Detection Systems (NIDS) matter. We test on three NIDS datasets.', []],
    ['We test on the CIFAR-10 dataset.', ['CIFAR-10']],
    // a known dataset written only with a version attached is used as that version
    ['Results on the CoNLL-03 and OntoNotes datasets improve.', ['CoNLL-03', 'OntoNotes']],
    [
      'We use CoNLL. Results on the CoNLL-03 and OntoNotes datasets improve.',
      ['CoNLL', 'CoNLL-03', 'OntoNotes'],
    ],
    ['Results on the IJB-C 1 and MegaFace datasets improve.', ['IJB-C', 'IJB-C 1', 'MegaFace']],
  ])('%s → datasets %j', (abstract, expected) => {
    expect(names(run(abstract), 'dataset')).toEqual([...expected].sort());
  });
});

describe('extractPaper: title leads', () => {
  it.each([
    ['Large-scale Pre-trained Models are Surprisingly Strong in Novel Class Discovery', []],
    ['Gramian Attention Heads are Strong yet Efficient Vision Learners', ['Gramian Attention Heads']],
  ])('%s → proposes %j', (title, expected) => {
    const e = run('We introduce a novel architecture design.', title);
    expect(names(e, 'method', 'proposed')).toEqual(expected);
  });
});
