/**
 * GraphQL's field collection (spec §6.3.2, CollectFields), done ahead of execution: which fields
 * an object of a given type gets from a selection set, through fragments, inline fragments,
 * type conditions and @skip/@include, merged by response key. The planner calls it once per
 * possible runtime type, so fragments on interfaces and on concrete kinds both reach the plan.
 */
import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  SelectionSetNode,
} from 'graphql';

export interface OperationScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The field nodes that share one response key, and the field they select. */
export interface CollectedField {
  responseKey: string;
  nodes: FieldNode[];
  definition: GraphQLField<unknown, unknown>;
}

function included(scope: OperationScope, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, scope.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, scope.variables)?.if !== false;
}

function conditionApplies(
  scope: OperationScope,
  condition: string | undefined,
  type: GraphQLObjectType,
): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = scope.schema.getType(condition);
  return (
    conditionType !== undefined &&
    conditionType !== null &&
    isAbstractType(conditionType) &&
    scope.schema.isSubType(conditionType, type)
  );
}

export function collectFields(
  scope: OperationScope,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
): CollectedField[] {
  const fields = new Map<string, CollectedField>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (!included(scope, selection)) continue;
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const definition = type.getFields()[name];
        if (!definition) continue;
        const key = selection.alias?.value ?? name;
        const field = fields.get(key);
        if (field) field.nodes.push(selection);
        else fields.set(key, { responseKey: key, nodes: [selection], definition });
      } else if (selection.kind === 'InlineFragment') {
        if (conditionApplies(scope, selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (
          visited.has(name) ||
          !fragment ||
          !conditionApplies(scope, fragment.typeCondition.name.value, type)
        )
          continue;
        visited.add(name);
        visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return [...fields.values()];
}

/** The sub-selections of merged field nodes (a field selected twice merges both). */
export function subSelections(field: Pick<CollectedField, 'nodes'>): SelectionSetNode[] {
  return field.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** Argument values as graphql-js would pass them: literals, variables and defaults, coerced. */
export function argumentValues(scope: OperationScope, field: CollectedField): Record<string, unknown> {
  return getArgumentValues(field.definition, field.nodes[0] as FieldNode, scope.variables);
}

/**
 * Which arguments the document writes out (as literals or variables). The statement's text
 * may depend on this, the request's shape, but never on the values.
 */
export function writtenArguments(field: CollectedField): ReadonlySet<string> {
  return new Set((field.nodes[0]?.arguments ?? []).map((argument) => argument.name.value));
}
