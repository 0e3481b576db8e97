/**
 * The last gate before an error reaches a client: errors with one of our stable codes (and
 * Apollo's own request errors) pass; anything else is logged and replaced by a generic
 * INTERNAL_SERVER_ERROR, so no driver message, Cypher or stack trace ever leaves the server.
 */
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../api-errors';

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  const original = (error as { originalError?: { cause?: { databaseCode?: string; error?: Error } } }).originalError;
  console.error('[graphql] internal error:', original?.cause?.error?.message ?? error);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
