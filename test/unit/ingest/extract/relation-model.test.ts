import { describe, expect, it } from 'vitest';
import { createCandidateFinder } from '../../../../ingest/extract/index.ts';
import { decider, learnedRelations, loadModel } from '../../../../ingest/extract/model/index.ts';
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

  it('the committed model carries a relation model and its threshold', () => {
    const committed = loadModel();
    expect(committed.relations?.classes).toEqual([...RELATION_CLASSES]);
    expect(committed.relationThreshold).toBeGreaterThan(0);
  });
});
