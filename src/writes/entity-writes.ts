/**
 * Curators' writes of entities. Each runs in one transaction with its change record; an
 * update takes the entity's lock, then compares versions, so of two writers holding the same
 * version the second gets CONFLICT instead of silently overwriting the first.
 */
import { apiError, badInput, ErrorCode, notFound } from '../api-errors';
import { parsePartialDate } from '../domain/partial-date';
import { dateProperties } from '../domain/stored-dates';
import { cypher } from '../db/cypher-files';
import { cypherTemplate, entityLabel } from '../db/cypher-identifiers';
import { Database, QueryCounter, WriteTransaction } from '../db/database';
import { COMMON_ENTITY_FIELDS, DATE_FIELDS, KIND_FIELDS, kindsWithField } from '../domain/entity-fields';
import { basisProperties, ENTITY_FACTS, EntityFact } from '../domain/fact-basis';
import { nameKeys } from '../domain/name-keys';
import { EntityKind, KIND_ID_PREFIX } from '../domain/vocabulary';
import { Author, idempotently, priorChange, recordChange } from './change-log';
import { EntityObject, Props, toEntity } from './row-mapping';

/** Descriptive fields as a curator writes them; null clears a field, undefined leaves it. */
export type EntityFields = Record<string, string | number | string[] | null | undefined>;

/** Where a curator knows a date or the coordinates this write sets from. */
export interface CuratorBasis {
  fact: EntityFact;
  curator: string;
}

export function staleVersion(id: string, given: number, current: number) {
  return apiError(
    ErrorCode.CONFLICT,
    `"${id}" was changed by someone else: you sent version ${given}, it is now at version ${current}; reload it and apply your change again.`,
    {
      id,
      currentVersion: current,
    },
  );
}

function checkFieldsForKind(kind: EntityKind, fields: EntityFields, argument: string): void {
  if (fields.name === null) throw badInput(`${argument}.name`, 'must not be null: every entity has a name');
  const allowed = new Set<string>([...COMMON_ENTITY_FIELDS, ...KIND_FIELDS[kind]]);
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined || allowed.has(field)) continue;
    throw badInput(
      `${argument}.${field}`,
      `does not apply to ${kind}; it is a field of ${kindsWithField(field).join(', ')}`,
    );
  }
  if (
    (fields.lat === undefined) !== (fields.lon === undefined) ||
    (fields.lat === null) !== (fields.lon === null)
  ) {
    throw badInput(
      `${argument}.${fields.lat === undefined || fields.lat === null ? 'lat' : 'lon'}`,
      'lat and lon are given (or cleared) together',
    );
  }
}

/**
 * A person cannot be born after they died: refused when the earliest day `born` can mean is
 * after the latest day `died` can mean (so 1930s and 1935 pass; 1950 and 1940 do not). The
 * field named is the one this write sets, checked against the other as stored.
 */
function checkLifespan(born: unknown, died: unknown, argument: string): void {
  if (typeof born !== 'string' || typeof died !== 'string') return;
  const earliestBirth = parsePartialDate(born).earliest;
  const latestDeath = parsePartialDate(died).latest;
  if (earliestBirth !== null && latestDeath !== null && earliestBirth > latestDeath) {
    throw badInput(argument, `a person cannot be born (${born}) after they died (${died})`);
  }
}

/** The value a fact takes in this write: undefined when the write leaves it. */
function writtenFact(fields: EntityFields, fact: EntityFact): unknown {
  return fact === 'coordinates' ? fields.lat : fields[fact];
}

/** Each basis must go with a value this write sets, once. */
function checkBases(fields: EntityFields, bases: readonly CuratorBasis[], argument: string): void {
  bases.forEach(({ fact }, i) => {
    const value = writtenFact(fields, fact);
    if (value === undefined || value === null)
      throw badInput(
        `${argument}.basis[${i}].fact`,
        `this write does not set ${fact === 'coordinates' ? 'lat and lon' : fact}: a basis is given with the value it is for`,
      );
    if (bases.findIndex((other) => other.fact === fact) !== i)
      throw badInput(`${argument}.basis[${i}].fact`, `${fact} is given a basis twice`);
  });
}

/**
 * The properties stored for the given fields: dates get their day bounds, like the loader's. A
 * date or coordinates this write sets or clears get the basis given with them, or none: the
 * basis stored before rested on the old value.
 */
function storedFields(fields: EntityFields, bases: readonly CuratorBasis[]): Props {
  const stored: Props = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (DATE_FIELDS.has(field)) {
      Object.assign(stored, dateProperties(field, value === null ? null : parsePartialDate(String(value))));
    } else {
      stored[field] = value;
    }
  }
  for (const fact of ENTITY_FACTS) {
    if (writtenFact(fields, fact) === undefined) continue;
    const curator = bases.find((basis) => basis.fact === fact)?.curator ?? null;
    Object.assign(stored, basisProperties(fact, curator === null ? null : { curator }));
  }
  if (fields.aliases === null) stored.aliases = [];
  return stored;
}

