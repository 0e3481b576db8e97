/**
 * What the two XML exports (GEXF, GraphML) share: escaping, and the typed attribute columns
 * both formats declare before the elements that use them.
 */
import type { Attribute, Attributes } from './export-graph';

// XML 1.0 cannot carry most control characters, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
}

function typeOf(value: Attribute): ColumnType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'double';
  return 'string';
}

/** One column per attribute name, typed by its values (mixed numbers widen to double, anything else to string). */
export function columns(records: Iterable<Attributes>, skip: ReadonlySet<string> = new Set()): Column[] {
  const types = new Map<string, ColumnType>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (skip.has(name) || value === null) continue;
      const type = typeOf(value);
      const seen = types.get(name);
      if (seen === undefined) types.set(name, type);
      else if (seen !== type)
        types.set(
          name,
          (seen === 'integer' && type === 'double') || (seen === 'double' && type === 'integer')
            ? 'double'
            : 'string',
        );
    }
  }
  return [...types].map(([name, type]) => ({ name, type })).sort((a, b) => a.name.localeCompare(b.name));
}

/** A value as the text of an XML attribute value; lists are joined with "; ". */
export function textOf(value: Attribute): string {
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
