import { describe, expect, it } from 'vitest';
import { createCandidateFinder } from '../../../../ingest/extract/index.ts';
import { decider, learnedRelations, loadModel, oneParent } from '../../../../ingest/extract/model/index.ts';
import type { ExtractionModel } from '../../../../ingest/extract/model/index.ts';
import { RELATION_CLASSES, methodPairs } from '../../../../ingest/extract/model/relation-pairs.ts';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';
import type { MethodRelation } from '../../../../ingest/types.ts';

const find = createCandidateFinder(loadLexicon());
const ABSTRACT =
  'We study Graph Convolutional Networks. We then apply Relational Graph Convolutional Networks to link prediction. ' +
  'Separately, an LSTM is trained.';
const { fields, candidates } = find({ title: '', abstract: ABSTRACT });
const methods = (names: string[]) => names.map((n) => candidates.find((c) => c.mention.name === n)!);

describe('methodPairs: the method pairs the relation model judges', () => {
  const pairs = methodPairs(candidates, fields).map((p) => [
    p.from.mention.name,
    p.to.mention.name,
    p.features,
  ]);

  it('pairs a name with the one it ends with, that way round only', () => {
    const named = (from: string, to: string) =>
      pairs.find(([f, t]) => f === from && t === to)?.[2] as string[];
    const [rgcn, gcn] = methods([
      'Relational Graph Convolutional Network',
      'Graph Convolutional Network',
    ]).map((m) => m.mention.name);
    expect(named(rgcn!, gcn!)).toContain('suffix');
    expect(named(gcn!, rgcn!)).toBeUndefined();
  });

  it('rejects two methods in different sentences whose names do not overlap', () =>
    expect(pairs.filter(([f, t]) => [f, t].includes('Long Short-Term Memory'))).toEqual([]));
});

describe('learnedRelations: what a relation model adds to the rules', () => {
  const model = (weights: Record<string, number[]>, threshold: number): ExtractionModel => ({
    ...loadModel(),
    relations: { classes: [...RELATION_CLASSES], weights, bias: [0, 0, 0] },
    relationThreshold: threshold,
  });
  const kept = methods(['Relational Graph Convolutional Network', 'Graph Convolutional Network']);

  it('states a relation for a pair whose probability reaches the threshold', () =>
    expect(
      learnedRelations(decider(model({ suffix: [0, 0, 5] }, 0.5), loadLexicon()), kept, fields, []).map(
        (r) => `${r.from} ${r.type} ${r.to} ${r.evidence.extractor}`,
      ),
    ).toEqual([
      'Relational Graph Convolutional Network VARIANT_OF Graph Convolutional Network relation-model',
    ]));

  it('rejects a pair below the threshold, and a pair the rules already relate either way round', () => {
    expect(
      learnedRelations(decider(model({ suffix: [0, 0, 5] }, 0.995), loadLexicon()), kept, fields, []),
    ).toEqual([]);
    const rule = {
      from: 'Graph Convolutional Network',
      type: 'ALTERNATIVE_TO',
      to: 'Relational Graph Convolutional Network',
    } as MethodRelation;
    expect(
      learnedRelations(decider(model({ suffix: [0, 0, 5] }, 0.5), loadLexicon()), kept, fields, [rule]),
    ).toEqual([]);
  });

  it('gives a method at most one parent: the more probable of two it reaches', () => {
    const found = find({
      title: '',
      abstract: 'We propose FooNet, a Graph Convolutional Network and Long Short-Term Memory hybrid.',
    });
    const pick = (n: string) => found.candidates.find((c) => c.mention.name === n)!;
    const three = [pick('FooNet'), pick('Graph Convolutional Network'), pick('Long Short-Term Memory')];
    // a proposal before either used method; the one further away (four words and more between) scores higher
    const weights = { 'pp=10': [0, 0, 2], 'gap=4|from-first': [0, 0, 1] };
    expect(
      learnedRelations(decider(model(weights, 0.5), loadLexicon()), three, found.fields, []).map(
        (r) => `${r.from} ${r.type} ${r.to}`,
      ),
    ).toEqual(['FooNet VARIANT_OF Long Short-Term Memory']);
  });
});

describe('oneParent: a method is a variant of one other', () => {
  // each relation as "FROM TYPE TO confidence"
  const relation = (written: string) => {
    const [from, type, to, confidence] = written.split(' ');
    return { from, type, to, evidence: { confidence: Number(confidence) } } as MethodRelation;
  };
  it.each([
    [
      'keeps the most probable parent of each method, and the first of equals',
      ['A VARIANT_OF B 0.3', 'A VARIANT_OF C 0.6', 'D VARIANT_OF B 0.2', 'D VARIANT_OF C 0.2'],
      ['A VARIANT_OF C', 'D VARIANT_OF B'],
    ],
    [
      'leaves alternatives alone, and a method that is the parent of several',
      ['A ALTERNATIVE_TO B 0.3', 'A ALTERNATIVE_TO C 0.6', 'A VARIANT_OF D 0.2', 'E VARIANT_OF D 0.9'],
      ['A ALTERNATIVE_TO B', 'A ALTERNATIVE_TO C', 'A VARIANT_OF D', 'E VARIANT_OF D'],
    ],
  ])('%s', (_, found, kept) =>
    expect(oneParent(found.map(relation)).map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(kept),
  );
});

describe('the committed relation model', () => {
  it('the committed model carries a relation model and its threshold', () => {
    const committed = loadModel();
    expect(committed.relations?.classes).toEqual([...RELATION_CLASSES]);
    expect(committed.relationThreshold).toBeGreaterThan(0);
  });
});
