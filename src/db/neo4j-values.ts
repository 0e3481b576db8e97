/**
 * Conversion of what the driver returns into plain JSON-able values: Neo4j integers become
 * numbers (they are ids, counts and years here, far below 2^53), temporal values become ISO
 * strings, nodes and relationships become their property maps.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isTime,
  isNode,
  isRelationship,
} from 'neo4j-driver';

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers, and most maps are plain: they go first, because the
  // driver's type checks below cost a property lookup each and this runs for every value of
  // every row (they were near the top of a CPU profile of the server on nested reads).
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNative);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = toNative((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (isNode(value) || isRelationship(value)) return toNative((value as { properties: unknown }).properties);
  return value;
}

/**
 * JavaScript numbers reach Cypher as floats, which SKIP, LIMIT and range() reject; whole
 * numbers are sent as Neo4j integers instead.
 */
export function toParameter(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParameter);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>))
      out[key] = toParameter(inner);
    return out;
  }
  return value;
}
