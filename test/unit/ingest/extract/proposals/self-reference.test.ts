import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../../../ingest/extract/acronyms.ts';
import { findSelfReferences } from '../../../../../ingest/extract/proposals/self-reference.ts';
import { splitSentences } from '../../../../../ingest/extract/sentences.ts';
import { loadLexicon } from '../../../../../ingest/lexicon/index.ts';

const lexicon = loadLexicon();
const references = (text: string) =>
  findSelfReferences(lexicon, text, splitSentences(text), findAcronyms(text)).map(
    (c) => `${c.kind}:${c.name} (${c.extractor})`,
  );

describe('findSelfReferences: the paper names its own proposal outside a proposing sentence', () => {
  it.each([
    ['The proposed method CompoundGrow speeds up training by 73%.', ['method:CompoundGrow (propose-cue)']],
    ['Results show that our proposed SentiX beats the baselines.', ['method:SentiX (propose-cue)']],
    ['On AlpacaEval, our approach, SymNoise, scores 69%.', ['method:SymNoise (propose-cue)']],
    ['The best function, which we name Swish, works better than ReLU.', ['method:Swish (naming-cue)']],
    ['Training is cheaper with this loss; we call it AdvLoss.', ['method:AdvLoss (naming-cue)']],
    [
      'Experiments on the benchmark, which we call WikiQA-Hard, show gains.',
      ['dataset:WikiQA-Hard (naming-cue)'],
    ],
    [
      'We then improve diversity via a new generation procedure called Diversity Threshold Generation.',
      ['method:Diversity Threshold Generation (naming-cue)'],
    ],
    ['A novel framework named DeepX is proposed for this task.', ['method:DeepX (naming-cue)']],
  ])('%s', (text, cues) => expect(references(text)).toEqual(cues));

  it('names nothing where no name-like word follows', () => {
    expect(references('The proposed method outperforms all baselines.')).toEqual([]);
    expect(references('Our model, trained on 1% of the data, matches BERT.')).toEqual([]);
    expect(references('Our proposed approach, which we call simple, is fast.')).toEqual([]);
    expect(references('We compare against the method proposed by Smith et al.')).toEqual([]);
    // something new named in a proposing sentence is the naming rule's; a name must follow "called"
    expect(references('We propose a new method called FooNet.')).toEqual([]);
    expect(references('Prior work used a new algorithm called by the server.')).toEqual([]);
    // only something new: an old thing named is no proposal
    expect(references('Prior work used an algorithm called FastONL.')).toEqual([]);
  });
});
