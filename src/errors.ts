import { GraphQLError } from 'graphql';

/** the stable codes every PaperGraph error carries; the API exposes them as GraphQL error codes */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INPUT_INVALID'
  | 'DATABASE_UNAVAILABLE'
  | 'NEO4J_RUNTIME'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COMPLEX'
  | 'QUERY_TIMEOUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RESPONSE_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR'
  | 'PORT_IN_USE'
  /** a bad command line: the CLI prints the message and the command's usage, and exits 2 */
  | 'USAGE';

/** an error a client receives before any resolver runs: a code from the union and the HTTP status it travels with */
export function requestError(
  code: ErrorCode,
  message: string,
  status: number,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status }, ...details } });
}

/** an expected failure with a code and a message that says what to do next */
export class KgError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
