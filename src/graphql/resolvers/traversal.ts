/**
 * The one code path behind every traversal field (Person.convictions, Law.convicted,
 * Entity.relations, ...): validate the arguments, ask the batching loader, build the connection.
 */
import { notFound } from '../../api-errors';
import { RelationType } from '../../domain/vocabulary';
import { RelationPage } from '../../graph/relation-queries';
import { EntityObject } from '../../graph/row-mapping';
import { encodeCursor, TraversalArgs, traversalFilter, traversalPage } from '../args';
import { RequestContext } from '../context';
import { Direction } from '../enums';

export interface ConnectionObject {
  totalCount: number;
  edges: { cursor: string; node: RelationPage['relations'][number] }[];
  nodes: RelationPage['relations'];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function toConnection(page: RelationPage, skip: number): ConnectionObject {
  const edges = page.relations.map((node, i) => ({ cursor: encodeCursor(skip + i + 1), node }));
  return {
    totalCount: page.total,
    edges,
    nodes: page.relations,
    pageInfo: { hasNextPage: skip + page.relations.length < page.total, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export async function traverse(
  ctx: RequestContext,
  entityId: string,
  types: readonly RelationType[] | null,
  direction: Direction,
  args: TraversalArgs,
): Promise<ConnectionObject> {
  const filter = traversalFilter(args, types, direction);
  const page = traversalPage(args);
  const result = await ctx.loaders.traversal.load({ id: entityId, filter, page, evidence: ctx.evidenceSelected });
  if (result === null) throw notFound(entityId);
  return toConnection(result, page.skip);
}

/** The entities at the other end of a traversal (Source.authors, Law.successor, ...). */
export async function neighbours(
  ctx: RequestContext,
  entityId: string,
  type: RelationType,
  direction: Direction.OUT | Direction.IN,
  first = 100,
): Promise<EntityObject[]> {
  const connection = await traverse(ctx, entityId, [type], direction, { first, includeUndated: true });
  return connection.nodes.map((r) => (direction === Direction.OUT ? r.to : r.from));
}
