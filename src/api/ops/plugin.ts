import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { ClientLimiter } from './rate-limit.ts';
import { rateLimitedBody } from './rate-limit.ts';
import { currentRequest } from './request.ts';

/**
 * records each operation's name and first error code for the request log, and spends the client's rate-limit
 * budget by the operation's estimated cost before it runs (limits.ts has set the cost by then)
 */
export function opsPlugin(limiter: ClientLimiter | undefined): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ request }) {
      const info = currentRequest();
      if (!info) return;
      info.query = request.query;
      return {
        async didResolveOperation({ operation, operationName }) {
          info.operation = operationLabel(operationName, operation);
        },
        // runs after every didResolveOperation, so the cost is known; a non-null answer replaces execution
        async responseForOperation() {
          if (!limiter || !info.limited || !info.cost) return null;
          const retryAfter = await limiter.take(info.client, info.cost);
          if (retryAfter === 0) return null;
          return {
            http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
            body: { kind: 'single', singleResult: rateLimitedBody(retryAfter) },
          };
        },
        // As headers, the operation and cost are kept with a cached response, so a cache hit is logged and
        // counted under its operation too; a client may read its cost, which is what its budget pays.
        async willSendResponse({ response }) {
          if (info.operation) response.http.headers.set('x-papergraph-operation', info.operation);
          if (info.cost !== undefined) response.http.headers.set('x-papergraph-cost', String(info.cost));
          if (response.body.kind !== 'single') return;
          const code = response.body.singleResult.errors?.[0]?.extensions?.code;
          if (typeof code === 'string') info.code = code;
        },
      };
    },
  };
}

/** the operation's name when it has one, else its root fields: `{ findPapers … }` is "findPapers" */
function operationLabel(name: string | null, operation: OperationDefinitionNode | undefined): string {
  if (name) return name.slice(0, 64);
  if (!operation) return '-';
  const fields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  return [...new Set(fields)].sort().slice(0, 3).join('+') || operation.operation;
}
