/**
 * A length cap on every ID argument of the operation (entity(id:), relations(of:), paths(from:
 * to:), updateRelation(id:), changes(targetId:) ...), checked before any database work: no id
 * of this graph is longer than MAX_ID_LENGTH, and an id of any length used to travel to Neo4j
 * and back into the error message (a 95 KB id came back in a 190 KB answer).
 */
import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLID,
  GraphQLSchema,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { RELATION_TYPE_NAMES } from '../domain/vocabulary';
import { MAX_ENTITY_ID_LENGTH } from '../graphql/inputs/entity-inputs';
import { variableError } from './variable-shape';

const MAX_KEY_LENGTH = 60;

/** The longest relation id: from>TYPE>to#key (see relationId in src/dataset/dataset-records.ts). */
export const MAX_ID_LENGTH =
  2 * MAX_ENTITY_ID_LENGTH + 2 + Math.max(...RELATION_TYPE_NAMES.map((t) => t.length)) + 1 + MAX_KEY_LENGTH;

function tooLong(value: unknown): number | null {
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) if (typeof item === 'string' && item.length > MAX_ID_LENGTH) return item.length;
  return null;
}

/** BAD_USER_INPUT naming the first ID argument longer than the cap, or null. */
export function idLengthError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  const typeInfo = new TypeInfo(schema);
  let found: GraphQLError | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (found || !argument || getNamedType(argument.type) !== GraphQLID) return;
        const value =
          node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : valueFromAST(node.value, argument.type, variables);
        const length = tooLong(value);
        if (length === null) return;
        const field = typeInfo.getFieldDef()?.name ?? '';
        found = variableError(
          `${node.name.value}: an id of ${length} characters; ids are at most ${MAX_ID_LENGTH} characters.`,
          {
            argument: node.name.value,
            field,
            limit: 'maxIdLength',
            max: MAX_ID_LENGTH,
          },
        );
      },
    }),
  );
  return found;
}
