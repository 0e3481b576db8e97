/**
 * Whether a request selects a field below the current one, or anywhere in its document, so
 * the API can skip work nobody asked for (the edges of a neighbourhood cost more than its
 * nodes; a relation's evidence more than the relation).
 */
import { BREAK, DocumentNode, GraphQLResolveInfo, SelectionSetNode, visit } from 'graphql';

function selects(set: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo): boolean {
  if (!set) return false;
  return set.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === field;
    if (selection.kind === 'InlineFragment') return selects(selection.selectionSet, field, info);
    return selects(info.fragments[selection.name.value]?.selectionSet, field, info);
  });
}

export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, field, info));
}

/** Whether any field of the document, in any operation or fragment, has one of these names. */
export function documentSelectsAny(document: DocumentNode, names: ReadonlySet<string>): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!names.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}
