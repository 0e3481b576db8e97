/**
 * schema/schema.graphql is the committed contract; it must equal what the code emits.
 * After a deliberate change to the schema, run `npm run schema:emit` and commit the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaFile } from '../../src/graphql/build-schema';
import { RELATION_TYPES } from '../../src/domain/vocabulary';
import { buildGraphSchema } from '../../src/graphql/build-schema';
import { GraphQLObjectType } from 'graphql';

describe('the emitted schema', () => {
  it('matches schema/schema.graphql', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printSchemaFile()).toBe(committed);
  });

  it('exposes every relation property of the vocabulary on Relation', () => {
    const relation = buildGraphSchema().getType('Relation') as GraphQLObjectType;
    const fields = Object.keys(relation.getFields());
    const props = new Set(Object.values(RELATION_TYPES).flatMap((spec) => Object.keys(spec.props)));
    for (const prop of props) expect(fields).toContain(prop);
  });
});
