/**
 * The errors the API returns, each with a stable `extensions.code`. Messages name the argument,
 * the id or the limit, and never carry Cypher, driver messages or stack traces.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TIMEOUT: 'TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The Neo4j server answers but lacks the configured database (NEO4J_DATABASE). */
  DATABASE_NOT_FOUND: 'DATABASE_NOT_FOUND',
  /** The database went away after a write's commit was asked for: it may or may not have committed. */
  OUTCOME_UNKNOWN: 'OUTCOME_UNKNOWN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(argument: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argument, ...extra });
}

export function notFound(id: string): GraphQLError {
  return apiError(ErrorCode.NOT_FOUND, `No entity with id "${id}"`, { id });
}

/** Rejects a numeric argument outside [min, max], naming the argument and the limit. */
export function requireRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max}, got ${value}`, { min, max });
  }
}
