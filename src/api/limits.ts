import type { ApolloServerPlugin } from '@apollo/server';
import { requestError } from '../errors.ts';
import {
  GraphQLError,
  getArgumentValues,
  getVariableValues,
  Kind,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { currentRequest } from './ops/request.ts';

/** the bounds every request must stay within, checked before anything runs */
export interface QueryLimits {
  /** largest `limit` / `first` a field may ask for */
  maxPageSize: number;
  /** the page a list gets without a `limit` (the schema's @limit default) */
  defaultPageSize: number;
  /**
   * deepest selection nesting; introspection is left to GraphQL's own MaxIntrospectionDepthRule (lists of types
   * nest at most three deep) and to maxTokens, so GraphiQL's and Apollo's 13-level introspection queries pass
   */
  maxDepth: number;
  /** largest estimated number of objects a request may produce, a Neo4j round trip counting as ROOT_FIELD_COST */
  maxCost: number;
  /** most aliased fields in an operation, fragments counted where they are spread */
  maxAliases: number;
  /** most fields at the operation's root: each one is at least one Neo4j query */
  maxRootFields: number;
  /** most directives in an operation */
  maxDirectives: number;
  /** most lexical tokens in a document; the parser stops there, so a huge document costs no more than this */
  maxTokens: number;
  /** largest response body sent; a larger one is replaced by RESPONSE_TOO_LARGE */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxPageSize: 100,
  defaultPageSize: 20,
  maxDepth: 10,
  maxCost: 25_000,
  maxAliases: 30,
  maxRootFields: 15,
  maxDirectives: 30,
  maxTokens: 5_000,
  maxResponseBytes: 16 * 1024 * 1024,
};

/** what one root field costs before its objects: a Neo4j query, or several */
export const ROOT_FIELD_COST = 100;

const PAGE_ARGUMENTS = ['limit', 'first'];
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

const EMPTY: Readonly<Measure> = { depth: 0, cost: 0, aliases: 0, directives: 0 };

/** what a selection set adds up to; fragments are measured once and reused wherever they are spread */
interface Measure {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
}

/** the operation's measure against the limits; throws the first limit it breaks, as a coded GraphQLError */
export function checkOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  rawVariables: Record<string, unknown>,
  limits: QueryLimits,
): Measure {
  const variables = coerceVariables(schema, operation, rawVariables);
  const root = schema.getQueryType();
  if (!root) throw tooComplex('The schema has no query type.', {});
  const rootFields = countRootFields(operation.selectionSet, fragments);
  if (rootFields > limits.maxRootFields) {
    throw tooComplex(`The query asks for ${rootFields} root fields; the limit is ${limits.maxRootFields}.`, {
      maxRootFields: limits.maxRootFields,
    });
  }
  const measure = new Measurer(schema, fragments, variables, limits).selectionSet(
    operation.selectionSet,
    root,
    true,
  );
  const directives = measure.directives + (operation.directives?.length ?? 0);
  if (measure.depth > limits.maxDepth)
    throw tooComplex(`The query nests deeper than ${limits.maxDepth} levels.`, { maxDepth: limits.maxDepth });
  if (measure.aliases > limits.maxAliases)
    throw tooComplex(`The query uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}.`, {
      maxAliases: limits.maxAliases,
    });
  if (directives > limits.maxDirectives)
    throw tooComplex(`The query uses ${directives} directives; the limit is ${limits.maxDirectives}.`, {
      maxDirectives: limits.maxDirectives,
    });
  if (measure.cost > limits.maxCost) {
    const cost = Number.isFinite(measure.cost) ? Math.round(measure.cost) : 'unboundedly many';
    throw tooComplex(
      `This query could produce about ${cost} objects; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
      { cost: measure.cost, maxCost: limits.maxCost },
    );
  }
  return { ...measure, directives };
}

/** the client's variables with the operation's defaults applied: a default page size is a page size too */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
  if (result.errors) {
    throw requestError('BAD_USER_INPUT', shorten(result.errors[0]!.message), 400);
  }
  return result.coerced;
}

function countRootFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): number {
  let count = 0;
  const seen = new Set<string>();
  const visit = (selections: SelectionSetNode) => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') count++;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        // a fragment spread twice at the root selects the same fields twice, which GraphQL merges
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(set);
  return count;
}

/**
 * Walks the selection once, in time linear in the document: each fragment's measure is kept by name (and whether
 * it is spread at the root), so a fragment spread twice in each of twenty fragments costs twenty visits, not a million.
 * A list costs its effective page (the `limit`/`first` given, the schema's default, else the @limit default)
 * times what each item costs.
 */
class Measurer {
  readonly #fragmentMeasures = new Map<string, Measure>();
  readonly #visiting = new Set<string>();

  private readonly schema: GraphQLSchema;
  private readonly fragments: Record<string, FragmentDefinitionNode>;
  private readonly variables: Record<string, unknown>;
  private readonly limits: QueryLimits;

  constructor(
    schema: GraphQLSchema,
    fragments: Record<string, FragmentDefinitionNode>,
    variables: Record<string, unknown>,
    limits: QueryLimits,
  ) {
    this.schema = schema;
    this.fragments = fragments;
    this.variables = variables;
    this.limits = limits;
  }

  selectionSet(set: SelectionSetNode, type: GraphQLNamedType, atRoot: boolean): Measure {
    const total: Measure = { ...EMPTY };
    for (const selection of set.selections) {
      const measure =
        selection.kind === Kind.FIELD
          ? this.#field(selection, type, atRoot)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? this.selectionSet(
                selection.selectionSet,
                (selection.typeCondition && this.schema.getType(selection.typeCondition.name.value)) || type,
                atRoot,
              )
            : this.#spread(selection.name.value, type, atRoot);
      total.depth = Math.max(total.depth, measure.depth);
      total.cost += measure.cost;
      total.aliases += measure.aliases;
      total.directives += measure.directives + (selection.directives?.length ?? 0);
    }
    return total;
  }

  #spread(name: string, type: GraphQLNamedType, atRoot: boolean): Measure {
    const fragment = this.fragments[name];
    const key = `${name}\n${atRoot}`;
    const known = this.#fragmentMeasures.get(key);
    if (known) return known;
    // a cycle is refused by validation (NoFragmentCycles); measure it as empty rather than loop
    if (!fragment || this.#visiting.has(key)) return EMPTY;
    this.#visiting.add(key);
    const measure = this.selectionSet(
      fragment.selectionSet,
      this.schema.getType(fragment.typeCondition.name.value) ?? type,
      atRoot,
    );
    this.#visiting.delete(key);
    this.#fragmentMeasures.set(key, measure);
    return measure;
  }

  #field(node: FieldNode, parent: GraphQLNamedType, atRoot: boolean): Measure {
    const alias = node.alias ? 1 : 0;
    const name = node.name.value;
    if (INTROSPECTION_ROOTS.has(name)) return { ...EMPTY, cost: 1, aliases: alias };
    const field = fieldOf(parent, name);
    if (!field) return { ...EMPTY, aliases: alias };
    const type = getNamedType(field.type);
    const child = node.selectionSet
      ? this.selectionSet(node.selectionSet, type, false)
      : { ...EMPTY, depth: -1 };
    const page = this.#page(field, node);
    const each = 1 + child.cost;
    return {
      depth: child.depth + 1,
      cost: (atRoot ? ROOT_FIELD_COST : 0) + (page ?? 1) * each,
      aliases: alias + child.aliases,
      directives: child.directives,
    };
  }

  /** the number of items a paged field will really return at most; undefined for fields without paging */
  #page(field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
    // an unpaged list of objects (edges, the papers of an answer) is bounded by the page of its parent
    const argument = field.args.find((arg) => PAGE_ARGUMENTS.includes(arg.name));
    if (!argument) return undefined;
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field as never, node, this.variables);
    } catch (error) {
      throw requestError('BAD_USER_INPUT', shorten((error as Error).message), 400);
    }
    const value = values[argument.name];
    const page = typeof value === 'number' ? value : this.limits.defaultPageSize;
    if (!Number.isInteger(page) || page < 0 || page > this.limits.maxPageSize) {
      throw requestError(
        'BAD_USER_INPUT',
        `${node.name.value}(${argument.name}: ${page}): page size must be from 0 to ${this.limits.maxPageSize}. Page with offset/after instead.`,
        400,
        { maxPageSize: this.limits.maxPageSize },
      );
    }
    return page;
  }
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function tooComplex(message: string, details: Record<string, unknown>): GraphQLError {
  return requestError('QUERY_TOO_COMPLEX', message, 400, details);
}

/** at most `max` characters of a client's text, for quoting in an error message */
export function shorten(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** the API is read-only: a mutation or subscription is a validation failure, not a server error */
export function QueriesOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'query') {
        context.reportError(
          new GraphQLError(`This API is read-only: ${node.operation} operations are not supported.`, {
            nodes: [node],
          }),
        );
      }
    },
  };
}

/** refuses, before anything runs, a request that asks for too large a page, nests too deep or costs too much */
export function limitsPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits = DEFAULT_LIMITS,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode =>
                  definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const { cost } = checkOperation(schema, operation, fragments, request.variables ?? {}, limits);
          // ops hook: the request log and the rate limiter weigh the request by its cost
          const info = currentRequest();
          if (info) info.cost = cost;
        },
      };
    },
  };
}
