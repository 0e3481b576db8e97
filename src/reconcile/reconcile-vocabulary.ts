/**
 * What the reconciliation service offers a client: types (our entity kinds) and properties a
 * query may constrain candidates by (their dates, and the places they are linked to).
 */
import { DATE_FIELDS, kindsWithField } from '../domain/entity-fields';
import { ENTITY_KINDS, EntityKind, KIND_LABEL } from '../domain/vocabulary';

export interface ReconcileType {
  id: EntityKind;
  name: string;
}

export const RECONCILE_TYPES: readonly ReconcileType[] = ENTITY_KINDS.map((kind) => ({
  id: kind,
  name: KIND_LABEL[kind],
}));

export type PropertyCheck = 'date' | 'place';

export interface ReconcileProperty {
  id: string;
  name: string;
  description: string;
  check: PropertyCheck;
}

const DATE_PROPERTIES: ReconcileProperty[] = [...DATE_FIELDS].sort().map((field) => ({
  id: field,
  name: field,
  description: `EDTF date (${kindsWithField(field)
    .map((kind) => KIND_LABEL[kind])
    .join(', ')}); matches when the two dates can mean a common day`,
  check: 'date',
}));

export const RECONCILE_PROPERTIES: readonly ReconcileProperty[] = [
  ...DATE_PROPERTIES,
  {
    id: 'place',
    name: 'place',
    description:
      'A place the entity is linked to (an id such as place:solovki, or a name); matches when one of its places bears it',
    check: 'place',
  },
];

export function reconcileType(id: string): ReconcileType | undefined {
  return RECONCILE_TYPES.find((type) => type.id === id);
}

export function reconcileProperty(id: string): ReconcileProperty | undefined {
  return RECONCILE_PROPERTIES.find((property) => property.id === id);
}
