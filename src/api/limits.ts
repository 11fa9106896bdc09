import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
// the package's ESM build imports graphql/index.mjs, a second copy of graphql beside the one @neo4j/graphql uses
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { currentRequest } from './ops/request.ts';

/** the bounds every request must stay within */
export interface QueryLimits {
  /** largest `limit` / `first` a field may ask for */
  maxPageSize: number;
  /** deepest selection nesting */
  maxDepth: number;
  /** largest estimated number of objects a request may produce */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxPageSize: 100, maxDepth: 10, maxCost: 25_000 };

// Nested relationship lists without a limit get the schema's @limit default of 20; 10 is the typical fill.
const UNBOUNDED_LIST_ESTIMATE = 10;

/** a list field costs its page size times what each item costs; anything else costs one plus its children */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const page =
    typeof args.limit === 'number' ? args.limit : typeof args.first === 'number' ? args.first : undefined;
  if (page !== undefined) return page * (childComplexity + 1);
  return isListType(getNullableType(field.type))
    ? UNBOUNDED_LIST_ESTIMATE * (childComplexity + 1)
    : childComplexity + 1;
};

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
          const variables = request.variables ?? {};
          const fragments = Object.fromEntries(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode =>
                  definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          );
          checkPageSizesAndDepth(operation, fragments, variables, limits);
          const cost = getComplexity({
            schema,
            query: document,
            variables,
            operationName: request.operationName ?? undefined,
            estimators: [pageSizeEstimator],
          });
          // ops hook: the request log and the rate limiter weigh the request by its cost
          const info = currentRequest();
          if (info) info.cost = cost;
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `This query could produce about ${cost} objects; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  http: { status: 400 },
                  cost,
                  maxCost: limits.maxCost,
                },
              },
            );
          }
        },
      };
    },
  };
}

function checkPageSizesAndDepth(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): void {
  const valueOf = (node: ValueNode): unknown =>
    node.kind === Kind.VARIABLE
      ? variables[node.name.value]
      : node.kind === Kind.INT
        ? Number(node.value)
        : undefined;
  const visit = (set: SelectionSetNode, depth: number, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        // a fragment that spreads itself is caught by validation; stop here rather than loop
        if (fragment && !seen.has(fragment.name.value)) {
          visit(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]));
        }
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth, seen);
        continue;
      }
      for (const argument of selection.arguments ?? []) {
        if (argument.name.value !== 'limit' && argument.name.value !== 'first') continue;
        const value = valueOf(argument.value);
        if (typeof value === 'number' && (value > limits.maxPageSize || value < 0)) {
          throw new GraphQLError(
            `${selection.name.value}(${argument.name.value}: ${value}): page size must be from 0 to ${limits.maxPageSize}. Page with offset/after instead.`,
            {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, maxPageSize: limits.maxPageSize },
            },
          );
        }
      }
      if (selection.selectionSet) {
        if (depth + 1 > limits.maxDepth) {
          throw new GraphQLError(`The query nests deeper than ${limits.maxDepth} levels.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, maxDepth: limits.maxDepth },
          });
        }
        visit(selection.selectionSet, depth + 1, seen);
      }
    }
  };
  visit(operation.selectionSet, 0, new Set());
}
