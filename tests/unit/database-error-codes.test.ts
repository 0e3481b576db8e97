/**
 * What a client sees for the errors a Neo4j server gives while it stops, times out or refuses a
 * write: stable codes, never the server's own words.
 */
import { Neo4jError } from 'neo4j-driver';
import { mapDatabaseError } from '../../src/db/database-errors';

const codeOf = (neo4jCode: string) =>
  mapDatabaseError(new Neo4jError('server words', neo4jCode, '50N42', 'general processing exception')).code;

describe('database error codes', () => {
  it.each([
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.Terminated', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.Terminated', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
    ['Neo.TransientError.Transaction.LockClientStopped', 'TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL_SERVER_ERROR'],
  ])('%s becomes %s', (neo4jCode, apiCode) => {
    expect(codeOf(neo4jCode)).toBe(apiCode);
    expect(
      mapDatabaseError(new Neo4jError('server words', neo4jCode, '50N42', 'general processing exception'))
        .message,
    ).not.toContain('server words');
  });
});
