import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadPapers, selectedProperties, subFields, type ReadPaperProperties } from './delegate.ts';
import { boundedList, boundedText, type InputLimits } from './inputs.ts';
import { readStatements, type ReadOptions, type Run } from './read.ts';
import { askQuestion } from './queries/ask/index.ts';
import { resolveConcepts } from './queries/concepts.ts';
import { CONSTRAINT_KINDS, type ConceptKind } from '../graph/model.ts';
import { conceptTrend, topConcepts } from './queries/facets.ts';
import { leaderboard, type Leaderboard, type LeaderboardRequest } from './queries/leaderboard.ts';
import { findPapers, type PaperFilter, type PaperProperties } from './queries/find-papers.ts';
import { recommendPapers, relatedConcepts, relatedPapers } from './queries/recommend.ts';
import { searchPaperIds } from './queries/search-papers.ts';

type Args<T> = T & { limit: number };
/** the Paper objects the client selected, by id or from papers whose properties a statement already read */
type LoadPapers = (
  papers: readonly (string | PaperProperties)[],
  fieldNodes: readonly FieldNode[],
) => Promise<Record<string, unknown>[]>;

const PAPER_PROPERTIES = /* cypher */ `
  MATCH (p:Paper) WHERE p.id IN $ids
  RETURN p {.*} AS paper`;

/**
 * PaperGraph's own Query resolvers; papers in their results are loaded through the generated schema. Every
 * argument is bounded by what it is for before any work starts.
 */
