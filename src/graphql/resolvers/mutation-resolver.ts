/**
 * Curators' writes and the change records they leave. Every mutation first checks the bearer
 * token's role, then validates its input (naming the bad field), then hands over to the write
 * modules, which run the write and its change record in one transaction.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { apiError, domainCode, ErrorCode } from '../../api-errors';
import { requireRole } from '../../auth/require-role';
import { Author, listChanges } from '../../writes/change-log';
import { planEntityRead, planRelationRead } from '../../planning/plan-root';
import { runRead } from '../../planning/run-read';
import { createEntity, EntityFields, updateEntity } from '../../writes/entity-writes';
import { addRelation, RelationProps, retractRelation, updateRelation } from '../../writes/relation-writes';
import { encodeCursor, traversalPage } from '../args';
import { RequestContext } from '../context';
import { EntityPatch, NewEntityInput } from '../inputs/entity-inputs';
import { NewRelationInput, RELATION_PROP_FIELDS, RelationPatch } from '../inputs/relation-inputs';
import { Change, ChangeConnection, Retraction } from '../types/change';
import { Entity } from '../types/entity';
import { Relation } from '../types/relation';
import { checkInputText, hasVisibleText } from '../input-text';
import { validateInput } from '../validate-input';

const MAX_VERSION = 1_000_000_000;

function fieldsOf(input: object, omit: readonly string[]): EntityFields {
  return Object.fromEntries(Object.entries(input).filter(([key]) => !omit.includes(key))) as EntityFields;
}

function relationProps(input: Record<string, unknown>): RelationProps {
  return Object.fromEntries(
    RELATION_PROP_FIELDS.map((field) => [field, input[field] as string | number | null | undefined]),
  );
}

const IDEMPOTENCY_KEY = /^[\x21-\x7E]{8,200}$/;
const IDEMPOTENCY_DESCRIPTION =
  'Your key for this write (8 to 200 printable ASCII characters, e.g. a UUID); or the Idempotency-Key header, for an operation of one mutation. Sent again with a retry, it returns the first outcome instead of applying the write twice; a key is yours alone.';

/** The author of a write: the editor behind the token, with the write's idempotency key. */
function author(ctx: RequestContext, argument: string | null | undefined): Author {
  const actor = requireRole(ctx.auth, 'editor');
  const [name, idempotencyKey] =
    argument != null ? ['idempotencyKey', argument] : ['Idempotency-Key', ctx.idempotencyKey];
  if (idempotencyKey != null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `${name}: must be 8 to 200 printable ASCII characters (a UUID will do)`,
      { argument: name },
    );
  }
  return { ...actor, idempotencyKey: idempotencyKey ?? null };
}

function checkVersion(version: number): void {
  if (!Number.isInteger(version) || version < 0 || version > MAX_VERSION) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `version: must be the version you read (an integer from 0), got ${version}`,
      { argument: 'version' },
    );
  }
}

/**
 * The write has committed when its result is read back (one more statement, planned like any
 * query): a read-back that fails because Neo4j went away must not answer "unavailable, try
 * again", which means "not applied". It answers OUTCOME_UNKNOWN, the code whose retry protocol
 * (the same idempotencyKey returns the first outcome) is right here too, with `applied: true`.
 */
async function afterCommit<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const code = domainCode(error);
    if (code !== ErrorCode.SERVICE_UNAVAILABLE && code !== ErrorCode.TIMEOUT) throw error;
    throw apiError(
      ErrorCode.OUTCOME_UNKNOWN,
      'The write was applied, but its result could not be read back: the graph database became unavailable. Send it again with the same idempotencyKey to get its outcome without applying it twice, or read it back.',
      { applied: true },
    );
  }
}

/** What the mutation's selection asks of the relation it wrote. */
function readBack(ctx: RequestContext, info: GraphQLResolveInfo, id: string) {
  return afterCommit(async () => {
    const relation = await runRead(ctx.request, planRelationRead(info, id));
    if (relation === null) throw apiError(ErrorCode.NOT_FOUND, `No relation with id "${id}"`, { id });
    return relation;
  });
}

function readBackEntity(ctx: RequestContext, info: GraphQLResolveInfo, id: string) {
  return afterCommit(async () => {
    const entity = await runRead(ctx.request, planEntityRead(info, id));
    if (entity === null) throw apiError(ErrorCode.NOT_FOUND, `No entity with id "${id}"`, { id });
    return entity;
  });
}

