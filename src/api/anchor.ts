import {
  Kind,
  parse,
  type EnumValueNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type StringValueNode,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readStatements, type ReadOptions, type Run } from './read.ts';

/**
 * Anchored paper filters. @neo4j/graphql translates `papers(where: {evaluatesOn: {some: {name: {eq: "Cora"}}}})`
 * into `MATCH (this:Paper) WHERE EXISTS { … }`: Neo4j plans it as written, a scan of every paper with a subquery
 * each (6 s at a million papers, docs/scale.md), and no schema change reaches that shape. So before the generated
 * query runs, the `papers` resolver looks up the papers of a concept the filter requires by name, directly
 * ("evaluated on Cora") or one concept further ("proposes a method that is an alternative to Backpropagation"): an
 * index seek on the name, then the edges back to the papers. It adds their ids to the filter, so the generated query
 * starts from a unique-index seek on those ids, while the original filter still decides every answer. Direct
 * anchors come first, the rarest by its stored paperCount. An anchor with more than MAX_ANCHOR_PAPERS papers is no
 * anchor (the id list would cost more than it saves); when none is left the query runs as generated.
 */

/** above this many papers an anchor's ids are not worth sending as a filter */
export const MAX_ANCHOR_PAPERS = 10_000;

/** how many hops from the paper an anchor may be: a concept, or a concept related to one */
const MAX_HOPS = 2;

/** one relationship field between concept types or from Paper: its edge, direction and the label at its end */
export interface Hop {
  type: string;
  direction: 'OUT' | 'IN';
  label: string;
}

/** each node type's relationship fields to concept types, by type and field name, read from the SDL */
export type AnchorFields = ReadonlyMap<string, ReadonlyMap<string, Hop>>;

/** a concept the filter requires by exact name, and the hops from the paper to it */
export interface Anchor {
  hops: readonly Hop[];
  name: string;
}

type Where = Record<string, unknown>;

/** the relationship fields of Paper and of the concept types that end at a concept type, read from the SDL */
export function anchorFields(typeDefs: string): AnchorFields {
  const document = parse(typeDefs);
  // a concept type's first label is its name (schema/typeDefs.graphql: @node(labels: ["Method", "Concept"]))
  const conceptTypes = new Set(
    document.definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.interfaces?.some((i) => i.name.value === 'Concept')
        ? [d.name.value]
        : [],
    ),
  );
  const fields = new Map<string, Map<string, Hop>>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    if (d.name.value !== 'Paper' && !conceptTypes.has(d.name.value)) continue;
    const hops = new Map<string, Hop>();
    for (const field of d.fields ?? []) {
      const relationship = field.directives?.find((x) => x.name.value === 'relationship');
      const argument = (name: string) =>
        (
          relationship?.arguments?.find((a) => a.name.value === name)?.value as
            StringValueNode | EnumValueNode | undefined
        )?.value;
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      const edge = argument('type');
      const direction = argument('direction');
      if (
        conceptTypes.has(type.name.value) &&
        edge &&
        /^[A-Z_]+$/.test(edge) &&
        (direction === 'OUT' || direction === 'IN')
      )
        hops.set(field.name.value, { type: edge, direction, label: type.name.value });
    }
    fields.set(d.name.value, hops);
  }
  return fields;
}

/**
 * The concepts a filter on `typeName` requires by exact name: `field: {some: {name: {eq}}}` at its top or in its
 * top AND, and the same inside such a `some` one hop further. Nothing under OR, NOT, none, all or single.
 */
export function anchorsOf(
  where: unknown,
  fields: AnchorFields,
  typeName = 'Paper',
  path: readonly Hop[] = [],
): Anchor[] {
  if (!isObject(where) || path.length >= MAX_HOPS) return [];
  const anchors: Anchor[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === 'AND' && Array.isArray(value))
      anchors.push(...value.flatMap((w) => anchorsOf(w, fields, typeName, path)));
    const hop = fields.get(typeName)?.get(key);
    if (!hop || !isObject(value) || !isObject(value.some)) continue;
    const hops = [...path, hop];
    const name = isObject(value.some.name) && value.some.name.eq;
    if (typeof name === 'string') anchors.push({ hops, name });
    anchors.push(...anchorsOf(value.some, fields, hop.label, hops));
  }
  return anchors;
}

const isObject = (x: unknown): x is Where => typeof x === 'object' && x !== null && !Array.isArray(x);

