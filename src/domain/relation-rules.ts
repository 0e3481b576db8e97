/**
 * What a relation of each type may link and carry, as the vocabulary says: the loader and the
 * writes both ask here, each naming the problem in its own terms (file and record, or argument).
 */
import { EntityKind, RELATION_TYPES, RelationType } from './vocabulary';

/** The kinds a relation of this type may start (`from`) or end (`to`) at. */
export function endKinds(type: RelationType, end: 'from' | 'to'): readonly EntityKind[] {
  return RELATION_TYPES[type][end];
}

export function endAccepts(type: RelationType, end: 'from' | 'to', kind: string): boolean {
  return (endKinds(type, end) as readonly string[]).includes(kind);
}

/** The property names a relation of this type has, with the type of value each takes. */
export function relationPropTypes(type: RelationType): Readonly<Record<string, string>> {
  return RELATION_TYPES[type].props;
}

/** The keys of `props` (undefined values aside) that this type has no property for. */
export function foreignProps(type: RelationType, props: Readonly<Record<string, unknown>>): string[] {
  const allowed = relationPropTypes(type);
  return Object.entries(props)
    .filter(([key, value]) => value !== undefined && !Object.prototype.hasOwnProperty.call(allowed, key))
    .map(([key]) => key);
}
