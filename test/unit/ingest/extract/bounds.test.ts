import { describe, expect, it } from 'vitest';
import { createCandidateFinder, createExtractor } from '../../../../ingest/extract/index.ts';
import { SURE, boundsContext, otherBounds, rebound } from '../../../../ingest/extract/model/bounds.ts';
import { scorer } from '../../../../ingest/extract/model/logreg.ts';
import { wordPriors } from '../../../../ingest/extract/model/tagger.ts';
import { loadModel } from '../../../../ingest/extract/model/index.ts';
import { boundsExamples } from '../../../../ingest/extract/model/train.ts';
import type { GoldPaper } from '../../../../ingest/extract/model/train.ts';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';

const lexicon = loadLexicon();
const find = createCandidateFinder(lexicon);
const priors = wordPriors(lexicon);

/** the other bounds of the first place `name` is written in `abstract`, as "op:text" */
function boundsOf(abstract: string, name: string): string[] {
  const { readings } = find({ title: '', abstract });
  const start = abstract.indexOf(name);
  return otherBounds(readings[1]!, start, start + name.length).map((b) => `${b.op}:${b.text}`);
}

describe('otherBounds: the bounds a name could have where it is written', () => {
  it.each([
    // one name word more on either side
    ['We train multi-lingual BERT models.', 'BERT', ['L+1:multi-lingual BERT', 'R+1:BERT models']],
    // a lexicon match that ends inside a word is completed to the word
    ['We compare with GPT-3.5 on SQuAD.', 'GPT-3', ['W:GPT-3.5']],
    // one word more, never two more nor one less
    [
      'Our deep sparse Transformer encoder layers work.',
      'Transformer encoder',
      ['L+1:sparse Transformer encoder', 'R+1:Transformer encoder layers'],
    ],
    // a word run on over a missed full stop is no name to complete to
    ['We give a visual explanation.Experiments follow.', 'visual explanation', []],
    // must not grow over punctuation, function words or a sentence end
    ['Unlike the Transformer, it is small.', 'Transformer', []],
    ['It uses a network. Transformer layers follow.', 'Transformer', ['R+1:Transformer layers']],
    // a span that itself runs over a comma has no other bounds
    ['We use BERT, RoBERTa and others.', 'BERT, RoBERTa', []],
  ])('%s (%s)', (abstract, name, expected) => {
    expect(boundsOf(abstract, name)).toEqual(expected);
  });
});

describe('rebound: a kept concept takes the bounds the model prefers', () => {
  const abstract = 'We compare with GPT-3.5 and multi-lingual BERT on SQuAD.';
  /** the finder's candidates, all of them kept at `confidence` */
  const read = (text: string, confidence = 0.7) => {
    const { candidates, readings } = find({ title: '', abstract: text });
    const kept = candidates.map((m) => ({
      ...m,
      mention: { ...m.mention, evidence: { ...m.mention.evidence, confidence } },
    }));
    return { kept, context: boundsContext(lexicon, priors, readings, candidates, kept) };
  };
  const names = (text: string, model = takesWholeWords, threshold = 0.5, confidence = 0.7) => {
    const { kept, context } = read(text, confidence);
    return rebound(model, threshold, kept, context).map((m) => m.mention.name);
  };
  // stand-in models: any bound is taken with probability 0.05, a bound with a weighted feature more often
  const model = (weights: Record<string, number>) =>
    scorer({
      classes: ['keep', 'take'],
      weights: Object.fromEntries(Object.entries(weights).map(([f, w]) => [f, [0, w]])),
      bias: [1.5, -1.5],
    });
  // whole words ("GPT-3.5") with probability 0.95
  const takesWholeWords = model({ 'op=W': 6 });

  it('renames a concept to the bound it takes, with that bound as its only name and place', () => {
    expect(names(abstract)).toEqual(['GPT-3.5', 'BERT', 'SQuAD', 'multi-lingual BERT']);
    const { kept, context } = read(abstract);
    const gpt = rebound(takesWholeWords, 0.5, kept, context)[0]!;
    expect(gpt.mention.aliases).toEqual(['GPT-3.5']);
    expect(gpt.mention.origin).toBe('discovered');
    expect(gpt.occurrences.map((o) => abstract.slice(o.start, o.end))).toEqual(['GPT-3.5']);
  });

  it('keeps the bounds of a concept the decision model is sure of', () => {
    expect(names(abstract, takesWholeWords, 0.5, SURE)).toEqual([
      'GPT-3',
      'BERT',
      'SQuAD',
      'multi-lingual BERT',
    ]);
  });

  it('keeps the bounds when the model is not sure enough', () => {
    expect(names(abstract, takesWholeWords, 0.99)).toEqual(['GPT-3', 'BERT', 'SQuAD', 'multi-lingual BERT']);
  });

  it("never takes a kept concept's name: the decision model judged the two apart", () => {
    // a model that would take one more word on the left: "BERT" → "multi-lingual BERT", which is kept
    const growsLeft = model({ 'op=L+1': 6 });
    expect(names('We use multi-lingual BERT and BERT.', growsLeft)).toEqual(['BERT', 'multi-lingual BERT']);
  });

  it('takes the most probable of several bounds', () => {
    const prefersRight = model({ 'op=L+1': 4, 'op=R+1': 5 });
    expect(names('Our deep Transformer encoder is fast.', prefersRight)).toEqual(['Transformer encoder']);
  });
});

describe('boundsExamples: what the bounds model learns from an annotated paper', () => {
  const abstract = 'We train a multi-lingual BERT on WMT.';
  const examples = (gold: Partial<GoldPaper>) => {
    const { candidates, readings } = find({ title: '', abstract });
    const bert = candidates.filter((m) => m.mention.name === 'BERT');
    const context = boundsContext(lexicon, priors, readings, candidates, bert);
    return boundsExamples(
      bert.map((m) => ({ m, p: 0.7 })),
      context,
      { paper: { n: 1, title: '', abstract }, gold: { n: 1, title: '', ...gold } },
    ).map((e) => `${e.features[0]} ${e.label}`);
  };

  it('takes the annotated name when the candidate is no annotated name', () => {
    expect(examples({ methods_used: [{ name: 'multilingual BERT' }] })).toEqual(['op=L+1 1']);
  });

  it('keeps the bounds when the candidate is annotated as it stands, even beside a longer name', () => {
    expect(examples({ methods_used: [{ name: 'BERT' }, { name: 'multi-lingual BERT' }] })).toEqual([
      'op=L+1 0',
    ]);
  });

  it('learns nothing to take when no bound is an annotated name', () => {
    expect(examples({ datasets_used: [{ name: 'WMT' }] })).toEqual(['op=L+1 0']);
  });
});

describe('the committed bounds model', () => {
  const extract = createExtractor(lexicon, loadModel());
  const methods = (abstract: string) =>
    extract({ title: '', abstract })
      .mentions.filter((m) => m.kind === 'method')
      .map((m) => m.name);

  it.each([
    // a lexicon name cut short inside a word takes the word
    ['We compare against XLM-RoBERTa and mBERT.', ['Multilingual BERT', 'XLM-RoBERTa']],
    // must keep: "-based" describes the classifiers, it names no other model
    ['We fine-tune BERT-based classifiers on SST-2.', ['Fine-Tuning', 'BERT']],
    // must keep: the decision model is sure of it, and "units" adds nothing to the name
    ['We use Long Short-Term Memory units.', ['Long Short-Term Memory']],
  ])('%s', (abstract, expected) => {
    expect(methods(abstract)).toEqual(expected);
  });
});
