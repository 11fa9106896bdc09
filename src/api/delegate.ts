import {
  Kind,
  execute,
  getNamedType,
  isLeafType,
  type DocumentNode,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** reads papers' own properties by id, in any order: the fast path when no relationship field is selected */
export type ReadPaperProperties = (ids: readonly string[]) => Promise<Record<string, unknown>[]>;

/**
 * Loads papers by id through the generated `papers` query, with the client's own selection set, so a custom
 * query's results carry every Paper field (proposes { name }, evaluatesOn { … }) exactly as generated queries do.
 * A selection of plain properties only (id, title, year …) skips the translation and reads them directly.
 * `fieldNodes` are the nodes that select Paper objects; the result follows the order of `ids`, missing ids dropped.
 */
export async function loadPapers(
  ids: readonly string[],
  fieldNodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  context: object,
  readProperties: ReadPaperProperties,
): Promise<Record<string, unknown>[]> {
  if (ids.length === 0 || fieldNodes.length === 0) return [];
  const rows = selectedProperties(fieldNodes, info)
    ? (await readProperties(ids)).map((paper) => ({ ...paper, __paperId: paper.id }))
    : await delegate(ids, fieldNodes, info, context);
  const byId = new Map(rows.map((row) => [row.__paperId as string, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/**
 * the Paper properties selected under `fieldNodes` (looking through fragments) when every selected field is a
 * scalar, so no Cypher translation is needed; undefined when a relationship field (or a directive) is selected
 */
export function selectedProperties(
  fieldNodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): string[] | undefined {
  const paper = info.schema.getType('Paper');
  if (!paper || !('getFields' in paper)) return undefined;
  const fields = paper.getFields();
  const names = new Set<string>();
  const scalarOnly = (selections: readonly SelectionNode[]): boolean =>
    selections.every((selection) => {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') return true;
        const field = fields[selection.name.value];
        names.add(selection.name.value);
        return (
          field !== undefined &&
          isLeafType(getNamedType(field.type)) &&
          (selection.arguments?.length ?? 0) === 0
        );
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return scalarOnly(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && scalarOnly(fragment.selectionSet.selections);
    });
  return fieldNodes.every((node) => scalarOnly(node.selectionSet?.selections ?? [])) ? [...names] : undefined;
}

async function delegate(
  ids: readonly string[],
  fieldNodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  context: object,
): Promise<Record<string, unknown>[]> {
  const selections: SelectionNode[] = [field('__paperId', 'id')];
  for (const node of fieldNodes) selections.push(...(node.selectionSet?.selections ?? []));
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as never,
        // the client's variables may be used inside the selection, so they are declared here too
        variableDefinitions: [
          ...(info.operation.variableDefinitions ?? []),
          {
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: '__paperIds' } },
            type: {
              kind: Kind.NON_NULL_TYPE,
              type: { kind: Kind.LIST_TYPE, type: { kind: Kind.NON_NULL_TYPE, type: namedType('ID') } },
            },
          },
        ],
        selectionSet: selectionSet([
          {
            ...field('papers', 'papers'),
            arguments: [
              {
                kind: Kind.ARGUMENT,
                name: { kind: Kind.NAME, value: 'where' },
                value: objectValue({
                  id: objectValue({
                    in: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: '__paperIds' } },
                  }),
                }),
              },
            ],
            selectionSet: selectionSet(selections),
          },
        ]),
      },
      ...Object.values(info.fragments),
    ],
  };
  const result = await execute({
    schema: info.schema,
    document,
    variableValues: { ...info.variableValues, __paperIds: ids },
    contextValue: context,
  });
  if (result.errors?.length) throw result.errors[0];
  return (result.data?.papers ?? []) as Record<string, unknown>[];
}

/** the field nodes named `name` selected under `nodes`, looking through fragments */
export function subFields(nodes: readonly FieldNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet.selections);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet?.selections ?? []);
  return found;
}

function field(alias: string, name: string): FieldNode {
  return {
    kind: Kind.FIELD,
    alias: alias === name ? undefined : { kind: Kind.NAME, value: alias },
    name: { kind: Kind.NAME, value: name },
  };
}

const selectionSet = (selections: SelectionNode[]): SelectionSetNode => ({
  kind: Kind.SELECTION_SET,
  selections,
});
const namedType = (name: string) =>
  ({ kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: name } }) as const;
function objectValue(fields: Record<string, unknown>) {
  return {
    kind: Kind.OBJECT,
    fields: Object.entries(fields).map(([name, value]) => ({
      kind: Kind.OBJECT_FIELD,
      name: { kind: Kind.NAME, value: name },
      value,
    })),
  } as never;
}