export type NewEntity = { id: string; kind: EntityKind } & EntityFields;

/** The properties of a new entity, once its fields are checked; errors name `argument`'s fields. */
export function newEntityProps(
  input: NewEntity,
  argument = 'input',
  bases: readonly CuratorBasis[] = [],
): Props {
  const { id, kind, ...fields } = input;
  if (!id.startsWith(`${KIND_ID_PREFIX[kind]}:`))
    throw badInput(`${argument}.id`, `a ${kind} id starts with "${KIND_ID_PREFIX[kind]}:", got "${id}"`);
  checkFieldsForKind(kind, fields, argument);
  checkBases(fields, bases, argument);
  checkLifespan(fields.born, fields.died, `${argument}.born`);
  const aliases = (fields.aliases as string[] | null | undefined) ?? [];
  const props: Props = {
    ...storedFields(fields, bases),
    id,
    kind,
    aliases,
    ...nameKeys(String(fields.name), aliases),
    files: [],
    origin: 'api',
    version: 1,
  };
  for (const key of Object.keys(props)) if (props[key] === null) delete props[key];
  return props;
}

/** Creates the entity of `newEntityProps` inside `tx`, with its change record. */
export async function createEntityIn(tx: WriteTransaction, actor: Author, props: Props): Promise<Props> {
  const id = String(props.id);
  const [existing] = await tx.run(cypher('entities-by-ids'), { ids: [id] });
  if (existing) throw apiError(ErrorCode.CONFLICT, `An entity with id "${id}" already exists.`, { id });
  const [row] = await tx.run(
    cypherTemplate('entity-create', { LABEL: entityLabel(props.kind as EntityKind) }),
    { props },
  );
  const created = row?.entity as Props;
  await recordChange(tx, {
    actor: actor.name,
    action: 'CREATE_ENTITY',
    targetKind: 'ENTITY',
    targetId: id,
    version: 1,
    before: null,
    after: created,
    idempotencyKey: actor.idempotencyKey,
  });
  return created;
}

export async function createEntity(
  db: Database,
  actor: Author,
  input: NewEntity,
  bases: readonly CuratorBasis[],
  counter?: QueryCounter,
): Promise<EntityObject> {
  const props = newEntityProps(input, 'input', bases);
  return idempotently(actor, () =>
    db.writeTransaction(async (tx) => {
      const prior = await priorChange(tx, actor, { action: 'CREATE_ENTITY', targetId: input.id });
      if (prior) return toEntity(prior.after ?? {});
      return toEntity(await createEntityIn(tx, actor, props));
    }, counter),
  );
}

export async function updateEntity(
  db: Database,
  actor: Author,
  id: string,
  version: number,
  fields: EntityFields,
  bases: readonly CuratorBasis[],
  counter?: QueryCounter,
): Promise<EntityObject> {
  return idempotently(actor, () =>
    db.writeTransaction(async (tx) => {
      const prior = await priorChange(tx, actor, { action: 'UPDATE_ENTITY', targetId: id });
      if (prior) return toEntity(prior.after ?? {});
      return toEntity(await updateEntityIn(tx, actor, id, version, fields, 'patch', bases));
    }, counter),
  );
}

/**
 * Changes an entity inside `tx`, with its change record: under its lock, at `version` (null:
 * whatever version it is at, for an import that compared the fields itself).
 */
export async function updateEntityIn(
  tx: WriteTransaction,
  actor: Author,
  id: string,
  version: number | null,
  fields: EntityFields,
  argument = 'patch',
  bases: readonly CuratorBasis[] = [],
): Promise<Props> {
  const [locked] = await tx.run(cypher('entity-lock'), { id });
  if (!locked) throw notFound(id);
  const before = locked.entity as Props;
  const current = Number(before.version ?? 0);
  if (version !== null && current !== version) throw staleVersion(id, version, current);
  checkFieldsForKind(before.kind as EntityKind, fields, argument);
  checkBases(fields, bases, argument);
  checkLifespan(
    fields.born === undefined ? before.born : fields.born,
    fields.died === undefined ? before.died : fields.died,
    `${argument}.${fields.born !== undefined ? 'born' : 'died'}`,
  );
  const set = storedFields(fields, bases);
  if (fields.name !== undefined || fields.aliases !== undefined) {
    const name = String(fields.name ?? before.name);
    const aliases =
      fields.aliases === undefined
        ? ((before.aliases as string[] | undefined) ?? [])
        : ((fields.aliases as string[] | null) ?? []);
    Object.assign(set, nameKeys(name, aliases));
  }
  set.version = current + 1;
  const [row] = await tx.run(cypher('entity-update'), { id, set });
  const after = row?.entity as Props;
  await recordChange(tx, {
    actor: actor.name,
    action: 'UPDATE_ENTITY',
    targetKind: 'ENTITY',
    targetId: id,
    version: current + 1,
    before,
    after,
    idempotencyKey: actor.idempotencyKey,
  });
  return after;
}
