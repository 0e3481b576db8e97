/**
 * The errors the modules below the API raise (db/, writes/, graph-state/, planning/ ...): plain errors with a
 * stable code and a message that names the argument, the id or the limit, and never carries
 * Cypher, driver messages or stack traces. They know nothing of GraphQL or HTTP: the GraphQL
 * edge (server/format-error.ts) and the export routes (server/export-routes.ts) each map them
 * once, to `extensions.code` and to an HTTP status.
 */

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

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What a client may use beside the message: the argument, the id, the limit ... */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The code of a DomainError, or null for any other error. */
export function domainCode(error: unknown): ErrorCode | null {
  return error instanceof DomainError ? error.code : null;
}

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, message, extra);
}

export function badInput(
  argument: string,
  message: string,
  extra: Record<string, unknown> = {},
): DomainError {
  return apiError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argument, ...extra });
}

export function notFound(id: string): DomainError {
  return apiError(ErrorCode.NOT_FOUND, `No entity with id "${id}"`, { id });
}

/** Rejects a numeric argument outside [min, max], naming the argument and the limit. */
export function requireRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max}, got ${value}`, { min, max });
  }
}
