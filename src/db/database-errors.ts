/**
 * Maps driver and server errors to API errors with stable codes. The original error is logged
 * by the server, never sent to the client: it may contain Cypher or internal details.
 */
import { Neo4jError } from 'neo4j-driver';
import { apiError, DomainError, ErrorCode } from '../api-errors';
import { GateTimeout } from './concurrency-gate';

/** Refused without trying: a recent call found the database unavailable (see OutageBreaker). */
export class DatabaseDown extends Error {}

/** The server did not answer within the time limit plus a grace period (see Database). */
export class ClientDeadline extends Error {}

/**
 * The server answers but has no database of the configured name (NEO4J_DATABASE). Told apart
 * from a server shutting down, which answers DatabaseNotFound for a while too, by asking it.
 */
export class MissingDatabase extends Error {
  constructor(readonly database: string) {
    super(`no database "${database}"`);
  }
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  // What a server that is shutting down answers for the transactions it still holds.
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.DatabaseError.Transaction.TransactionStartFailed',
]);

/** Transient errors mean "try again later" (a database stopping, a leader switching). */
function unavailable(code: string | undefined): boolean {
  return code !== undefined && (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.'));
}

export function mapDatabaseError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = error instanceof Neo4jError ? error.code : (error as { code?: string } | null)?.code;
  const cause = { databaseCode: code ?? null };
  let mapped: DomainError;
  if (error instanceof GateTimeout) {
    mapped = apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is busy; try again shortly.');
  } else if (error instanceof MissingDatabase) {
    mapped = apiError(
      ErrorCode.DATABASE_NOT_FOUND,
      `The API is configured for the database "${error.database}" (NEO4J_DATABASE), which the Neo4j server does not have; retrying will not help until the configuration is fixed.`,
    );
  } else if (error instanceof ClientDeadline) {
    mapped = apiError(
      ErrorCode.TIMEOUT,
      'The graph database did not answer within the time limit; a write may or may not have been committed, so read it back before retrying.',
    );
  } else if (
    code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.TransientError.Transaction.LockClientStopped'
  ) {
    mapped = apiError(
      ErrorCode.TIMEOUT,
      'The query took longer than the transaction time limit and was stopped.',
    );
  } else if (error instanceof DatabaseDown || unavailable(code)) {
    mapped = apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');
  } else if (code?.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
    // Bookmarks only come from the client (the X-Neo4j-Bookmarks header): its mistake, not ours.
    mapped = apiError(
      ErrorCode.BAD_USER_INPUT,
      'X-Neo4j-Bookmarks: a bookmark sent is not one this database issued; send the bookmarks of a response of this API (extensions.bookmarks), or none.',
      {
        argument: 'X-Neo4j-Bookmarks',
      },
    );
  } else if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    mapped = apiError(
      ErrorCode.CONFLICT,
      'The change conflicts with existing data (a uniqueness constraint was violated).',
    );
  } else {
    mapped = apiError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error while querying the graph database.');
  }
  // Kept for the server's log and for tests; the response formatter never sends it.
  Object.defineProperty(mapped, 'cause', { value: { ...cause, error }, enumerable: false });
  return mapped;
}

/** A write whose commit was asked for when the database went away: it may or may not have committed. */
export function outcomeUnknown(unavailable: DomainError): DomainError {
  const mapped = apiError(
    ErrorCode.OUTCOME_UNKNOWN,
    'The graph database went away while this write was being committed: it may or may not have been applied. Send it again with the same idempotencyKey to get its outcome without applying it twice, or read it back before retrying.',
  );
  Object.defineProperty(mapped, 'cause', {
    value: (unavailable as { cause?: unknown }).cause,
    enumerable: false,
  });
  return mapped;
}
