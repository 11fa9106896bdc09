import { KgError } from '../../errors.ts';
import { canonicalMetric } from '../../graph/metrics.ts';
import { MENTION_EDGE, REPORTS, RESULT_EDGE } from '../../graph/model.ts';
import type { Run } from '../read.ts';
import { resolveFilter, type PaperProperties } from './find-papers.ts';

/** what a leaderboard is asked for: a dataset or a task (or both), and optionally the metric */
export interface LeaderboardRequest {
  dataset?: string | null;
  task?: string | null;
  metric?: string | null;
  limit: number;
  /** the result id of the last entry of the previous page */
  after?: string | null;
}

/** one ranked result: the number, what it is of, and the sentence that states it */
export interface LeaderboardEntry {
  rank: number;
  resultId: string;
  method: string | null;
  dataset: string | null;
  task: string | null;
  value: number;
  valueText: string;
  unit: string;
  sentence: string;
  confidence: number;
  paper: PaperProperties;
}

/** a leaderboard page and what it ranks: which metric, in which unit, in which direction, and what it left out */
export interface Leaderboard {
  dataset: string | null;
  task: string | null;
  metric: string | null;
  /** false when the metric was chosen as the most reported one */
  metricGiven: boolean;
  higherIsBetter: boolean | null;
  unit: string | null;
  /** results in this ranking, over all pages */
  ranked: number;
  /** the metric's results in other units: never ranked with these */
  otherUnits: { unit: string; results: number }[];
  /** other metrics reported on the same dataset/task */
  otherMetrics: { metric: string; results: number }[];
  explanation: string;
  entries: LeaderboardEntry[];
}

/** the statement's first lines binding `r` to each matching result, and the conditions on it */
export interface ResultMatch {
  lines: string[];
  conditions: string[];
}

/**
 * The results on the dataset(s) and for the task(s). A result is on a dataset when extraction tied it to one; it is
 * for a task when tied to it, or, tied to no task, when its paper addresses the task. Names resolve like findPapers:
 * aliases, and narrower concepts count as the broader one.
 */
export function matchResults(hasDataset: boolean, hasTask: boolean): ResultMatch {
  const addresses = MENTION_EDGE.task.used;
  const forTask = /* cypher */ `(EXISTS { (r)-[:${RESULT_EDGE.task}]->(t) WHERE t.id IN $taskIds }
    OR (NOT EXISTS { (r)-[:${RESULT_EDGE.task}]->() }
        AND EXISTS { (r)<-[:${REPORTS}]-(:Paper)-[:${addresses}]->(t) WHERE t.id IN $taskIds }))`;
  if (hasDataset)
    return {
      lines: [
        'MATCH (d:Dataset) WHERE d.id IN $datasetIds',
        `MATCH (r:Result)-[:${RESULT_EDGE.dataset}]->(d)`,
        'WITH DISTINCT r',
      ],
      conditions: hasTask ? [forTask] : [],
    };
  return {
    lines: [
      'MATCH (t:Task) WHERE t.id IN $taskIds',
      `CALL (t) {
    MATCH (r:Result)-[:${RESULT_EDGE.task}]->(t) RETURN r
    UNION
    MATCH (r:Result)<-[:${REPORTS}]-(:Paper)-[:${addresses}]->(t) WHERE NOT EXISTS { (r)-[:${RESULT_EDGE.task}]->() }
    RETURN r
  }`,
      'WITH DISTINCT r',
    ],
    conditions: [],
  };
}

const withConditions = ({ lines, conditions }: ResultMatch) =>
  conditions.length > 0 ? [...lines, `WHERE ${conditions.join('\n  AND ')}`] : lines;

/**
 * every result in scope, as little of each as ranking needs: the choice of metric and unit, the order and the page
 * are made in one pass here rather than in one round trip each
 */
export const scanStatement = (match: ResultMatch) =>
  [
    ...withConditions(match),
    'RETURN r.id AS id, r.metric AS metric, r.unit AS unit, r.value AS value, r.confidence AS confidence,',
    '       r.higherIsBetter AS higherIsBetter',
  ].join('\n');

