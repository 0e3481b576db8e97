/**
 * Fields of Relation that are derived from its evidence. A relation read without its evidence
 * (an operation that selects none, see server/evidence-selection.ts) gets it here from the
 * batching relation loader, one query per nesting level, should a field ask for it after all.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CitationObject, EntityObject, RelationObject } from '../../graph/row-mapping';
import { RequestContext } from '../context';
import { Relation } from '../types/relation';
import { Source } from '../types/entity';

async function evidenceOf(relation: RelationObject, ctx: RequestContext): Promise<CitationObject[]> {
  if (relation.evidence !== null) return relation.evidence;
  return (await ctx.loaders.relation.load(relation.id))?.evidence ?? [];
}

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver()
  async evidence(@Root() relation: RelationObject, @Ctx() ctx: RequestContext): Promise<CitationObject[]> {
    return evidenceOf(relation, ctx);
  }

  @FieldResolver()
  async sourceCount(@Root() relation: RelationObject, @Ctx() ctx: RequestContext): Promise<number> {
    return new Set((await evidenceOf(relation, ctx)).map((c) => c.source.id)).size;
  }

  @FieldResolver(() => [Source], { description: 'The distinct sources that attest this relation: who says so.' })
  async sources(@Root() relation: RelationObject, @Ctx() ctx: RequestContext): Promise<EntityObject[]> {
    const seen = new Map<string, EntityObject>();
    for (const citation of await evidenceOf(relation, ctx)) seen.set(citation.source.id, citation.source);
    return [...seen.values()];
  }
}
