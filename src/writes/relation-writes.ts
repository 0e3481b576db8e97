/**
 * Curators' writes of relations: add one (only with evidence from existing sources), change
 * one, or retract one. Each runs in one transaction with its change record and, like entity
 * writes, compares versions under the relation's lock. Retracting keeps everything: the
 * relationship becomes RETRACTED (outside the vocabulary, so reads no longer return it) with
 * its properties, original type, reason and author; its citations stay.
 */
import { apiError, badInput, ErrorCode } from '../api-errors';
import { relationId } from '../domain/relation-id';
import { parsePartialDate } from '../domain/partial-date';
import { endAccepts, endKinds, foreignProps, relationPropTypes } from '../domain/relation-rules';
import { dateProperties } from '../domain/stored-dates';
import { cypher } from '../db/cypher-files';
import { cypherTemplate, relationshipType } from '../db/cypher-identifiers';
import { Database, QueryCounter, WriteTransaction } from '../db/database';
import { Certainty, EntityKind, RELATION_TYPES, RelationType, RelationTypeSpec } from '../domain/vocabulary';
import { Author, idempotently, priorChange, recordChange } from './change-log';
import { staleVersion } from './entity-writes';
import { typeAlternation } from '../db/cypher-identifiers';
import { Props } from './row-mapping';

/** Citations one relation may carry in all, loaded and added: a read of its evidence stays bounded. */
export const MAX_CITATIONS_PER_RELATION = 50;

export interface CitationFields {
  source: string;
  quote: string;
  seed?: string | null;
  offset?: number | null;
}

/** Type-specific properties (sentence, years, role, ...); null clears one in a patch. */
export type RelationProps = Record<string, string | number | null | undefined>;

export interface NewRelation {
  type: RelationType;
  from: string;
  to: string;
  key?: string | null;
  certainty: Certainty;
  date?: string | null;
  props: RelationProps;
  evidence: CitationFields[];
}

export interface RelationChanges {
  certainty?: Certainty;
  date?: string | null;
  props: RelationProps;
  addEvidence?: CitationFields[] | null;
}

function notFoundRelation(id: string) {
  return apiError(ErrorCode.NOT_FOUND, `No relation with id "${id}"`, { id });
}

function checkPropsForType(type: RelationType, props: RelationProps, argument: string): void {
  const [prop] = foreignProps(type, props);
  if (prop !== undefined) {
    const takes = Object.keys(relationPropTypes(type));
    throw badInput(
      `${argument}.${prop}`,
      `does not apply to ${type}; it takes ${takes.length > 0 ? takes.join(', ') : 'no properties'}`,
    );
  }
}

function dateProps(date: string | null | undefined): Props {
  if (date === undefined) return {};
  const parsed = date === null ? null : parsePartialDate(date);
  return dateProperties('date', parsed);
}

function definedOnly(props: RelationProps): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

function citationRows(
  relation: { id: string; type: string; from: string; to: string },
  evidence: CitationFields[],
  firstPosition: number,
  changeKey: string,
) {
  return evidence.map((citation, i) => ({
    source: citation.source,
    props: {
      // Not "<relation>@<position>" like the loader's ids, so a later dataset load cannot overwrite it.
      id: `${relation.id}@api:${changeKey}:${i}`,
      relationId: relation.id,
      relationType: relation.type,
      fromId: relation.from,
      toId: relation.to,
      sourceId: citation.source,
      position: firstPosition + i,
      quote: citation.quote,
      seed: citation.seed ?? null,
      offset: citation.offset ?? null,
      origin: 'api',
    },
  }));
}

async function missingSources(tx: WriteTransaction, sourceIds: string[]): Promise<string[]> {
  const [row] = await tx.run(cypher('sources-missing'), { sourceIds: [...new Set(sourceIds)] });
  return (row?.missing as string[] | undefined) ?? [];
}

async function requireSources(
  tx: WriteTransaction,
  evidence: CitationFields[],
  argument: string,
): Promise<void> {
  const missing = await missingSources(
    tx,
    evidence.map((c) => c.source),
  );
  if (missing.length > 0) {
    throw badInput(
      argument,
      `cites ${missing.map((id) => `"${id}"`).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not a source in the graph`,
      { missingSources: missing },
    );
  }
}

