/**
 * JSON Schema of one data/*.yaml file, built from the vocabulary so the two cannot disagree.
 * Rules that need the whole dataset (references, merges, per-type props) are in read-dataset.ts.
 */
import {
  BASES,
  CERTAINTIES,
  ENTITY_KINDS,
  EVENT_KINDS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  RELATION_TYPE_NAMES,
  SOURCE_KINDS,
} from '../domain/vocabulary';
import { ENTITY_DATE_FIELDS } from '../domain/entity-fields';

export const MAX_QUOTE_LENGTH = 300;

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength });
const edtf = { type: 'string', minLength: 1, maxLength: 64 };
const strings = { type: 'array', items: text(300), uniqueItems: true };

const citation = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'quote', 'seed', 'offset'],
  properties: {
    source: { type: 'string', pattern: '^source:' },
    quote: text(MAX_QUOTE_LENGTH),
    seed: { type: 'string', pattern: '^[0-9]{3}_[0-9a-f]{16}\\.txt$' },
    offset: { type: 'integer', minimum: 0 },
  },
};

/** What an entity's date rests on: the text's words (a citation) or a curator's note of where it comes from. */
const factBasis = {
  oneOf: [
    citation,
    {
      type: 'object',
      additionalProperties: false,
      required: ['curator'],
      properties: { curator: text(500) },
    },
  ],
};

/** A text's date that the accepted one contradicts, kept with its words and the reason. */
const disputedDate = {
  type: 'object',
  additionalProperties: false,
  required: ['field', 'value', 'note', 'evidence'],
  properties: {
    field: { enum: ENTITY_DATE_FIELDS },
    value: edtf,
    note: text(1000),
    evidence: { type: 'array', minItems: 1, items: citation },
  },
};

const entity = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'name'],
  properties: {
    id: {
      type: 'string',
      pattern: '^(person|law|place|source|org|event):[a-z0-9]+(-[a-z0-9]+)*$',
      maxLength: 120,
    },
    kind: { enum: ENTITY_KINDS },
    name: text(300),
    aliases: strings,
    description: text(1000),
    born: edtf,
    died: edtf,
    roles: strings,
    group: text(300),
    code: text(200),
    article: text(60),
    title: text(500),
    enacted: edtf,
    repealed: edtf,
    issuer: text(300),
    placeKind: { enum: PLACE_KINDS },
    notLocated: text(500),
    coordinates: {
      type: 'object',
      additionalProperties: false,
      required: ['lat', 'lon'],
      properties: {
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lon: { type: 'number', minimum: -180, maximum: 180 },
      },
    },
    sourceKind: { enum: SOURCE_KINDS },
    date: edtf,
    publisher: text(300),
    publicationPlace: text(300),
    periodical: text(300),
    identifiers: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        ['isbn', 'doi', 'volume', 'issue', 'pages', 'url', 'archive'].map((k) => [k, text(300)]),
      ),
    },
    language: { type: 'string', pattern: '^[a-z]{2,3}$' },
    seedFile: { type: 'string', pattern: '^[0-9]{3}_[0-9a-f]{16}\\.txt$' },
    orgKind: { enum: ORGANIZATION_KINDS },
    founded: edtf,
    dissolved: edtf,
    eventKind: { enum: EVENT_KINDS },
    basis: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries([...ENTITY_DATE_FIELDS, 'coordinates'].map((f) => [f, factBasis])),
    },
    disputed: { type: 'array', items: disputedDate },
  },
};

const relation = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'from', 'to', 'certainty', 'evidence'],
  properties: {
    type: { enum: RELATION_TYPE_NAMES },
    from: { type: 'string', minLength: 3 },
    to: { type: 'string', minLength: 3 },
    key: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,40}$' },
    date: edtf,
    certainty: { enum: CERTAINTIES },
    basis: { enum: BASES },
    note: text(1000),
    props: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
    evidence: { type: 'array', minItems: 1, items: citation },
  },
};

export const DATASET_FILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    entities: { type: 'array', items: entity },
    relations: { type: 'array', items: relation },
  },
} as const;
