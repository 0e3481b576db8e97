/**
 * The graph as JSON-LD. Entities are schema.org things (Person, Legislation, Place,
 * CreativeWork, Organization, Event). A relation is never asserted as a bare triple: the
 * graph holds disputed and rumoured claims beside accepted ones, and a bare triple would state
 * them as fact. Each relation is an `rdf:Statement` (subject, predicate, object) carrying its
 * certainty, basis, date and note; each citation is a W3C Web Annotation whose body is the
 * statement and whose target is the source with a TextQuoteSelector (the quote) and a
 * TextPositionSelector (the offset in the seed text, the quote's length on), so the
 * evidence maps onto that model term for term. Terms of our own live under `<base>/vocab#`.
 */
import { COMMON_ENTITY_FIELDS, KIND_FIELDS } from '../domain/entity-fields';
import { EntityKind, RELATION_TYPES, RelationType } from '../domain/vocabulary';
import { CitationRow, Props, RelationRow } from './linked-data-reads';

export type JsonLd = Record<string, unknown>;

const SCHEMA_TYPE: Record<EntityKind, string> = {
  PERSON: 'schema:Person',
  LAW: 'schema:Legislation',
  PLACE: 'schema:Place',
  SOURCE: 'schema:CreativeWork',
  ORGANIZATION: 'schema:Organization',
  EVENT: 'schema:Event',
};

/** Fields with a schema.org property of the same meaning; the rest are our own terms. */
const SCHEMA_FIELD: Record<string, string> = {
  name: 'schema:name',
  aliases: 'schema:alternateName',
  description: 'schema:description',
  born: 'schema:birthDate',
  died: 'schema:deathDate',
  lat: 'schema:latitude',
  lon: 'schema:longitude',
};

export function context(base: string): JsonLd {
  return {
    schema: 'https://schema.org/',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    oa: 'http://www.w3.org/ns/oa#',
    eg: `${base}/vocab#`,
  };
}

export const entityIri = (base: string, id: string): string => `${base}/entity/${encodeURIComponent(id)}`;
const relationIri = (base: string, id: string): string => `${base}/relation/${encodeURIComponent(id)}`;
const citationIri = (base: string, id: string): string => `${base}/citation/${encodeURIComponent(id)}`;

/** The fields an entity of `kind` shows, in the order pages list them. */
export function entityFields(kind: EntityKind): string[] {
  return [...COMMON_ENTITY_FIELDS, ...KIND_FIELDS[kind]];
}

/** The relation properties a statement carries besides subject, predicate and object. */
export function statementFields(type: string): string[] {
  const spec = RELATION_TYPES[type as RelationType];
  return ['certainty', 'basis', 'date', 'note', ...Object.keys(spec?.props ?? {})];
}

function present(value: unknown): boolean {
  return (
    value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)
  );
}

export function entityNode(base: string, props: Props): JsonLd {
  const kind = props.kind as EntityKind;
  const node: JsonLd = { '@id': entityIri(base, String(props.id)), '@type': SCHEMA_TYPE[kind] };
  for (const field of entityFields(kind)) {
    if (present(props[field])) node[SCHEMA_FIELD[field] ?? `eg:${field}`] = props[field];
  }
  return node;
}

function annotation(base: string, statement: string, citation: CitationRow): JsonLd {
  const selectors: JsonLd[] = [{ '@type': 'oa:TextQuoteSelector', 'oa:exact': citation.quote }];
  if (typeof citation.offset === 'number') {
    selectors.push({
      '@type': 'oa:TextPositionSelector',
      'oa:start': citation.offset,
      'oa:end': citation.offset + citation.quote.length,
    });
  }
  const target: JsonLd = {
    '@type': 'oa:SpecificResource',
    'oa:hasSource': { '@id': entityIri(base, citation.sourceId) },
    'oa:hasSelector': selectors,
  };
  // The positions count characters of this seed text, the document as the dataset holds it.
  if (citation.seed) target['eg:seedText'] = citation.seed;
  return {
    '@id': citationIri(base, citation.id),
    '@type': 'oa:Annotation',
    'oa:hasBody': { '@id': statement },
    'oa:hasTarget': target,
  };
}

/** A relation as a statement node, then its citations as annotations. */
export function relationNodes(base: string, relation: RelationRow): JsonLd[] {
  const id = relationIri(base, relation.id);
  const statement: JsonLd = {
    '@id': id,
    '@type': 'rdf:Statement',
    'rdf:subject': { '@id': entityIri(base, relation.from) },
    'rdf:predicate': { '@id': `eg:${relation.type}` },
    'rdf:object': { '@id': entityIri(base, relation.to) },
  };
  for (const field of statementFields(relation.type)) {
    if (present(relation.props[field])) statement[`eg:${field}`] = relation.props[field];
  }
  return [statement, ...relation.citations.map((citation) => annotation(base, id, citation))];
}

/** The dataset node every document carries: what it is and which release of the data. */
export function datasetNode(base: string, version: string): JsonLd {
  return {
    '@id': `${base}/graph.jsonld`,
    '@type': 'schema:Dataset',
    'schema:name': 'Evidence graph: Soviet repression and queer history',
    'schema:version': version,
  };
}

export function graphDocument(
  base: string,
  version: string,
  entities: Props[],
  relations: RelationRow[],
): JsonLd {
  return {
    '@context': context(base),
    '@graph': [
      datasetNode(base, version),
      ...entities.map((e) => entityNode(base, e)),
      ...relations.flatMap((r) => relationNodes(base, r)),
    ],
  };
}

export function entityDocument(
  base: string,
  version: string,
  entity: Props,
  relations: RelationRow[],
): JsonLd {
  return {
    '@context': context(base),
    '@graph': [
      datasetNode(base, version),
      entityNode(base, entity),
      ...relations.flatMap((r) => relationNodes(base, r)),
    ],
  };
}