/** WROTE_TO's `letter` names the letter itself, which must be a source in the graph. */
async function requireLetter(tx: WriteTransaction, props: RelationProps, argument: string): Promise<void> {
  const letter = props.letter;
  if (typeof letter !== 'string') return;
  if ((await missingSources(tx, [letter])).length > 0)
    throw badInput(argument, `"${letter}" is not a source in the graph; give the id of an existing SOURCE`);
}

function evidenceRecord(evidence: CitationFields[]) {
  return evidence.map((c) => ({
    source: c.source,
    quote: c.quote,
    seed: c.seed ?? null,
    offset: c.offset ?? null,
  }));
}

/** A new relation's id and properties, once checked; errors name `argument`'s fields. */
export function newRelationProps(input: NewRelation, argument = 'input'): { id: string; props: Props } {
  const spec = RELATION_TYPES[input.type];
  checkPropsForType(input.type, input.props, argument);
  if (input.evidence.length === 0)
    throw badInput(`${argument}.evidence`, 'needs at least one citation: a source and its words');
  if (input.from === input.to && !(spec as RelationTypeSpec).selfLinks) {
    throw badInput(`${argument}.to`, `${input.type} cannot link an entity to itself ("${input.from}")`);
  }
  const id = relationId({ from: input.from, type: input.type, to: input.to, key: input.key ?? undefined });
  const props: Props = {
    ...definedOnly(input.props),
    ...dateProps(input.date),
    id,
    certainty: input.certainty,
    evidenceCount: input.evidence.length,
    origin: 'api',
    version: 1,
  };
  for (const key of Object.keys(props)) if (props[key] === null) delete props[key];
  return { id, props };
}

/** Adds the relation of `newRelationProps` inside `tx`, with its change record and citations. */
export async function addRelationIn(
  tx: WriteTransaction,
  actor: Author,
  input: NewRelation,
  { id, props }: { id: string; props: Props },
  argument = 'input',
): Promise<void> {
  const [pre] = await tx.run(cypher('relation-preconditions'), { from: input.from, to: input.to, id });
  const fromKind = pre?.fromKind as EntityKind | null;
  const toKind = pre?.toKind as EntityKind | null;
  if (!fromKind) throw badInput(`${argument}.from`, `no entity with id "${input.from}"`);
  if (!toKind) throw badInput(`${argument}.to`, `no entity with id "${input.to}"`);
  if (!endAccepts(input.type, 'from', fromKind))
    throw badInput(
      `${argument}.from`,
      `${input.type} starts at ${endKinds(input.type, 'from').join(' or ')}, not at ${fromKind}`,
    );
  if (!endAccepts(input.type, 'to', toKind))
    throw badInput(
      `${argument}.to`,
      `${input.type} ends at ${endKinds(input.type, 'to').join(' or ')}, not at ${toKind}`,
    );
  if (pre?.taken)
    throw apiError(
      ErrorCode.CONFLICT,
      `A relation with id "${id}" exists or was retracted; give a distinct \`key\` for another relation between the same entities.`,
      { id },
    );
  await requireSources(tx, input.evidence, `${argument}.evidence`);
  await requireLetter(tx, input.props, `${argument}.letter`);
  const [row] = await tx.run(cypherTemplate('relation-create', { TYPE: relationshipType(input.type) }), {
    from: input.from,
    to: input.to,
    props,
  });
  const changeKey = await recordChange(tx, {
    actor: actor.name,
    action: 'ADD_RELATION',
    targetKind: 'RELATION',
    targetId: id,
    version: 1,
    before: null,
    after: { ...(row?.relation as Props), type: input.type, evidence: evidenceRecord(input.evidence) },
    idempotencyKey: actor.idempotencyKey,
  });
  await tx.run(cypher('citations-create'), {
    rows: citationRows(
      { id, type: input.type, from: input.from, to: input.to },
      input.evidence,
      0,
      changeKey,
    ),
  });
}

