/**
 * Writes a validated dataset into Neo4j in one transaction: entities, relations and citations
 * are merged on their stable ids and whatever an earlier load wrote that the dataset no longer
 * holds is removed. Loading twice leaves the same graph; a failure leaves the graph as it was.
 *
 * Curators' API edits of the dataset's own items would be undone by a load, so a load that
 * finds any refuses, naming them, and writes nothing. Told to let data/ win, it loads and
 * records each undone edit as a change (what the curator had, what data/ put back), in the
 * same transaction: nothing a curator wrote is lost either way.
 */
import { Database, WriteTransaction } from '../db/database';
import { cypher } from '../db/cypher-files';
import { cypherTemplate, entityLabel, relationshipType } from '../db/cypher-identifiers';
import { basisProperties, EntityFact } from '../domain/fact-basis';
import { nameKeys } from '../domain/name-keys';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../domain/vocabulary';
import { recordChanges } from '../writes/change-log';
import { Props } from '../writes/row-mapping';
import { parsePartialDate } from '../domain/partial-date';
import { dateProperties } from '../domain/stored-dates';
import { Dataset, LoadedEntity, LoadedRelation } from './read-dataset';
import { bumpDataVersion } from '../graph-state/data-version';

export interface LoadSummary {
  entities: number;
  relations: number;
  citations: number;
  /** Curators' edits the load undid (only with `overwriteEdits`); each has a change record. */
  overwrittenEdits: number;
  ms: number;
}

export interface LoadOptions {
  /** Let data/ win over curators' edits of the dataset's items (recorded as changes). */
  overwriteEdits?: boolean;
  /** Who the change records of overwritten edits name. */
  actor?: string;
}

/** A dataset item a curator changed through the API since the last load. */
export interface CuratorEdit {
  targetKind: 'ENTITY' | 'RELATION';
  id: string;
  retracted: boolean;
  version: number;
  props: Props;
}

/** The load would undo curators' edits and was not told to; nothing was written. */
export class CuratorEditsError extends Error {
  constructor(readonly edits: CuratorEdit[]) {
    const shown = edits
      .slice(0, 10)
      .map(
        (e) =>
          `  ${e.retracted ? 'retracted relation' : e.targetKind.toLowerCase()} ${e.id} (version ${e.version})`,
      );
    if (edits.length > 10) shown.push(`  ... and ${edits.length - 10} more`);
    super(
      `Nothing was loaded: curators have changed ${edits.length} of the dataset's items through the API since the last load, and loading data/ would undo that:\n${shown.join('\n')}\n` +
        'Carry those edits into data/ first (their change records are listed by the `changes` query), or load with --overwrite-edits to let data/ win; the edits are then kept as change records.',
    );
  }
}

const LOAD_TIMEOUT_MS = 300_000;

/** What each of the entity's dates and coordinates rests on, as flat node properties. */
function factBasisProps(entity: LoadedEntity): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [fact, basis] of Object.entries(entity.basis ?? {}))
    if (basis) Object.assign(props, basisProperties(fact as EntityFact, basis));
  return props;
}

/** Disputed dates as one JSON string (see row-mapping), each with its day bounds and first citation. */
function disputedDatesProp(entity: LoadedEntity): string | null {
  if (!entity.disputed?.length) return null;
  return JSON.stringify(
    entity.disputed.map((claim) => {
      const date = parsePartialDate(claim.value);
      const [citation] = claim.evidence;
      return {
        field: claim.field,
        value: claim.value,
        earliest: date.earliest,
        latest: date.latest,
        note: claim.note,
        quote: citation?.quote,
        sourceId: citation?.source,
        seed: citation?.seed,
        offset: citation?.offset,
      };
    }),
  );
}

function entityProps(entity: LoadedEntity): Record<string, unknown> {
  const { files, dates, coordinates, identifiers, basis: _basis, disputed: _disputed, ...fields } = entity;
  const aliases = entity.aliases ?? [];
  const props: Record<string, unknown> = {
    ...fields,
    aliases,
    ...nameKeys(entity.name, aliases),
    origin: 'dataset',
    files,
    ...factBasisProps(entity),
    disputedDates: disputedDatesProp(entity),
  };
  for (const [field, date] of Object.entries(dates)) Object.assign(props, dateProperties(field, date));
  if (coordinates) Object.assign(props, { lat: coordinates.lat, lon: coordinates.lon });
  if (identifiers) Object.assign(props, identifiers);
  return props;
}

