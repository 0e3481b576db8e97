/**
 * Refusals of a GraphQL request before Apollo runs it (an invalid bearer token, a database known
 * to be down), shaped as a GraphQL response with a stable code. Their HTTP status follows the
 * GraphQL-over-HTTP spec: a client that accepts `application/graphql-response+json` gets the
 * 4xx/5xx status that fits (the response has no `data`); one that wants `application/json` gets
 * 200 for a well-formed request, as the spec asks, except 401, which any HTTP client must see.
 */
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { authenticate, TokenEntry } from '../auth/api-tokens';
import { ErrorCode } from '../api-errors';
import { Database } from '../db/database';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** Seconds a client is told to wait while the database is down: the breaker probes every second. */
export const OUTAGE_RETRY_AFTER_S = 2;

/** The media type Apollo will answer with: the same negotiation, in the same order of preference. */
function wantsGraphqlResponseJson(req: Request): boolean {
  return (
    req.get('accept') !== undefined &&
    req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
  );
}

function refuse(
  req: Request,
  res: Response,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string>,
): void {
  const graphqlResponse = wantsGraphqlResponseJson(req);
  res
    .status(graphqlResponse || status === 401 ? status : 200)
    .set(headers)
    .type(graphqlResponse ? `${GRAPHQL_RESPONSE_JSON}; charset=utf-8` : 'application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * An Authorization header that is not a valid token is refused on reads as on writes: a client
 * whose token was revoked or mistyped must learn it, not get anonymous answers.
 */
export function refuseInvalidTokens(tokens: readonly TokenEntry[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (authenticate(tokens, req.get('authorization')).kind !== 'invalid') {
      next();
      return;
    }
    refuse(
      req,
      res,
      401,
      'The bearer token is not valid: send "Authorization: Bearer <token>" with a current token, or no Authorization header to read anonymously.',
      ErrorCode.UNAUTHENTICATED,
      {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      },
    );
  };
}

/** While the database is known to be down, answer at once with Retry-After instead of running the operation. */
export function refuseDuringOutage(db: Database): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'OPTIONS' || !(await db.knownDown())) {
      next();
      return;
    }
    refuse(
      req,
      res,
      503,
      'The graph database is unavailable; try again shortly.',
      ErrorCode.SERVICE_UNAVAILABLE,
      { 'Retry-After': String(OUTAGE_RETRY_AFTER_S) },
    );
  };
}