/** what ranking needs of a result */
export interface ScannedResult {
  id: string;
  metric: string;
  unit: string;
  value: number;
  confidence: number;
  higherIsBetter: boolean;
}

const ENTRY_DETAILS = /* cypher */ `
  MATCH (r:Result) WHERE r.id IN $ids
  MATCH (p:Paper)-[:${REPORTS}]->(r)
  RETURN r.id AS id, r.valueText AS valueText, r.sentence AS sentence, p {.*} AS paper,
         [(r)-[:${RESULT_EDGE.method}]->(m) | m.name][0] AS method,
         [(r)-[:${RESULT_EDGE.dataset}]->(d) | d.name][0] AS dataset,
         [(r)-[:${RESULT_EDGE.task}]->(t) | t.name][0] AS task`;

/** a leaderboard: resolve the names, tally metrics and units, choose, rank one page, explain */
export async function leaderboard(run: Run, request: LeaderboardRequest): Promise<Leaderboard> {
  const dataset = request.dataset?.trim() || null;
  const task = request.task?.trim() || null;
  if (!dataset && !task)
    throw new KgError('BAD_USER_INPUT', 'leaderboard needs a dataset or a task (or both).');
  const asked = request.metric?.trim() ? canonicalMetric(request.metric) : null;
  const empty = (explanation: string): Leaderboard => ({
    dataset,
    task,
    metric: asked,
    metricGiven: asked !== null,
    higherIsBetter: null,
    unit: null,
    ranked: 0,
    otherUnits: [],
    otherMetrics: [],
    explanation,
    entries: [],
  });

  const constraints = await resolveFilter(run, {
    datasets: dataset ? [dataset] : [],
    tasks: task ? [task] : [],
  });
  const unknown = constraints.filter((constraint) => constraint.ids.length === 0);
  if (unknown.length > 0)
    return empty(`Not a known ${unknown.map((c) => `${c.kind.slice(0, -1)} "${c.name}"`).join(' or ')}.`);
  const datasetIds = constraints.find((c) => c.kind === 'datasets')?.ids ?? [];
  const taskIds = constraints.find((c) => c.kind === 'tasks')?.ids ?? [];
  const names = {
    dataset: constraints.find((c) => c.kind === 'datasets')?.resolved[0] ?? null,
    task: constraints.find((c) => c.kind === 'tasks')?.resolved[0] ?? null,
  };
  const scope = [names.dataset && `on ${names.dataset}`, names.task && `for ${names.task}`]
    .filter(Boolean)
    .join(' ');

  const match = matchResults(datasetIds.length > 0, taskIds.length > 0);
  const scanned = (await run(scanStatement(match), { datasetIds, taskIds })).map(
    (row) => row.toObject() as ScannedResult,
  );
  const tallies = tally(scanned);
  const choice = chooseRanking(tallies, asked);
  if (!choice) {
    const reported = byMetric(tallies).map((m) => m.metric);
    return {
      ...empty(
        asked
          ? `No ${asked} results ${scope}.${reported.length > 0 ? ` Reported: ${reported.join(', ')}.` : ''}`
          : `No results ${scope}.`,
      ),
      ...names,
      otherMetrics: byMetric(tallies),
    };
  }

  const { start, page } = rankPage(scanned, choice, request.after ?? null, request.limit);
  const details = new Map(
    (page.length > 0 ? await run(ENTRY_DETAILS, { ids: page.map((r) => r.id) }) : []).map((row) => [
      row.get('id') as string,
      row,
    ]),
  );
  const entries = page.flatMap((r, i) => {
    const row = details.get(r.id);
    if (!row) return [];
    return [
      {
        rank: start + i + 1,
        resultId: r.id,
        method: row.get('method'),
        dataset: row.get('dataset'),
        task: row.get('task'),
        value: r.value,
        valueText: row.get('valueText'),
        unit: r.unit,
        sentence: row.get('sentence'),
        confidence: r.confidence,
        paper: row.get('paper') as PaperProperties,
      },
    ];
  });
  return {
    ...names,
    metric: choice.metric,
    metricGiven: asked !== null,
    higherIsBetter: choice.higherIsBetter,
    unit: choice.unit,
    ranked: choice.results,
    otherUnits: choice.otherUnits,
    otherMetrics: byMetric(tallies).filter((m) => m.metric !== choice.metric),
    explanation: explainRanking(choice, asked !== null, scope),
    entries,
  };
}

