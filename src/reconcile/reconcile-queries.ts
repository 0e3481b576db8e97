/**
 * Reads a batch of reconciliation queries (W3C Entity Reconciliation API 0.2): a JSON object
 * of `{key: {query, type?, limit?, properties?, type_strict?}}`. Everything is checked before
 * any database work, and a problem is thrown naming its place (`queries.q0.properties[1].pid`).
 */
import { parsePartialDate } from '../domain/partial-date';
import { EntityKind } from '../domain/vocabulary';
import {
  ReconcileProperty,
  reconcileProperty,
  reconcileType,
  RECONCILE_PROPERTIES,
  RECONCILE_TYPES,
} from './reconcile-vocabulary';

export const MAX_QUERIES_PER_BATCH = 50;
export const MAX_RESULTS_PER_QUERY = 25;
export const DEFAULT_RESULTS_PER_QUERY = 5;
/** As long as the longest name the API accepts. */
export const MAX_QUERY_TEXT = 300;
const MAX_VALUES_PER_PROPERTY = 10;

const QUERY_FIELDS = new Set(['query', 'type', 'limit', 'properties', 'type_strict']);
const TYPE_STRICT = new Set(['any', 'all', 'should']);

export class ReconcileInputError extends Error {
  constructor(
    readonly place: string,
    readonly reason: string,
  ) {
    super(`${place}: ${reason}`);
  }
}

export interface PropertyConstraint {
  property: ReconcileProperty;
  /** The values asked for: a date (EDTF) or a place's id or name. */
  values: string[];
  place: string;
}

export interface ReconcileQuery {
  key: string;
  text: string;
  kinds: EntityKind[] | null;
  limit: number;
  properties: PropertyConstraint[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTypes(value: unknown, place: string): EntityKind[] | null {
  if (value === undefined || value === null) return null;
  const ids = Array.isArray(value) ? value : [value];
  if (ids.length === 0) return null;
  return ids.map((id, i) => {
    const at = Array.isArray(value) ? `${place}[${i}]` : place;
    const type = typeof id === 'string' ? reconcileType(id) : undefined;
    if (!type)
      throw new ReconcileInputError(
        at,
        `unknown type ${JSON.stringify(id)}; the types are ${RECONCILE_TYPES.map((t) => t.id).join(', ')}`,
      );
    return type.id;
  });
}

function readValue(value: unknown, place: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  // A value reconciled earlier comes as {id, name}: the id is what we stored.
  if (isObject(value) && typeof value.id === 'string' && value.id.trim() !== '') return value.id.trim();
  throw new ReconcileInputError(place, 'must be a non-empty string, a number or {"id": ...}');
}

function readConstraint(value: unknown, place: string): PropertyConstraint {
  if (!isObject(value)) throw new ReconcileInputError(place, 'must be an object {"pid": ..., "v": ...}');
  for (const field of Object.keys(value)) {
    if (field !== 'pid' && field !== 'v')
      throw new ReconcileInputError(
        `${place}.${field}`,
        'unknown field; a property constraint has pid and v',
      );
  }
  const property = typeof value.pid === 'string' ? reconcileProperty(value.pid) : undefined;
  if (!property)
    throw new ReconcileInputError(
      `${place}.pid`,
      `unknown property ${JSON.stringify(value.pid)}; the properties are ${RECONCILE_PROPERTIES.map((p) => p.id).join(', ')}`,
    );
  const raw = Array.isArray(value.v) ? value.v : [value.v];
  if (raw.length === 0 || raw.length > MAX_VALUES_PER_PROPERTY)
    throw new ReconcileInputError(`${place}.v`, `give 1 to ${MAX_VALUES_PER_PROPERTY} values`);
  const values = raw.map((v, i) => {
    const at = Array.isArray(value.v) ? `${place}.v[${i}]` : `${place}.v`;
    const text = readValue(v, at);
    if (property.check === 'date') {
      try {
        parsePartialDate(text);
      } catch (error) {
        throw new ReconcileInputError(at, (error as Error).message);
      }
    }
    return text;
  });
  return { property, values, place };
}

function readQuery(key: string, value: unknown): ReconcileQuery {
  const place = `queries.${key}`;
  if (!isObject(value)) throw new ReconcileInputError(place, 'must be an object with at least "query"');
  for (const field of Object.keys(value)) {
    if (!QUERY_FIELDS.has(field))
      throw new ReconcileInputError(
        `${place}.${field}`,
        `unknown field; a query has ${[...QUERY_FIELDS].join(', ')}`,
      );
  }
  if (typeof value.query !== 'string' || value.query.trim() === '')
    throw new ReconcileInputError(`${place}.query`, 'must be a non-empty string');
  if (value.query.length > MAX_QUERY_TEXT)
    throw new ReconcileInputError(`${place}.query`, `is longer than ${MAX_QUERY_TEXT} characters`);
  const limit = value.limit ?? DEFAULT_RESULTS_PER_QUERY;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_RESULTS_PER_QUERY) {
    throw new ReconcileInputError(
      `${place}.limit`,
      `must be an integer from 1 to ${MAX_RESULTS_PER_QUERY}, got ${JSON.stringify(limit)}`,
    );
  }
  if (value.type_strict !== undefined && !TYPE_STRICT.has(value.type_strict as string)) {
    throw new ReconcileInputError(`${place}.type_strict`, 'must be "any", "all" or "should"');
  }
  const properties = value.properties ?? [];
  if (!Array.isArray(properties))
    throw new ReconcileInputError(`${place}.properties`, 'must be a list of {"pid": ..., "v": ...}');
  return {
    key,
    text: value.query,
    kinds: readTypes(value.type, `${place}.type`),
    limit,
    properties: properties.map((p, i) => readConstraint(p, `${place}.properties[${i}]`)),
  };
}

/** `text` is the `queries` parameter as sent (JSON). */
export function parseQueryBatch(text: string): ReconcileQuery[] {
  let batch: unknown;
  try {
    batch = JSON.parse(text);
  } catch {
    throw new ReconcileInputError('queries', 'is not valid JSON');
  }
  if (!isObject(batch))
    throw new ReconcileInputError(
      'queries',
      'must be a JSON object of named queries, e.g. {"q0": {"query": "Leo Klejn"}}',
    );
  const keys = Object.keys(batch);
  if (keys.length === 0 || keys.length > MAX_QUERIES_PER_BATCH)
    throw new ReconcileInputError(
      'queries',
      `must hold 1 to ${MAX_QUERIES_PER_BATCH} queries, got ${keys.length}`,
    );
  return keys.map((key) => readQuery(key, batch[key]));
}
