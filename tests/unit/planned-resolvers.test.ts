/**
 * Traversal and evidence fields answer from the root field's plan. They must resolve to it
 * directly: through type-graphql, each call built its arguments' class instance for nothing,
 * 106 times in one nested3 request.
 */
import { getNamedType, isObjectType } from 'graphql';
import { buildGraphSchema } from '../../src/graphql/build-schema';

describe('planned fields', () => {
  const schema = buildGraphSchema();
  const objectTypes = Object.values(schema.getTypeMap()).filter(isObjectType);

  it('resolve every traversal of every entity type, and a relation evidence, straight from the plan', () => {
    const planned = objectTypes
      .filter((type) => type.name !== 'Query')
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter(
            (field) =>
              getNamedType(field.type).name === 'RelationConnection' ||
              (type.name === 'Relation' &&
                ['evidence', 'sources', 'sourceCount', 'citationCount'].includes(field.name)),
          )
          .map((field) => ({ at: `${type.name}.${field.name}`, resolve: field.resolve?.name })),
      );
    expect(planned.length).toBeGreaterThan(20);
    expect(planned.filter((p) => p.resolve !== 'resolvePlanned')).toEqual([]);
  });

  it('answer what the plan holds under the field response key', () => {
    const person = schema.getType('Person');
    if (!isObjectType(person)) throw new Error('no Person type');
    const resolve = person.getFields().convictions?.resolve;
    const answer = { nodes: [] };
    const info = { path: { key: 'laws' }, parentType: person, fieldName: 'convictions' };
    expect(resolve?.({ __c: { laws: answer } }, { first: 5 }, {}, info as never)).toBe(answer);
  });
});