/** the metric and unit a leaderboard ranks */
export interface Ranking {
  metric: string;
  unit: string;
  higherIsBetter: boolean;
  results: number;
  otherUnits: { unit: string; results: number }[];
}

/**
 * The metric asked for, else the most reported one (ties: by name); within it the most common unit, since 92% and
 * +2 points cannot be ranked together; the direction most of its results state. Null when nothing matches.
 */
export function chooseRanking(
  tallies: readonly { metric: string; unit: string; results: number; higher: number }[],
  metric: string | null,
): Ranking | null {
  const chosen = metric ?? byMetric(tallies)[0]?.metric;
  const units = tallies
    .filter((t) => t.metric === chosen)
    .sort((a, b) => b.results - a.results || a.unit.localeCompare(b.unit));
  const [top, ...others] = units;
  if (!top) return null;
  return {
    metric: top.metric,
    unit: top.unit,
    higherIsBetter: top.higher * 2 >= top.results,
    results: top.results,
    otherUnits: others.map(({ unit, results }) => ({ unit, results })),
  };
}

/** per metric and unit: how many results, and how many of them say higher is better */
export function tally(results: readonly ScannedResult[]) {
  const groups = new Map<string, { metric: string; unit: string; results: number; higher: number }>();
  for (const r of results) {
    const key = JSON.stringify([r.metric, r.unit]);
    const group = groups.get(key) ?? { metric: r.metric, unit: r.unit, results: 0, higher: 0 };
    group.results++;
    if (r.higherIsBetter) group.higher++;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * the ranking's results best first (in its direction; ties: the more confident, then by id) and the page after
 * the result `after`; an `after` that is not in this ranking is refused
 */
export function rankPage(
  results: readonly ScannedResult[],
  ranking: Pick<Ranking, 'metric' | 'unit' | 'higherIsBetter'>,
  after: string | null,
  limit: number,
): { start: number; page: ScannedResult[] } {
  const sign = ranking.higherIsBetter ? -1 : 1;
  const ranked = results
    .filter((r) => r.metric === ranking.metric && r.unit === ranking.unit)
    .sort(
      (a, b) =>
        sign * (a.value - b.value) || b.confidence - a.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  let start = 0;
  if (after) {
    start = ranked.findIndex((r) => r.id === after) + 1;
    if (start === 0)
      throw new KgError('BAD_USER_INPUT', `after: no result of this leaderboard has the id "${after}".`);
  }
  return { start, page: ranked.slice(start, start + limit) };
}

/** results per metric, most first (ties: by name) */
function byMetric(tallies: readonly { metric: string; results: number }[]) {
  const counts = new Map<string, number>();
  for (const t of tallies) counts.set(t.metric, (counts.get(t.metric) ?? 0) + t.results);
  return [...counts]
    .map(([metric, results]) => ({ metric, results }))
    .sort((a, b) => b.results - a.results || a.metric.localeCompare(b.metric));
}

/** one or two sentences: what is ranked, how, and what was left out */
export function explainRanking(ranking: Ranking, given: boolean, scope: string): string {
  const how = `${ranking.higherIsBetter ? 'higher' : 'lower'} is better`;
  const chosen = given ? '' : ' (the most reported metric)';
  let text = `${ranking.results} ${ranking.metric} result${ranking.results === 1 ? '' : 's'}${chosen} ${scope}, in ${ranking.unit}, ranked with ${how}.`;
  if (ranking.otherUnits.length > 0) {
    const others = ranking.otherUnits.map((u) => `${u.results} in ${u.unit}`).join(', ');
    text += ` Not ranked with them, being in other units: ${others}.`;
  }
  return text;
}
