/**
 * The shapes of the records in data/*.yaml, after validation. See data/README.md.
 */
import type { EntityDateField } from '../domain/entity-fields';
import type { Basis, Certainty, EntityKind, RelationType } from '../domain/vocabulary';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  description?: string;
  // PERSON
  born?: string;
  died?: string;
  roles?: string[];
  /** Set when the entity stands for a group or category of people a text does not name one by one. */
  group?: string;
  // LAW
  code?: string;
  article?: string;
  title?: string;
  enacted?: string;
  repealed?: string;
  issuer?: string;
  // PLACE
  placeKind?: string;
  coordinates?: { lat: number; lon: number };
  /** Why a place of a kind a map should draw (camp, prison, city) has no coordinates. */
  notLocated?: string;
  // SOURCE
  sourceKind?: string;
  date?: string;
  publisher?: string;
  publicationPlace?: string;
  periodical?: string;
  identifiers?: Record<string, string>;
  language?: string;
  seedFile?: string;
  // ORGANIZATION
  orgKind?: string;
  founded?: string;
  dissolved?: string;
  // EVENT (with `date`)
  eventKind?: string;
  /** What each date field, and the coordinates, rest on. */
  basis?: Partial<Record<EntityDateField | 'coordinates', DateBasisRecord>>;
  /** Dates a text gives that the accepted ones contradict. */
  disputed?: DisputedDateRecord[];
}

export type DateBasisRecord = CitationRecord | { curator: string };

export interface DisputedDateRecord {
  field: EntityDateField;
  value: string;
  note: string;
  evidence: CitationRecord[];
}

export interface CitationRecord {
  source: string;
  quote: string;
  seed: string;
  offset: number;
}

export interface RelationRecord {
  type: RelationType;
  from: string;
  to: string;
  key?: string;
  date?: string;
  certainty: Certainty;
  /** TEXT when absent. */
  basis?: Basis;
  /** Why: the inference, where curator knowledge comes from, what a DISPUTED claim contradicts. */
  note?: string;
  props?: Record<string, string | number>;
  evidence: CitationRecord[];
}

export interface DatasetFile {
  entities?: EntityRecord[];
  relations?: RelationRecord[];
}

/** Dates on entities that are EDTF strings and get earliest/latest bounds. */
