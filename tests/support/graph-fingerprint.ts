/**
 * A checksum of everything in the graph (every node's labels and properties, every
 * relationship's type, endpoints and properties; not the data version node), to prove that a second load, or a refused
 * one, leaves the graph exactly as it was.
 */
import crypto from 'node:crypto';
import { Database } from '../../src/db/database';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  // The data version is bookkeeping that moves with every load and write, not data.
  const nodes = await db.read(
    'MATCH (n) WHERE NOT n:DataVersion RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.read(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b, properties(r) AS props',
  );
  const lines = [
    ...nodes.map((n) => `N ${canonical([...(n.labels as string[])].sort())} ${canonical(n.props)}`),
    ...rels.map((r) => `R ${String(r.type)} ${String(r.a)} ${String(r.b)} ${canonical(r.props)}`),
  ].sort();
  return {
    nodes: nodes.length,
    relationships: rels.length,
    checksum: crypto.createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}
