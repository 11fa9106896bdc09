import { describe, expect, it } from 'vitest';
import { topConceptsStatement } from '../../../../../src/api/queries/facets.ts';
import { matchPapers } from '../../../../../src/api/queries/find-papers.ts';
import {
  chooseRanking,
  explainRanking,
  matchResults,
  rankPage,
  scanStatement,
  tally,
  type ScannedResult,
} from '../../../../../src/api/queries/leaderboard.ts';

const counted = (metric: string, unit: string, results: number, higher = results) => ({
  metric,
  unit,
  results,
  higher,
});

describe('chooseRanking', () => {
  const tallies = [
    counted('accuracy', 'percent', 5),
    counted('accuracy', 'points', 2),
    counted('error rate', 'percent', 6, 0),
    counted('bleu', 'number', 1),
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
    expect(chooseRanking([counted('f1', 'percent', 3, 1)], 'f1')).toMatchObject({ higherIsBetter: false });
    expect(chooseRanking([counted('f1', 'percent', 4, 2)], 'f1')).toMatchObject({ higherIsBetter: true });
  });

  it('never ranks units together: ties between units go to the first by name, the other is reported', () => {
    expect(
      chooseRanking([counted('speedup', 'times', 2), counted('speedup', 'relative', 2)], null),
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

const scanned = (id: string, value: number, over: Partial<ScannedResult> = {}): ScannedResult => ({
  id,
  metric: 'accuracy',
  unit: 'percent',
  value,
  confidence: 0.5,
  higherIsBetter: true,
  ...over,
});

describe('tally and rankPage', () => {
  const results = [
    scanned('a', 81.5),
    scanned('b', 84.2),
    scanned('c', 83),
    scanned('d', 1.5, { unit: 'points' }),
    scanned('e', 83, { confidence: 0.9 }),
    scanned('f', 3.1, { metric: 'error rate', higherIsBetter: false }),
    scanned('g', 4.5, { metric: 'error rate', higherIsBetter: false }),
  ];
  const accuracy = { metric: 'accuracy', unit: 'percent', higherIsBetter: true };

  it('counts results per metric and unit, and how many say higher is better', () => {
    expect(tally(results)).toEqual([
      { metric: 'accuracy', unit: 'percent', results: 4, higher: 4 },
      { metric: 'accuracy', unit: 'points', results: 1, higher: 1 },
      { metric: 'error rate', unit: 'percent', results: 2, higher: 0 },
    ]);
  });

  it('ranks one metric in one unit in its direction; ties go to the more confident, then the smaller id', () => {
    expect(rankPage(results, accuracy, null, 10).page.map((r) => r.id)).toEqual(['b', 'e', 'c', 'a']);
    const errors = { metric: 'error rate', unit: 'percent', higherIsBetter: false };
    expect(rankPage(results, errors, null, 10).page.map((r) => r.value)).toEqual([3.1, 4.5]);
    const tied = [scanned('y', 1), scanned('x', 1)];
    expect(rankPage(tied, accuracy, null, 10).page.map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('pages after a result id, counting the start over all pages, and refuses an id not in the ranking', () => {
    expect(rankPage(results, accuracy, null, 2)).toMatchObject({
      start: 0,
      page: [{ id: 'b' }, { id: 'e' }],
    });
    expect(rankPage(results, accuracy, 'e', 2)).toMatchObject({ start: 2, page: [{ id: 'c' }, { id: 'a' }] });
    expect(rankPage(results, accuracy, 'a', 2)).toEqual({ start: 4, page: [] });
    // 'd' is in points: not in this ranking
    expect(() => rankPage(results, accuracy, 'd', 2)).toThrow(/no result of this leaderboard has the id "d"/);
  });
});

describe('explainRanking', () => {
  it('says what is ranked, how, whether the metric was chosen, and what other units were left out', () => {
    const ranking = chooseRanking(
      [counted('accuracy', 'percent', 3), counted('accuracy', 'points', 1)],
      null,
    )!;
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
  it('scans the results on a dataset, for a task, and for both', () => {
    for (const [dataset, task] of [
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      expect(scanStatement(matchResults(dataset, task))).toMatchSnapshot();
    }
  });

  it("counts concepts over findPapers's own filter match", () => {
    const match = matchPapers({ tasks: ['node classification'], datasets: ['Cora'] });
    const statement = topConceptsStatement('method', match.lines);
    expect(statement.startsWith(match.lines.join('\n'))).toBe(true);
    expect(statement).toContain('WHERE NOT c IN excluded');
    expect(statement).toMatchSnapshot();
  });
});
