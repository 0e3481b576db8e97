/**
 * Fields of Relation that are derived from its evidence.
 */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityObject, RelationObject } from '../../graph/row-mapping';
import { Relation } from '../types/relation';
import { Source } from '../types/entity';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => [Source], { description: 'The distinct sources that attest this relation: who says so.' })
  sources(@Root() relation: RelationObject): EntityObject[] {
    const seen = new Map<string, EntityObject>();
    for (const citation of relation.evidence) seen.set(citation.source.id, citation.source);
    return [...seen.values()];
  }
}
