/**
 * The shape of a request's raw variables, checked before anything walks them: nesting depth
 * and list lengths. The walk is iterative (an explicit stack), because the variables are
 * whatever a client sent, used or not: a value nested thousands of levels deep overflowed the
 * call stack of the recursive walks that came after it (graphql's coercion, the cost estimate).
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../api-errors';

/** Input objects here nest at most three levels (input.evidence[0].quote); lists inside them once. */
export const MAX_VARIABLE_DEPTH = 10;

export function variableError(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions, http: { status: 400 } },
  });
}

/**
 * The first problem in `variables`: a value nested deeper than MAX_VARIABLE_DEPTH, or a list
 * longer than `maxListItems`, named by its path ($input.aliases); null when there is none.
 */
export function variableShapeError(
  variables: Record<string, unknown>,
  maxListItems: number,
): GraphQLError | null {
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(
    ([name, value]) => ({ value, path: `$${name}`, depth: 0 }),
  );
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path, depth } = item;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_VARIABLE_DEPTH) {
      return variableError(
        `${path}: nested more than ${MAX_VARIABLE_DEPTH} levels deep; no argument of this API takes that.`,
        {
          argument: path,
          limit: 'maxVariableDepth',
          max: MAX_VARIABLE_DEPTH,
        },
      );
    }
    if (Array.isArray(value)) {
      if (value.length > maxListItems) {
        return variableError(`${path}: a list of ${value.length} items; the limit is ${maxListItems}.`, {
          argument: path,
          limit: 'maxListItems',
          max: maxListItems,
        });
      }
      value.forEach((inner: unknown, i) =>
        stack.push({ value: inner, path: `${path}[${i}]`, depth: depth + 1 }),
      );
    } else {
      for (const [key, inner] of Object.entries(value))
        stack.push({ value: inner, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}
