/**
 * Failures of the plain-HTTP routes (exports, reconciliation, linked data) as JSON with a
 * stable code and the status that fits it: a domain error (src/api-errors.ts) keeps its code,
 * anything else is an internal error whose details stay in the log.
 */
import { Response } from 'express';
import { domainCode, ErrorCode } from '../api-errors';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

/** Seconds a client is told to wait when the database is unavailable. */
const RETRY_AFTER_S = 2;

export function sendJsonError(res: Response, status: number, error: Record<string, unknown>): void {
  res.status(status).json({ error });
}

/** `what` says what failed, for the log and the message ("exporting", "reconciling"). */
export function sendRouteFailure(res: Response, error: unknown, what: string): void {
  const code = domainCode(error) ?? ErrorCode.INTERNAL_SERVER_ERROR;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR)
    console.error(
      `[http] failed while ${what}:`,
      (error as { cause?: { error?: Error } }).cause?.error?.message ?? error,
    );
  if (code === ErrorCode.SERVICE_UNAVAILABLE) res.set('Retry-After', String(RETRY_AFTER_S));
  res.removeHeader('ETag');
  sendJsonError(res, STATUS[code] ?? 500, {
    code,
    message:
      code === ErrorCode.INTERNAL_SERVER_ERROR ? `Internal error while ${what}` : (error as Error).message,
  });
}
