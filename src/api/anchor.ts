import { Kind, parse, type GraphQLFieldResolver, type GraphQLSchema, type StringValueNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readTransaction, type ReadOptions } from './read.ts';

/**
 * Anchored paper filters. @neo4j/graphql translates `papers(where: {evaluatesOn: {some: {name: {eq: "Cora"}}}})`
 * into `MATCH (this:Paper) WHERE EXISTS { … }`: Neo4j plans it as written, a scan of every paper with a subquery
 * each (6 s at a million papers, docs/scale.md), and no schema change reaches that shape. So before the generated
 * query runs, the `papers` resolver looks up the papers of the rarest concept the filter names directly (an index
 * seek on its name, then its edges) and adds their ids to the filter: the generated query then starts from a
 * unique-index seek on those ids, and the original filter still decides every answer. A concept used by more than
 * MAX_ANCHOR_PAPERS papers is no anchor (the id list would cost more than it saves); then the query runs as
 * generated.
 */

/** above this many papers a concept's ids are not worth sending as a filter */
export const MAX_ANCHOR_PAPERS = 10_000;

/** a Paper relationship field the filter may anchor on: its edge type and the concept label at its end */
interface AnchorField {
  type: string;
  label: string;
}

/** a concept the filter requires by name, through one of the Paper's relationship fields */
interface Anchor extends AnchorField {
  name: string;
}

type Where = Record<string, unknown>;

/** Paper's outgoing relationship fields to concept types (those with a `@node` label list), read from the SDL */
export function anchorFields(typeDefs: string): Map<string, AnchorField> {
  const document = parse(typeDefs);
  // a concept type's first label is its name (schema/typeDefs.graphql: @node(labels: ["Method", "Concept"]))
  const conceptTypes = new Set(
    document.definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.interfaces?.some((i) => i.name.value === 'Concept')
        ? [d.name.value]
        : [],
    ),
  );
  const fields = new Map<string, AnchorField>();
  const paper = document.definitions.find(
    (d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Paper',
  );
  if (paper?.kind !== Kind.OBJECT_TYPE_DEFINITION) return fields;
  for (const field of paper.fields ?? []) {
    const relationship = field.directives?.find((d) => d.name.value === 'relationship');
    const argument = (name: string) =>
      (relationship?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)
        ?.value;
    let type = field.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    const label = conceptTypes.has(type.name.value) ? type.name.value : undefined;
    const edge = argument('type');
    if (relationship && label && edge && /^[A-Z_]+$/.test(edge) && argument('direction') === 'OUT')
      fields.set(field.name.value, { type: edge, label });
  }
  return fields;
}

/** the concepts a filter requires by exact name: `field: {some: {name: {eq}}}` at its top or in its top AND */
export function anchorsOf(where: unknown, fields: ReadonlyMap<string, AnchorField>): Anchor[] {
  if (!isObject(where)) return [];
  const anchors: Anchor[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === 'AND' && Array.isArray(value)) anchors.push(...value.flatMap((w) => anchorsOf(w, fields)));
    const field = fields.get(key);
    const name = isObject(value) && isObject(value.some) && isObject(value.some.name) && value.some.name.eq;
    if (field && typeof name === 'string') anchors.push({ ...field, name });
  }
  return anchors;
}

const isObject = (x: unknown): x is Where => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The ids of the papers of the rarest anchor (the concept with the fewest papers, by its stored paperCount), or
 * undefined when no anchor has at most `max` papers.
 */
export async function anchorPaperIds(
  driver: Driver,
  options: ReadOptions,
  anchors: readonly Anchor[],
  max: number,
): Promise<string[] | undefined> {
  return readTransaction(driver, options, async (run) => {
    // one anchor needs no count: its id list answers, or passes the bound, by itself
    let rarest: { anchor: Anchor; papers: number } | undefined =
      anchors.length === 1 ? { anchor: anchors[0]!, papers: 0 } : undefined;
    for (const anchor of anchors.length === 1 ? [] : anchors) {
      // labels and edge types come from our SDL (anchorFields), never from the request; the name is a parameter
      const [record] = await run(
        `MATCH (c:${anchor.label} {name: $name}) RETURN coalesce(sum(c.paperCount), 0) AS papers`,
        { name: anchor.name },
      );
      const papers = Number(record?.get('papers') ?? 0);
      if (!rarest || papers < rarest.papers) rarest = { anchor, papers };
    }
    if (!rarest || rarest.papers > max) return undefined;
    const { anchor } = rarest;
    const records = await run(
      `MATCH (c:${anchor.label} {name: $name})<-[:${anchor.type}]-(p:Paper) RETURN DISTINCT p.id AS id LIMIT $max`,
      { name: anchor.name, max: max + 1 },
    );
    // paperCount is updated with each load; should it lag behind, the list is left out rather than cut
    return records.length > max ? undefined : records.map((r) => r.get('id') as string);
  });
}

/** wraps the generated `papers` resolver so a filter naming a concept starts from that concept's papers */
export function anchorPaperFilters(
  schema: GraphQLSchema,
  typeDefs: string,
  driver: Driver,
  options: ReadOptions,
  max = MAX_ANCHOR_PAPERS,
): void {
  const papers = schema.getQueryType()?.getFields()['papers'];
  const generated = papers?.resolve;
  if (!papers || !generated) throw new Error('the schema has no generated papers query to anchor');
  const fields = anchorFields(typeDefs);
  const anchored: GraphQLFieldResolver<unknown, unknown> = async (source, args: Where, context, info) => {
    const anchors = anchorsOf(args.where, fields);
    const ids = anchors.length > 0 ? await anchorPaperIds(driver, options, anchors, max) : undefined;
    if (!ids) return generated(source, args, context, info);
    // the resolver reads its arguments from `args` over those in the query document
    return generated(source, { ...args, where: { AND: [args.where, { id: { in: ids } }] } }, context, info);
  };
  papers.resolve = anchored;
}
