/**
 * The tests talk to a real Neo4j 5.26 server, not a mock: the server reports its version, and
 * a uniqueness constraint from cypher/schema.cypher is enforced by the database itself.
 */
import { DomainError } from '../../src/api-errors';
import { Database } from '../../src/db/database';
import { connectTestDatabase } from '../support/test-api';

describe('the test database', () => {
  let db: Database;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  it('is a Neo4j 5.26 server', async () => {
    const [row] = await db.read(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    expect(row).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
    expect(String(row?.version)).toMatch(/^5\.26\./);
  });

  it('enforces the entity id uniqueness constraint itself, and the error maps to CONFLICT', async () => {
    const attempt = db.write(
      "CREATE (:Entity {id: 'person:nika-poliakov', kind: 'PERSON', name: 'Duplicate'})",
    );
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    const error = (await attempt.catch((e: unknown) => e)) as DomainError & {
      cause: { databaseCode: string };
    };
    expect(error.code).toBe('CONFLICT');
    expect(error.cause.databaseCode).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
    const [row] = await db.read(
      "MATCH (e:Entity {id: 'person:nika-poliakov'}) RETURN count(e) AS n, e.name AS name",
    );
    expect(row).toEqual({ n: 1, name: 'Nika Poliakov' });
  });
});