@Resolver()
export class MutationResolver {
  @Mutation(() => Entity, { description: 'Create an entity (role editor). CONFLICT when the id is taken.' })
  async createEntity(
    @Arg('input', () => NewEntityInput) input: NewEntityInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION })
    idempotencyKey: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = author(ctx, idempotencyKey);
    await validateInput('input', input);
    await createEntity(
      ctx.db,
      actor,
      { ...fieldsOf(input, ['id', 'kind', 'basis']), id: input.id, kind: input.kind },
      input.basis ?? [],
      ctx.counter,
    );
    return readBackEntity(ctx, info, input.id);
  }

  @Mutation(() => Entity, {
    description:
      'Change an entity (role editor). `version` is the one you read; CONFLICT if it has moved on.',
  })
  async updateEntity(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('patch', () => EntityPatch) patch: EntityPatch,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION })
    idempotencyKey: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = author(ctx, idempotencyKey);
    checkVersion(version);
    await validateInput('patch', patch);
    await updateEntity(
      ctx.db,
      actor,
      id,
      version,
      fieldsOf(patch, ['basis']),
      patch.basis ?? [],
      ctx.counter,
    );
    return readBackEntity(ctx, info, id);
  }

  @Mutation(() => Relation, {
    description:
      'Add a relation with its evidence (role editor): at least one citation of an existing source with a non-empty quote.',
  })
  async addRelation(
    @Arg('input', () => NewRelationInput) input: NewRelationInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION })
    idempotencyKey: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = author(ctx, idempotencyKey);
    await validateInput('input', input);
    const id = await addRelation(
      ctx.db,
      actor,
      {
        ...input,
        props: relationProps(input as unknown as Record<string, unknown>),
        evidence: input.evidence.map((c) => ({ ...c })),
      },
      ctx.counter,
    );
    return readBack(ctx, info, id);
  }

  @Mutation(() => Relation, {
    description: 'Change a relation or add evidence to it (role editor). CONFLICT if `version` has moved on.',
  })
  async updateRelation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('patch', () => RelationPatch) patch: RelationPatch,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION })
    idempotencyKey: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = author(ctx, idempotencyKey);
    checkVersion(version);
    await validateInput('patch', patch);
    if (patch.certainty === null)
      throw apiError(ErrorCode.BAD_USER_INPUT, 'patch.certainty: cannot be cleared', {
        argument: 'patch.certainty',
      });
    await updateRelation(
      ctx.db,
      actor,
      id,
      version,
      {
        certainty: patch.certainty,
        date: patch.date,
        props: relationProps(patch as unknown as Record<string, unknown>),
        addEvidence: patch.addEvidence?.map((c) => ({ ...c })) ?? null,
      },
      ctx.counter,
    );
    return readBack(ctx, info, id);
  }

  @Mutation(() => Retraction, {
    description:
      'Retract a relation (role editor): reads no longer return it; it stays in the graph with its evidence and history.',
  })
  async retractRelation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', { description: 'Why, 1 to 1000 characters.' }) reason: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION })
    idempotencyKey: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const actor = author(ctx, idempotencyKey);
    checkVersion(version);
    if (!hasVisibleText(reason) || reason.length > 1000) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'reason: must be 1 to 1000 characters, not blank', {
        argument: 'reason',
      });
    }
    checkInputText('reason', reason);
    return retractRelation(ctx.db, actor, id, version, reason, ctx.counter);
  }

  @Query(() => ChangeConnection, {
    description: 'The change records of API writes, newest first; of one entity or relation with `targetId`.',
  })
  async changes(
    @Arg('targetId', () => ID, { nullable: true }) targetId: string | null,
    @Arg('actor', () => String, { nullable: true }) actor: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const page = traversalPage({ first, after });
    const { total, changes } = await listChanges(
      ctx.db,
      { targetId: targetId ?? null, actor: actor ?? null },
      page,
      ctx.counter,
    );
    const end = page.skip + changes.length;
    return {
      totalCount: total,
      nodes: changes as Change[],
      pageInfo: { hasNextPage: end < total, endCursor: changes.length > 0 ? encodeCursor(end) : null },
    };
  }
}
