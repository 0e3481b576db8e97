/**
 * The column layouts of a curator's spreadsheet, one per file, told apart by the header:
 *
 * - entities: `id, kind, name` and any of `aliases, description` and the kinds' fields
 *   (`born, died, roles, code, article, title, ...`, src/domain/entity-fields.ts);
 * - relations with their evidence: `type, from, to, certainty, source, quote` and any of
 *   `key, date, seed, offset` and the relation types' properties (`sentence, years, role, ...`);
 *   one row per citation, the rows of one relation (same from, type, to and key) agreeing on
 *   its certainty, date and properties.
 *
 * Lists (`aliases`, `roles`) separate their items with `|`; an empty cell gives nothing.
 */
import { COMMON_ENTITY_FIELDS, KIND_FIELDS } from '../domain/entity-fields';
import { RELATION_PROP_FIELDS } from '../graphql/inputs/relation-inputs';

export type LayoutName = 'entities' | 'relations';

export interface Layout {
  name: LayoutName;
  required: readonly string[];
  columns: ReadonlySet<string>;
}

export const LIST_COLUMNS: ReadonlySet<string> = new Set(['aliases', 'roles']);
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['lat', 'lon', 'offset', 'years']);
export const LIST_SEPARATOR = '|';

const ENTITY_REQUIRED = ['id', 'kind', 'name'];
const RELATION_REQUIRED = ['type', 'from', 'to', 'certainty', 'source', 'quote'];

export const LAYOUTS: readonly Layout[] = [
  {
    name: 'entities',
    required: ENTITY_REQUIRED,
    columns: new Set([...ENTITY_REQUIRED, ...COMMON_ENTITY_FIELDS, ...Object.values(KIND_FIELDS).flat()]),
  },
  {
    name: 'relations',
    required: RELATION_REQUIRED,
    columns: new Set([...RELATION_REQUIRED, 'key', 'date', 'seed', 'offset', ...RELATION_PROP_FIELDS]),
  },
];

/** The columns of a relation row that belong to the citation rather than to the relation. */
export const CITATION_COLUMNS: ReadonlySet<string> = new Set(['source', 'quote', 'seed', 'offset']);
