/**
 * Writes a validated dataset into Neo4j in one transaction: entities, relations and citations
 * are merged on their stable ids and whatever an earlier load wrote that the dataset no longer
 * holds is removed. Loading twice leaves the same graph; a failure leaves the graph as it was.
 */
import { Database } from '../db/database';
import { cypher } from '../db/cypher-files';
import { cypherTemplate, entityLabel, relationshipType } from '../db/cypher-identifiers';
import { searchKeys, transliterationKeys } from '../domain/name-keys';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../domain/vocabulary';
import { Dataset, LoadedEntity, LoadedRelation } from './read-dataset';

export interface LoadSummary {
  entities: number;
  relations: number;
  citations: number;
  ms: number;
}

const LOAD_TIMEOUT_MS = 300_000;

function entityProps(entity: LoadedEntity): Record<string, unknown> {
  const { files, dates, coordinates, identifiers, ...fields } = entity;
  const aliases = entity.aliases ?? [];
  const props: Record<string, unknown> = {
    ...fields,
    aliases,
    searchKeys: searchKeys(entity.name, aliases),
    translitKeys: transliterationKeys(entity.name, aliases),
    origin: 'dataset',
    files,
  };
  for (const [field, date] of Object.entries(dates)) {
    props[`${field}Earliest`] = date.earliest;
    props[`${field}Latest`] = date.latest;
  }
  if (coordinates) Object.assign(props, { lat: coordinates.lat, lon: coordinates.lon });
  if (identifiers) Object.assign(props, identifiers);
  return props;
}

function relationProps(relation: LoadedRelation): Record<string, unknown> {
  return {
    ...relation.props,
    id: relation.id,
    certainty: relation.certainty,
    date: relation.partialDate?.edtf ?? null,
    dateEarliest: relation.partialDate?.earliest ?? null,
    dateLatest: relation.partialDate?.latest ?? null,
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

export async function loadDataset(db: Database, dataset: Dataset): Promise<LoadSummary> {
  const began = Date.now();
  const citations = dataset.relations.flatMap(citationRows);
  await db.writeTransaction(
    async (tx) => {
      for (const kind of ENTITY_KINDS) {
        const rows = dataset.entities.filter((e) => e.kind === kind).map((e) => ({ id: e.id, props: entityProps(e) }));
        if (rows.length === 0) continue;
        const others = ENTITY_KINDS.filter((k) => k !== kind).map(entityLabel).join(':');
        await tx.run(cypherTemplate('load-entities', { LABEL: entityLabel(kind), OTHER_LABELS: others }), { rows });
      }
      for (const type of RELATION_TYPE_NAMES) {
        const rows = dataset.relations
          .filter((r) => r.type === type)
          .map((r) => ({ id: r.id, from: r.from, to: r.to, props: relationProps(r) }));
        if (rows.length > 0) await tx.run(cypherTemplate('load-relations', { TYPE: relationshipType(type) }), { rows });
      }
      await tx.run(cypher('load-citations'), { rows: citations });
      await tx.run(cypher('prune-dataset'), {
        entityIds: dataset.entities.map((e) => e.id),
        relationIds: dataset.relations.map((r) => r.id),
        citationIds: citations.map((c) => c.props.id),
      });
    },
    undefined,
    LOAD_TIMEOUT_MS,
  );
  return { entities: dataset.entities.length, relations: dataset.relations.length, citations: citations.length, ms: Date.now() - began };
}
