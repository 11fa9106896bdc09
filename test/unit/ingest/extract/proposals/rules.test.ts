import { describe, expect, it } from 'vitest';
import { acronymAfterVerb } from '../../../../../ingest/extract/proposals/acronym.ts';
import { bareVerb } from '../../../../../ingest/extract/proposals/bare-verb.ts';
import { coinedAfterHead } from '../../../../../ingest/extract/proposals/coined-after-head.ts';
import { hyphenatedApposition } from '../../../../../ingest/extract/proposals/hyphenated-apposition.ts';
import { laterNovel } from '../../../../../ingest/extract/proposals/later-novel.ts';
import { leadingNounPhrase } from '../../../../../ingest/extract/proposals/leading-phrase.ts';
import { nameAfterVerb } from '../../../../../ingest/extract/proposals/name-after-verb.ts';
import { naming } from '../../../../../ingest/extract/proposals/naming.ts';
import { setPhrase } from '../../../../../ingest/extract/proposals/set-phrase.ts';
import { propose } from './propose.ts';

describe('proposal rule: naming verb', () => {
  it.each([
    ['We propose a method called FastONL for graphs.', ['method:FastONL (naming-cue)']],
    ['We release a new dataset named WikiVitals.', ['dataset:WikiVitals (naming-cue)']],
    ['We propose a model, which we call memory networks, for QA.', ['method:memory networks (naming-cue)']],
  ])('%s', (text, cues) => expect(propose(text, [naming])).toEqual(cues));

  it('rejects a naming verb in a sentence that proposes nothing', () =>
    expect(propose('Prior work used a method called FastONL.', [naming])).toEqual([]));
});

describe('proposal rule: name after the verb', () => {
  it.each([
    ['We propose PathNN, a new architecture.', ['method:PathNN (propose-cue)']],
    ['We introduce Path Neural Networks for graphs.', ['method:Path Neural Networks (propose-cue)']],
    // a name that ends in a known method, closed by the apposition
    ['We introduce Highway backpropagation, a new rule.', ['method:Highway backpropagation (propose-cue)']],
    ['We present WikiVitals, a benchmark of articles.', ['dataset:WikiVitals (propose-cue)']],
    // plain words closed by an apposition, or ending in a head noun, belong to the name
    [
      'We present Kronecker conditioning, a general approach.',
      ['method:Kronecker conditioning (propose-cue)'],
    ],
    ['We design a Siamese network which encodes orientation.', ['method:Siamese network (propose-cue)']],
    [
      'We introduce a Dirichlet-multinomial belief model for agents.',
      ['method:Dirichlet-multinomial belief model (propose-cue)'],
    ],
  ])('%s', (text, cues) => expect(propose(text, [nameAfterVerb])).toEqual(cues));

  it('leaves out words after the name that are no part of it', () => {
    expect(propose('We propose PathNN for graphs, a new architecture.', [nameAfterVerb])).toEqual([
      'method:PathNN (propose-cue)',
    ]);
    expect(propose('We propose FooNet to learn the model.', [nameAfterVerb])).toEqual([
      'method:FooNet (propose-cue)',
    ]);
  });

  it('rejects lower-case words after the verb', () =>
    expect(propose('We propose simple tricks for training.', [nameAfterVerb])).toEqual([]));

  it('joins a lone adjective to the name after "and"', () => {
    expect(propose('We propose eXplainable and eXplicit Neural Modules (XNMs).', [nameAfterVerb])).toEqual([
      'method:eXplainable and eXplicit Neural Modules (propose-cue)',
    ]);
    expect(
      propose('We propose a novel approach called Generation-Augmented and Embedding Fusion.', [naming]),
    ).toEqual(['method:Generation-Augmented and Embedding Fusion (naming-cue)']);
  });

  it('keeps two names apart, and an adjective before a one-word name', () => {
    expect(propose('We propose ForwardGNN and GraphSAGE-X for graphs.', [nameAfterVerb])).toEqual([
      'method:ForwardGNN (propose-cue)',
    ]);
    expect(propose('We propose Recursive and FooNet for graphs.', [nameAfterVerb])).toEqual([
      'method:Recursive (propose-cue)',
    ]);
  });
});

describe('proposal rule: hyphenated apposition', () => {
  it('one hyphenated word set off by ", an …"', () =>
    expect(
      propose('We introduce back-training, an alternative to self-training.', [hyphenatedApposition]),
    ).toEqual(['method:back-training (propose-cue)']));

  it('rejects a hyphenated word without an apposition', () =>
    expect(propose('We introduce back-training for domain adaptation.', [hyphenatedApposition])).toEqual([]));
});

