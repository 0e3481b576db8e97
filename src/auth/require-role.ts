/**
 * The gate of every write: no or an unknown token is UNAUTHENTICATED, a valid token without
 * the role is FORBIDDEN. Checked before any database work, so a refused write changes nothing.
 */
import { apiError, ErrorCode } from '../api-errors';
import { Actor, Authentication, Role } from './api-tokens';

export function requireRole(auth: Authentication, role: Role): Actor {
  if (auth.kind === 'anonymous') {
    throw apiError(
      ErrorCode.UNAUTHENTICATED,
      'Writes need a bearer token: send "Authorization: Bearer <token>".',
    );
  }
  if (auth.kind === 'invalid') throw apiError(ErrorCode.UNAUTHENTICATED, 'The bearer token is not valid.');
  if (auth.actor.role !== role) {
    throw apiError(
      ErrorCode.FORBIDDEN,
      `This operation needs the role "${role}"; the token has "${auth.actor.role}".`,
      { requiredRole: role },
    );
  }
  return auth.actor;
}
