/**
 * Coerces a request's variables by the operation's declarations, as execution would, so that a
 * bad variable (missing, of the wrong type, an unknown enum value, an incomplete input object)
 * is reported as graphql's own message naming the variable, with BAD_USER_INPUT, instead of
 * surfacing later as a cost that "could not be bounded". The coerced values include declared
 * defaults, so the limits that follow see the values the resolvers would get.
 */
import { GraphQLError, GraphQLSchema, Kind, VariableDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { variableError } from './variable-shape';

export function coerceVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const coerced = getVariableValues(schema, definitions, variables, { maxErrors: 1 });
  if (coerced.errors) throw coercionError(coerced.errors[0]);
  return coerced.coerced;
}

function coercionError(error: GraphQLError | undefined): GraphQLError {
  const node = error?.nodes?.[0];
  const variable = node?.kind === Kind.VARIABLE_DEFINITION ? `$${node.variable.name.value}` : undefined;
  return variableError(
    error?.message ?? 'The variables could not be read.',
    variable ? { argument: variable } : {},
  );
}
