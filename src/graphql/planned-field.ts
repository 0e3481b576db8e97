/**
 * Fields whose answers the root field's statement already holds. The planner put each under
 * its response key in the parent's `__c` (planning/shape-result.ts); these read it from there.
 */
import { defaultFieldResolver, GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { Compiled } from '../planning/shape-result';

function compiledOf(source: unknown): Compiled | undefined {
  return source !== null && typeof source === 'object' ? (source as { __c?: Compiled }).__c : undefined;
}

/** The planned answer of a field that only the planner can answer (a traversal, evidence). */
export function plannedValue(source: unknown, info: GraphQLResolveInfo): unknown {
  const compiled = compiledOf(source);
  const key = String(info.path.key);
  if (compiled === undefined || !Object.prototype.hasOwnProperty.call(compiled, key)) {
    throw new Error(`${info.parentType.name}.${info.fieldName} (${key}) was not planned by the root field`);
  }
  return compiled[key];
}

/**
 * The resolver of every field without one of its own: the planned answer under the field's
 * response key where there is one (endpoints, nodes, edges), else the property of that name.
 */
export const plannedFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  const compiled = compiledOf(source);
  const key = String(info.path.key);
  if (compiled !== undefined && Object.prototype.hasOwnProperty.call(compiled, key)) return compiled[key];
  return defaultFieldResolver(source, args, context, info);
};