describe('proposal rule: coined word after a head noun', () => {
  it.each([
    ['We propose an approximate algorithm FastONL for ranking.', ['method:FastONL (propose-coined)']],
    ['We present an enhanced method, FreqBack, for attacks.', ['method:FreqBack (propose-coined)']],
  ])('%s', (text, cues) => expect(propose(text, [coinedAfterHead])).toEqual(cues));

  it('rejects a coined word after a word that is no head noun', () =>
    expect(propose('We propose to improve FastONL further.', [coinedAfterHead])).toEqual([]));
});

describe('proposal rule: acronym after the verb', () => {
  it('a coined short form is the name; an all-capital one abbreviates its long form', () => {
    expect(propose('We propose Path Neural Networks (PathNNs) for graphs.', [acronymAfterVerb])).toEqual([
      'method:PathNN (propose-acronym-head)',
    ]);
    expect(
      propose('We propose a method that uses a Graph Echo Network (GEN) for graphs.', [acronymAfterVerb]),
    ).toEqual(['method:Graph Echo Network (propose-acronym)']);
  });

  it('replaces the cue it overlaps', () =>
    expect(
      propose('We propose Path Neural Networks (PathNNs) for graphs.', [nameAfterVerb, acronymAfterVerb]),
    ).toEqual(['method:PathNN (propose-acronym-head)']));

  it('rejects a definition before the verb, and a later one once the proposal is named', () => {
    expect(propose('Graph Echo Networks (GENs) are old, and we propose a fix.', [acronymAfterVerb])).toEqual(
      [],
    );
    expect(
      propose('We present FooNet, a detector for Network Intrusion Detection Systems (NIDSs).', [
        nameAfterVerb,
        acronymAfterVerb,
      ]),
    ).toEqual(['method:FooNet (propose-cue)']);
  });
});

describe('proposal rule: set phrases', () => {
  it.each([
    [
      'We introduce the key notion of label non-uniformity for graphs.',
      ['method:label non-uniformity (propose-part)'],
    ],
    [
      'We propose to replace the usual features with sketched kernels.',
      ['method:sketched kernels (propose-part)'],
    ],
    [
      'We propose 1) feature subspaces flattening and 2) structural principal components.',
      [
        'method:feature subspaces flattening (propose-part)',
        'method:structural principal components (propose-part)',
      ],
    ],
  ])('%s', (text, cues) => expect(propose(text, [setPhrase])).toEqual(cues));

  it('rejects a list that does not open right after the verb, and one-word phrases', () => {
    expect(propose('We propose that: (1) models fail and (2) data helps.', [setPhrase])).toEqual([]);
    expect(propose('We introduce the notion of sparsity.', [setPhrase])).toEqual([]);
  });
});

describe('proposal rule: "with a novel …" later in the sentence', () => {
  it('names a further part, even after a name', () =>
    expect(
      propose('We propose FooNet and a novel clustering method for graphs.', [nameAfterVerb, laterNovel]),
    ).toEqual(['method:FooNet (propose-cue)', 'method:clustering method (propose-part)']));

  it('rejects a generic phrase', () =>
    expect(propose('We propose FooNet with a novel approach.', [laterNovel])).toEqual([]));
});

describe('proposal rule: leading noun phrase', () => {
  it('the noun phrase after the verb that ends in a head noun', () =>
    expect(propose('We propose a hybrid retrieval system for QA.', [leadingNounPhrase])).toEqual([
      'method:hybrid retrieval system (propose-phrase)',
    ]));

  it('ends the phrase where a participle opens what it holds', () => {
    expect(
      propose('We propose a novel triaffine mechanism including triaffine attention.', [leadingNounPhrase]),
    ).toEqual(['method:triaffine mechanism (propose-phrase)']);
    // a noun in -ing is part of the phrase
    expect(propose('We propose a graph clustering method.', [leadingNounPhrase])).toEqual([
      'method:graph clustering method (propose-phrase)',
    ]);
  });

  it('a generic phrase only marks that something is proposed', () =>
    expect(propose('We propose a novel approach to this problem.', [leadingNounPhrase])).toEqual([
      'method:approach (propose-generic)',
    ]));

  it('rejects a phrase with no head noun, and defers to an earlier name', () => {
    expect(propose('We propose several improvements to training.', [leadingNounPhrase])).toEqual([]);
    expect(
      propose('We propose PathNN, a hybrid retrieval system.', [nameAfterVerb, leadingNounPhrase]),
    ).toEqual(['method:PathNN (propose-cue)']);
  });
});

describe('proposal rule: bare verb', () => {
  it('marks a proposal without a phrase', () =>
    expect(propose('We propose to fill this gap.', [bareVerb])).toEqual(['method:to (propose-verb)']));

  it('rejects a sentence where something is named already', () =>
    expect(propose('We propose PathNN for graphs.', [nameAfterVerb, bareVerb])).toEqual([
      'method:PathNN (propose-cue)',
    ]));
});
