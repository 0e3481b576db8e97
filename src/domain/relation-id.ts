/**
 * A relation's id: its two ends and its type, and a key when the same two entities are linked
 * twice by one type ("person:a>WROTE_TO>person:b#1933"). The loader and the writes make it alike.
 */
export function relationId(relation: {
  from: string;
  type: string;
  to: string;
  key?: string | null;
}): string {
  return `${relation.from}>${relation.type}>${relation.to}${relation.key ? `#${relation.key}` : ''}`;
}
