/**
 * Conversion of what the driver returns into plain JSON-able values: Neo4j integers become
 * numbers (they are ids, counts and years here, far below 2^53), temporal values become ISO
 * strings, nodes and relationships become their property maps.
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isNode, isRelationship } from 'neo4j-driver';

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    isDate(value as object) ||
    isDateTime(value as object) ||
    isLocalDateTime(value as object) ||
    isTime(value as object) ||
    isLocalTime(value as object) ||
    isDuration(value as object)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (isNode(value as object) || isRelationship(value as object)) {
    return toNative((value as { properties: unknown }).properties);
  }
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toNative(inner);
    return out;
  }
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
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toParameter(inner);
    return out;
  }
  return value;
}
