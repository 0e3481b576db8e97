/**
 * The resolver classes of traversal and evidence fields exist to declare those fields and their
 * arguments for the schema; every method returns the planned answer (plannedValue), because
 * the planner read the arguments once, from the document. Left to type-graphql, each call would
 * still make an instance of the arguments' class and of the parent type: 106 times in one
 * nested3 request (5 laws x 20 convicted), to be ignored. So, once the schema is built, those
 * fields resolve to plannedValue directly.
 */
import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { plannedValue } from './planned-field';

const resolvePlanned: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) =>
  plannedValue(source, info);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own key for a class
export function resolvePlannedFieldsDirectly(schema: GraphQLSchema, resolverClasses: Function[]): void {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(
    [...storage.objectTypes, ...storage.interfaceTypes].map((type) => [type.target, type.name]),
  );
  /** Field names by the name of the type (or interface) whose resolver class declares them. */
  const planned = new Map<string, Set<string>>();
  for (const resolver of storage.fieldResolvers) {
    if (!resolverClasses.includes(resolver.target)) continue;
    const typeName = typeNames.get(resolver.getObjectType?.());
    if (typeName === undefined) throw new Error(`No GraphQL type for ${resolver.target.name}`);
    const fields = planned.get(typeName) ?? new Set<string>();
    fields.add(resolver.schemaName);
    planned.set(typeName, fields);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const owners = [type.name, ...type.getInterfaces().map((i) => i.name)];
    for (const [name, field] of Object.entries(type.getFields()))
      if (owners.some((owner) => planned.get(owner)?.has(name))) field.resolve = resolvePlanned;
  }
}