export function queryResolvers(driver: Driver, options: ReadOptions, inputs: InputLimits) {
  const checked = (argument: string, value: string) => boundedText(argument, value, inputs.maxNameChars);
  const checkedId = (argument: string, value: string) => boundedText(argument, value, inputs.maxIdChars);
  const ids = (argument: string, values: readonly string[] | null | undefined) =>
    boundedList(argument, values, inputs.maxIds, inputs.maxIdChars);
  const checkFilter = (filter: PaperFilter) => {
    for (const kind of CONSTRAINT_KINDS)
      boundedList(`filter.${kind}`, filter[kind], inputs.maxFilterNames, inputs.maxNameChars);
    if (filter.text) boundedText('filter.text', filter.text, inputs.maxSearchChars);
  };

  /**
   * runs a resolver's statements in one read session and gives it `papers`, which loads the Paper objects the
   * client selected (plain properties in the same session, relationship fields through the generated schema)
   */
  const reading = <T>(
    context: object,
    info: GraphQLResolveInfo,
    work: (run: Run, papers: LoadPapers) => Promise<T>,
  ) =>
    readStatements(driver, options, (run) =>
      work(run, (found, fieldNodes) => {
        const ids = found.map((paper) => (typeof paper === 'string' ? paper : paper.id));
        const known = new Map(
          found.flatMap((paper) => (typeof paper === 'string' ? [] : [[paper.id, paper]])),
        );
        const readProperties: ReadPaperProperties = async (wanted) =>
          wanted.every((id) => known.has(id))
            ? wanted.map((id) => known.get(id)!)
            : (await run(PAPER_PROPERTIES, { ids: wanted })).map(
                (row) => row.get('paper') as Record<string, unknown>,
              );
        return loadPapers(ids, fieldNodes, info, context, readProperties);
      }),
    );
  /** scored results with the Paper objects selected under `field` attached, in order; all of them if none is */
  const withPapers = async <T extends { id: string }>(
    results: T[],
    papers: LoadPapers,
    info: GraphQLResolveInfo,
    field: string,
  ): Promise<(Omit<T, 'id'> & Record<string, unknown>)[]> => {
    const selected = subFields(info.fieldNodes, field, info);
    if (selected.length === 0) return results;
    const loaded = await papers(
      results.map((result) => result.id),
      selected,
    );
    const byId = new Map(loaded.map((paper) => [paper.__paperId as string, paper]));
    return results.flatMap(({ id, ...rest }) => {
      const paper = byId.get(id);
      return paper ? [{ ...rest, [field]: paper }] : [];
    });
  };

  /** a leaderboard with the Paper objects selected under `nodes` › entries › paper */
  const withEntryPapers = async (
    board: Leaderboard,
    papers: LoadPapers,
    info: GraphQLResolveInfo,
    nodes: readonly FieldNode[],
  ) => {
    const selected = subFields(subFields(nodes, 'entries', info), 'paper', info);
    if (selected.length === 0) return board;
    const loaded = await papers(
      board.entries.map((entry) => entry.paper),
      selected,
    );
    const byId = new Map(loaded.map((paper) => [paper.__paperId as string, paper]));
    return {
      ...board,
      entries: board.entries.flatMap((entry) => {
        const paper = byId.get(entry.paper.id);
        return paper ? [{ ...entry, paper }] : [];
      }),
    };
  };
  const checkLeaderboard = ({ dataset, task, metric, after }: Omit<LeaderboardRequest, 'limit'>) => {
    if (dataset) checked('dataset', dataset);
    if (task) checked('task', task);
    if (metric) checked('metric', metric);
    if (after) checkedId('after', after);
  };

  return {
    Query: {
      findPapers: (
        _: unknown,
        { filter, limit, after }: Args<{ filter: PaperFilter; after?: string | null }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        checkFilter(filter);
        if (after) checkedId('after', after);
        return reading(context, info, async (run, papers) => {
          // only the properties the client selected are read (all of them when a relationship field is selected)
          const properties = selectedProperties(info.fieldNodes, info);
          return papers(await findPapers(run, filter, limit, after, properties), info.fieldNodes);
        });
      },
      ask: (
        _: unknown,
        { question, limit }: Args<{ question: string }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        boundedText('question', question, inputs.maxQuestionChars);
        return reading(context, info, async (run, papers) => {
          const { papers: found, leaderboard: board, ...answer } = await askQuestion(run, question, limit);
          return {
            ...answer,
            papers: await papers(found, subFields(info.fieldNodes, 'papers', info)),
            leaderboard:
              board &&
              (await withEntryPapers(board, papers, info, subFields(info.fieldNodes, 'leaderboard', info))),
          };
        });
      },
      resolveConcepts: (
        _: unknown,
        { name, limit }: Args<{ name: string }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        checked('name', name);
        return reading(context, info, (run) => resolveConcepts(run, name, limit));
      },
      searchPapers: (
        _: unknown,
        { text, limit }: Args<{ text: string }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        boundedText('text', text, inputs.maxSearchChars);
        return reading(context, info, async (run, papers) =>
          withPapers(await searchPaperIds(run, text, limit), papers, info, 'paper'),
        );
      },
      relatedPapers: (
        _: unknown,
        { id, limit }: Args<{ id: string }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        checkedId('id', id);
        return reading(context, info, async (run, papers) =>
          withPapers(await relatedPapers(run, id, limit), papers, info, 'paper'),
        );
      },
      recommendPapers: (
        _: unknown,
        { liked, disliked, limit }: Args<{ liked: string[]; disliked?: string[] | null }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        ids('liked', liked);
        ids('disliked', disliked);
        return reading(context, info, async (run, papers) =>
          withPapers(await recommendPapers(run, liked, disliked ?? [], limit), papers, info, 'paper'),
        );
      },
      relatedConcepts: (
        _: unknown,
        { name, limit }: Args<{ name: string }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        checked('name', name);
        return reading(context, info, (run) => relatedConcepts(run, name, limit));
      },
      leaderboard: (_: unknown, request: LeaderboardRequest, context: object, info: GraphQLResolveInfo) => {
        checkLeaderboard(request);
        return reading(context, info, async (run, papers) =>
          withEntryPapers(await leaderboard(run, request), papers, info, info.fieldNodes),
        );
      },
      topConcepts: (
        _: unknown,
        { kind, filter, limit }: Args<{ kind: Uppercase<ConceptKind>; filter?: PaperFilter | null }>,
        context: object,
        info: GraphQLResolveInfo,
      ) => {
        if (filter) checkFilter(filter);
        return reading(context, info, (run) =>
          topConcepts(run, kind.toLowerCase() as ConceptKind, filter, limit),
        );
      },
      conceptTrend: (_: unknown, { name }: { name: string }, context: object, info: GraphQLResolveInfo) => {
        checked('name', name);
        return reading(context, info, (run) => conceptTrend(run, name));
      },
    },
  };
}