function relationProps(relation: LoadedRelation): Record<string, unknown> {
  return {
    ...relation.props,
    id: relation.id,
    certainty: relation.certainty,
    basis: relation.basis ?? 'TEXT',
    note: relation.note ?? null,
    ...dateProperties('date', relation.partialDate),
    evidenceCount: relation.evidence.length,
    origin: 'dataset',
  };
}

function citationRows(relation: LoadedRelation) {
  return relation.evidence.map((citation, position) => ({
    source: citation.source,
    props: {
      id: `${relation.id}@${position}`,
      relationId: relation.id,
      relationType: relation.type,
      fromId: relation.from,
      toId: relation.to,
      sourceId: citation.source,
      position,
      quote: citation.quote,
      seed: citation.seed,
      offset: citation.offset,
      origin: 'dataset',
    },
  }));
}

export async function loadDataset(
  db: Database,
  dataset: Dataset,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const began = Date.now();
  const citations = dataset.relations.flatMap(citationRows);
  const relationIds = dataset.relations.map((r) => r.id);
  // Thrown inside the transaction to roll it back; kept here because Database reports
  // whatever ends a transaction as a database error.
  let refusal: CuratorEditsError | null = null;
  const overwritten = await db
    .writeTransaction(
      async (tx) => {
        const edits = (await tx.run(cypher('curator-edits'), { relationIds })) as unknown as CuratorEdit[];
        if (edits.length > 0 && !options.overwriteEdits) throw (refusal = new CuratorEditsError(edits));
        const back = edits.filter((e) => e.retracted).map((e) => e.id);
        if (back.length > 0) await tx.run(cypher('retracted-dataset-relations-delete'), { ids: back });
        for (const kind of ENTITY_KINDS) {
          const rows = dataset.entities
            .filter((e) => e.kind === kind)
            .map((e) => ({ id: e.id, props: entityProps(e) }));
          if (rows.length === 0) continue;
          const others = ENTITY_KINDS.filter((k) => k !== kind)
            .map(entityLabel)
            .join(':');
          await tx.run(cypherTemplate('load-entities', { LABEL: entityLabel(kind), OTHER_LABELS: others }), {
            rows,
          });
        }
        for (const type of RELATION_TYPE_NAMES) {
          const rows = dataset.relations
            .filter((r) => r.type === type)
            .map((r) => ({ id: r.id, from: r.from, to: r.to, props: relationProps(r) }));
          if (rows.length > 0)
            await tx.run(cypherTemplate('load-relations', { TYPE: relationshipType(type) }), { rows });
        }
        await tx.run(cypher('load-citations'), { rows: citations });
        await tx.run(cypher('prune-dataset'), {
          entityIds: dataset.entities.map((e) => e.id),
          relationIds,
          citationIds: citations.map((c) => c.props.id),
        });
        await recordOverwrites(tx, dataset, edits, options.actor ?? 'dataset load');
        await bumpDataVersion(tx);
        return edits.length;
      },
      undefined,
      LOAD_TIMEOUT_MS,
    )
    .catch((error: unknown) => {
      throw refusal ?? error;
    });
  return {
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    citations: citations.length,
    overwrittenEdits: overwritten,
    ms: Date.now() - began,
  };
}

/** One change record per undone edit: the curator's version before, data/'s after (or none). */
async function recordOverwrites(
  tx: WriteTransaction,
  dataset: Dataset,
  edits: CuratorEdit[],
  actor: string,
): Promise<void> {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const relations = new Map(dataset.relations.map((r) => [r.id, r]));
  await recordChanges(
    tx,
    edits.map((edit) => {
      const entity = edit.targetKind === 'ENTITY' ? entities.get(edit.id) : undefined;
      const relation = edit.targetKind === 'RELATION' ? relations.get(edit.id) : undefined;
      const after = entity ? entityProps(entity) : relation ? relationProps(relation) : null;
      return {
        actor,
        action: 'RESET_BY_LOAD' as const,
        targetKind: edit.targetKind,
        targetId: edit.id,
        version: 0,
        before: edit.props,
        after,
        reason: 'data/ loaded over a curator edit',
      };
    }),
  );
}
