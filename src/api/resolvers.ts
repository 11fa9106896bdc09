import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadPapers, subFields } from './delegate.ts';
import type { ReadOptions } from './read.ts';
import { askQuestion } from './queries/ask.ts';
import { resolveConcepts } from './queries/concepts.ts';
import { findPaperIds, resolveFilter, type PaperFilter } from './queries/find-papers.ts';
import { recommendPapers, relatedConcepts, relatedPapers, type PaperScore } from './queries/recommend.ts';
import { searchPaperIds } from './queries/search-papers.ts';

type Args<T> = T & { limit: number };

/** PaperGraph's own Query resolvers; papers in their results are loaded through the generated schema */
export function queryResolvers(driver: Driver, options: ReadOptions) {
  /** attach the Paper objects selected under `field` to scored results, in order */
  const withPapers = async <T extends { id: string }>(
    results: T[],
    info: GraphQLResolveInfo,
    context: object,
    field: string,
  ): Promise<(Omit<T, 'id'> & Record<string, unknown>)[]> => {
    const papers = await loadPapers(results.map((result) => result.id), subFields(info.fieldNodes, field, info), info, context);
    const byId = new Map(papers.map((paper) => [paper.__paperId as string, paper]));
    return results.flatMap(({ id, ...rest }) => {
      const paper = byId.get(id);
      return paper ? [{ ...rest, [field]: paper }] : [];
    });
  };
  const scored = (results: PaperScore[], info: GraphQLResolveInfo, context: object) =>
    withPapers(results, info, context, 'paper');

  return {
    Query: {
      async findPapers(
        _: unknown,
        { filter, limit, after }: Args<{ filter: PaperFilter; after?: string | null }>,
        context: object,
        info: GraphQLResolveInfo,
      ) {
        const constraints = await resolveFilter(driver, filter, options);
        const ids = await findPaperIds(driver, constraints, filter.text, limit, after, options);
        return loadPapers(ids, info.fieldNodes as FieldNode[], info, context);
      },
      async ask(_: unknown, { question, limit }: Args<{ question: string }>, context: object, info: GraphQLResolveInfo) {
        const answer = await askQuestion(driver, question, limit, options);
        const papers = await loadPapers(answer.paperIds, subFields(info.fieldNodes, 'papers', info), info, context);
        return { interpretation: answer.interpretation, filter: answer.filter, unresolved: answer.unresolved, papers };
      },
      resolveConcepts: (_: unknown, { name, limit }: Args<{ name: string }>) =>
        resolveConcepts(driver, name, limit, options),
      async searchPapers(_: unknown, { text, limit }: Args<{ text: string }>, context: object, info: GraphQLResolveInfo) {
        return withPapers(await searchPaperIds(driver, text, limit, options), info, context, 'paper');
      },
      async relatedPapers(_: unknown, { id, limit }: Args<{ id: string }>, context: object, info: GraphQLResolveInfo) {
        return scored(await relatedPapers(driver, id, limit, options), info, context);
      },
      async recommendPapers(
        _: unknown,
        { liked, disliked, limit }: Args<{ liked: string[]; disliked?: string[] | null }>,
        context: object,
        info: GraphQLResolveInfo,
      ) {
        return scored(await recommendPapers(driver, liked, disliked ?? [], limit, options), info, context);
      },
      relatedConcepts: (_: unknown, { name, limit }: Args<{ name: string }>) =>
        relatedConcepts(driver, name, limit, options),
    },
  };
}
