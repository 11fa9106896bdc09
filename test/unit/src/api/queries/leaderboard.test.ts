import { describe, expect, it } from 'vitest';
import { topConceptsStatement } from '../../../../../src/api/queries/facets.ts';
import { matchPapers, paperMatchLines } from '../../../../../src/api/queries/find-papers.ts';
import {
  chooseRanking,
  explainRanking,
  matchResults,
  pageStatement,
  tallyStatement,
} from '../../../../../src/api/queries/leaderboard.ts';

const tally = (metric: string, unit: string, results: number, higher = results) => ({
  metric,
  unit,
  results,
  higher,
});

describe('chooseRanking', () => {
  const tallies = [
    tally('accuracy', 'percent', 5),
    tally('accuracy', 'points', 2),
    tally('error rate', 'percent', 6, 0),
    tally('bleu', 'number', 1),
  ];

  it('without a metric takes the most reported one over all its units, then its most common unit', () => {
    // accuracy has 7 results in two units, error rate 6 in one
    expect(chooseRanking(tallies, null)).toEqual({
      metric: 'accuracy',
      unit: 'percent',
      higherIsBetter: true,
      results: 5,
      otherUnits: [{ unit: 'points', results: 2 }],
    });
  });

  it('takes the metric asked for, and its direction from what most of its results state', () => {
    expect(chooseRanking(tallies, 'error rate')).toMatchObject({ unit: 'percent', higherIsBetter: false });
    expect(chooseRanking([tally('f1', 'percent', 3, 1)], 'f1')).toMatchObject({ higherIsBetter: false });
    expect(chooseRanking([tally('f1', 'percent', 4, 2)], 'f1')).toMatchObject({ higherIsBetter: true });
  });

  it('never ranks units together: ties between units go to the first by name, the other is reported', () => {
    expect(
      chooseRanking([tally('speedup', 'times', 2), tally('speedup', 'relative', 2)], null),
    ).toMatchObject({
      unit: 'relative',
      results: 2,
      otherUnits: [{ unit: 'times', results: 2 }],
    });
  });

  it('is null when nothing matches', () => {
    expect(chooseRanking(tallies, 'perplexity')).toBeNull();
    expect(chooseRanking([], null)).toBeNull();
  });
});

describe('explainRanking', () => {
  it('says what is ranked, how, whether the metric was chosen, and what other units were left out', () => {
    const ranking = chooseRanking([tally('accuracy', 'percent', 3), tally('accuracy', 'points', 1)], null)!;
    expect(explainRanking(ranking, false, 'on Cora')).toBe(
      '3 accuracy results (the most reported metric) on Cora, in percent, ranked with higher is better. ' +
        'Not ranked with them, being in other units: 1 in points.',
    );
    expect(explainRanking({ ...ranking, results: 1, otherUnits: [] }, true, 'for machine translation')).toBe(
      '1 accuracy result for machine translation, in percent, ranked with higher is better.',
    );
  });
});

describe('leaderboard and topConcepts Cypher', () => {
  it('tallies and pages results on a dataset, for a task, and for both', () => {
    for (const [dataset, task] of [
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const match = matchResults(dataset, task);
      expect(tallyStatement(match)).toMatchSnapshot();
      expect(pageStatement(match, 'DESC')).toMatchSnapshot();
    }
    expect(pageStatement(matchResults(true, false), 'ASC')).toContain('ORDER BY r.value ASC');
  });

  it("counts concepts over findPapers's own filter match", () => {
    const match = matchPapers(
      [
        {
          kind: 'tasks',
          name: 'node classification',
          resolved: [],
          ids: ['task:node-classification'],
          cost: 50,
        },
        { kind: 'datasets', name: 'Cora', resolved: [], ids: ['dataset:cora'], cost: 90 },
      ],
      null,
    )!;
    const statement = topConceptsStatement('method', paperMatchLines(match));
    expect(statement).toContain('MATCH (x:Task) WHERE x.id IN $c0');
    expect(statement).toMatchSnapshot();
  });
});