/** Adds a relation; resolves to its id (the caller reads it back with its evidence). */
export async function addRelation(
  db: Database,
  actor: Author,
  input: NewRelation,
  counter?: QueryCounter,
): Promise<string> {
  const prepared = newRelationProps(input);
  return idempotently(actor, () =>
    db.writeTransaction(async (tx) => {
      if (await priorChange(tx, actor, { action: 'ADD_RELATION', targetId: prepared.id })) return prepared.id;
      await addRelationIn(tx, actor, input, prepared);
      return prepared.id;
    }, counter),
  );
}

async function lockRelation(tx: WriteTransaction, id: string, version: number) {
  const [locked] = await tx.run(cypherTemplate('relation-lock', { TYPES: typeAlternation(null) }), { id });
  if (!locked) throw notFoundRelation(id);
  const before = locked.relation as Props;
  const current = Number(before.version ?? 0);
  if (current !== version) throw staleVersion(id, version, current);
  return {
    before,
    type: locked.type as RelationType,
    from: String(locked.from),
    to: String(locked.to),
    citations: Number(locked.citations),
    current,
  };
}

export async function updateRelation(
  db: Database,
  actor: Author,
  id: string,
  version: number,
  patch: RelationChanges,
  counter?: QueryCounter,
): Promise<void> {
  await idempotently(actor, () =>
    db.writeTransaction(async (tx) => {
      if (await priorChange(tx, actor, { action: 'UPDATE_RELATION', targetId: id })) return;
      const { before, type, from, to, citations, current } = await lockRelation(tx, id, version);
      checkPropsForType(type, patch.props, 'patch');
      const added = patch.addEvidence ?? [];
      if (citations + added.length > MAX_CITATIONS_PER_RELATION) {
        throw badInput(
          'patch.addEvidence',
          `would give the relation ${citations + added.length} citations; the limit is ${MAX_CITATIONS_PER_RELATION} per relation (it has ${citations})`,
          {
            limit: 'maxCitationsPerRelation',
            max: MAX_CITATIONS_PER_RELATION,
          },
        );
      }
      if (added.length > 0) await requireSources(tx, added, 'patch.addEvidence');
      await requireLetter(tx, patch.props, 'patch.letter');
      const set: Props = { ...definedOnly(patch.props), ...dateProps(patch.date), version: current + 1 };
      if (patch.certainty !== undefined) set.certainty = patch.certainty;
      if (added.length > 0) set.evidenceCount = citations + added.length;
      const [row] = await tx.run(cypherTemplate('relation-update', { TYPES: typeAlternation(null) }), {
        id,
        set,
      });
      const after: Props = { ...(row?.relation as Props), type };
      if (added.length > 0) after.addedEvidence = evidenceRecord(added);
      const changeKey = await recordChange(tx, {
        actor: actor.name,
        action: 'UPDATE_RELATION',
        targetKind: 'RELATION',
        targetId: id,
        version: current + 1,
        before: { ...before, type },
        after,
        idempotencyKey: actor.idempotencyKey,
      });
      if (added.length > 0)
        await tx.run(cypher('citations-create'), {
          rows: citationRows({ id, type, from, to }, added, citations, changeKey),
        });
    }, counter),
  );
}

export async function retractRelation(
  db: Database,
  actor: Author,
  id: string,
  version: number,
  reason: string,
  counter?: QueryCounter,
): Promise<{ id: string; version: number }> {
  return idempotently(actor, () =>
    db.writeTransaction(async (tx) => {
      const prior = await priorChange(tx, actor, { action: 'RETRACT_RELATION', targetId: id });
      if (prior) return { id, version: prior.version };
      const { before, type, current } = await lockRelation(tx, id, version);
      const [row] = await tx.run(cypherTemplate('relation-retract', { TYPES: typeAlternation(null) }), {
        id,
        version: current + 1,
        actor: actor.name,
        reason,
      });
      await recordChange(tx, {
        actor: actor.name,
        action: 'RETRACT_RELATION',
        targetKind: 'RELATION',
        targetId: id,
        version: current + 1,
        before: { ...before, type },
        after: row?.relation as Props,
        reason,
        idempotencyKey: actor.idempotencyKey,
      });
      return { id, version: current + 1 };
    }, counter),
  );
}