/** the pattern from a paper `p` along an anchor's hops to its concept `c`, whose name is the parameter `name` */
function anchorPattern(anchor: Anchor, c: string, name: string): string {
  // labels and edge types come from our SDL (anchorFields), never from the request; the name is a parameter
  return anchor.hops
    .map((hop, i) => {
      const node = i === anchor.hops.length - 1 ? `(${c}:${hop.label} {name: ${name}})` : `(:${hop.label})`;
      return hop.direction === 'OUT' ? `-[:${hop.type}]->${node}` : `<-[:${hop.type}]-${node}`;
    })
    .reduce((pattern, step) => pattern + step, '(p:Paper)');
}

/**
 * The papers of anchor `from`, at most `$max` of them (`over` when it has more), that also reach every other anchor:
 * every anchor is a concept the filter requires, so the papers outside any of them cannot answer. Only the driving
 * anchor's papers are read, so the checks stay within the bound.
 */
function anchoredPapers(from: Anchor, others: readonly Anchor[]): string {
  const checks = others.map(
    (other, i) => `EXISTS { MATCH ${anchorPattern(other, `c${i}`, `$others[${i}]`)} }`,
  );
  return [
    `MATCH ${anchorPattern(from, 'c', '$name')}`,
    'WITH DISTINCT p LIMIT $max + 1',
    'WITH collect(p) AS papers',
    `RETURN size(papers) > $max AS over, [p IN papers${checks.length > 0 ? ` WHERE ${checks.join(' AND ')}` : ''} | p.id] AS ids`,
  ].join('\n');
}

/**
 * The ids of the papers that reach every anchor, read from the first anchor that has at most `max`: direct anchors
 * first, the rarest by its stored paperCount first, then anchors one concept further; undefined when none does.
 */
export async function anchorPaperIds(
  run: Run,
  anchors: readonly Anchor[],
  max: number,
): Promise<string[] | undefined> {
  const direct = anchors.filter((a) => a.hops.length === 1);
  // one direct anchor needs no count: its id list answers, or passes the bound, by itself
  const counted =
    direct.length > 1
      ? await Promise.all(
          direct.map(async (anchor) => {
            const [record] = await run(
              `MATCH (c:${anchor.hops[0]!.label} {name: $name}) RETURN coalesce(sum(c.paperCount), 0) AS papers`,
              { name: anchor.name },
            );
            return { anchor, papers: Number(record?.get('papers') ?? 0) };
          }),
        )
      : direct.map((anchor) => ({ anchor, papers: 0 }));
  const order = [
    ...counted
      .filter((c) => c.papers <= max)
      .sort((a, b) => a.papers - b.papers)
      .map((c) => c.anchor),
    ...anchors.filter((a) => a.hops.length > 1),
  ];
  for (const from of order) {
    const others = anchors.filter((a) => a !== from);
    const [record] = await run(anchoredPapers(from, others), {
      name: from.name,
      others: others.map((a) => a.name),
      max,
    });
    // past the bound (a stored paperCount may lag behind a load) the list is left out rather than cut
    if (record && !record.get('over')) return record.get('ids') as string[];
  }
  return undefined;
}

/** wraps the generated `papers` and `papersConnection` resolvers so a filter naming a concept starts from its papers */
export function anchorPaperFilters(
  schema: GraphQLSchema,
  typeDefs: string,
  driver: Driver,
  options: ReadOptions,
  max = MAX_ANCHOR_PAPERS,
): void {
  const fields = anchorFields(typeDefs);
  for (const name of ['papers', 'papersConnection']) {
    const query = schema.getQueryType()?.getFields()[name];
    const generated = query?.resolve;
    if (!query || !generated) throw new Error(`the schema has no generated ${name} query to anchor`);
    const anchored: GraphQLFieldResolver<unknown, object> = async (source, args: Where, context, info) => {
      const anchors = anchorsOf(args.where, fields);
      if (anchors.length === 0) return generated(source, args, context, info);
      // the lookup and the generated query share one session. The context is copied, as @neo4j/graphql keeps
      // its executionContext on the object it is given
      return readStatements(driver, options, async (run, runner) => {
        const ids = await anchorPaperIds(run, anchors, max);
        const inSession = { ...context, executionContext: runner };
        if (!ids) return generated(source, args, inSession, info);
        // the resolver reads its arguments from `args` over those in the query document
        const where = { AND: [args.where, { id: { in: ids } }] };
        return generated(source, { ...args, where }, inSession, info);
      });
    };
    query.resolve = anchored;
  }
}
