/**
 * The last gate before an error reaches a client, and the one place a DomainError (api-errors.ts)
 * becomes a GraphQL error: its code and details become `extensions`. Errors with one of our
 * stable codes (and Apollo's own request errors) pass; anything else is logged and replaced by a generic
 * INTERNAL_SERVER_ERROR, so no driver message, Cypher or stack trace ever leaves the server.
 * Apollo's request errors that carry no code (a persisted query's hash that does not match)
 * get BAD_REQUEST and a message naming the cause; echoed input is shortened (echo-limit.ts).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../api-errors';
import { shortenEcho, shortenEchoes } from './echo-limit';

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Validation stops at this many errors (Apollo's validationOptions.maxErrors). */
export const MAX_VALIDATION_ERRORS = 25;

/** graphql's and Apollo's bare wordings, and what they mean for the client. */
const CLEARER: Record<string, { message: string; extensions?: Record<string, unknown> }> = {
  'provided sha does not match query': {
    message:
      'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it; send the hash of exactly that query text (hex, lowercase).',
  },
  'Unsupported persisted query version': { message: 'extensions.persistedQuery.version must be 1.' },
  'Too many validation errors, error limit reached. Validation aborted.': {
    message: `Validation stopped after ${MAX_VALIDATION_ERRORS} errors; the errors before this one are the first ${MAX_VALIDATION_ERRORS}. Fix them and send the operation again.`,
    extensions: { limit: 'maxValidationErrors', max: MAX_VALIDATION_ERRORS },
  },
};

/**
 * A client error Apollo raised without a code (the formatted error then says
 * INTERNAL_SERVER_ERROR): its HTTP status says it is the request's fault.
 */
function uncodedRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

/** The DomainError behind a GraphQL error (graphql-js and Apollo wrap what resolvers and plugins throw). */
function domainErrorIn(error: unknown): DomainError | null {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current instanceof DomainError ? current : null;
}

export function formatError(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorIn(error);
  const formatted = domain
    ? { ...given, extensions: { ...given.extensions, code: domain.code, ...domain.details } }
    : given;
  const code = uncodedRequestError(error) ? 'BAD_REQUEST' : formatted.extensions?.code;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const clearer = CLEARER[formatted.message];
    return {
      ...formatted,
      message: clearer?.message ?? shortenEcho(formatted.message),
      extensions: { ...shortenEchoes(extensions), code, ...clearer?.extensions },
    };
  }
  const original = (error as { originalError?: { cause?: { databaseCode?: string; error?: Error } } })
    .originalError;
  console.error('[graphql] internal error:', original?.cause?.error?.message ?? error);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
