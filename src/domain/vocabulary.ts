/**
 * The closed vocabulary of the graph: entity kinds, relation types, certainty levels and the
 * sub-kinds of places, sources and organisations. The data loader, the Cypher builders and the
 * GraphQL enums all read these lists, so adding a relation type is a change in this one file.
 */

export const ENTITY_KINDS = ['PERSON', 'LAW', 'PLACE', 'SOURCE', 'ORGANIZATION', 'EVENT'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Neo4j label for each kind; every entity node also carries the label `Entity`. */
export const KIND_LABEL: Record<EntityKind, string> = {
  PERSON: 'Person',
  LAW: 'Law',
  PLACE: 'Place',
  SOURCE: 'Source',
  ORGANIZATION: 'Organization',
  EVENT: 'Event',
};

/** The id prefix of each kind: `person:nika-poliakov`, `law:rsfsr-154a`. */
export const KIND_ID_PREFIX: Record<EntityKind, string> = {
  PERSON: 'person',
  LAW: 'law',
  PLACE: 'place',
  SOURCE: 'source',
  ORGANIZATION: 'org',
  EVENT: 'event',
};

export const CERTAINTIES = ['ATTESTED', 'PROBABLE', 'POSSIBLE', 'DISPUTED', 'RUMOURED'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * What a fact rests on. TEXT: the cited words state it. INFERENCE: a curator reads it from the
 * cited words, which do not say it outright (the note says how). CURATOR: knowledge from outside
 * the texts (the note says where from). A user who wants only what the texts say keeps TEXT.
 */
export const BASES = ['TEXT', 'INFERENCE', 'CURATOR'] as const;
export type Basis = (typeof BASES)[number];

export const PLACE_KINDS = [
  'camp',
  'camp-complex',
  'prison',
  'psychiatric-hospital',
  'settlement',
  'city',
  'region',
  'country',
  'address',
  'building',
  'institution',
  'geographic-feature',
  'camp-system',
] as const;

/**
 * Place kinds too broad to locate a statement: "sent to the Gulag", "in the USSR". They are
 * kept where that is all a text says; the data report counts the relations that end at them.
 */
export const VAGUE_PLACE_KINDS: readonly string[] = ['country', 'region', 'camp-system'];

/**
 * Place kinds a map must be able to draw: every one the dataset holds has coordinates, or says
 * why it cannot be located (a camp the texts know only by number).
 */
export const LOCATED_PLACE_KINDS: readonly string[] = [
  'camp',
  'camp-complex',
  'prison',
  'psychiatric-hospital',
  'city',
];

export const EVENT_KINDS = ['uprising', 'strike', 'amnesty', 'trial', 'round-up', 'other'] as const;

export const SOURCE_KINDS = [
  'article',
  'essay',
  'interview',
  'encyclopedia-article',
  'exhibition',
  'book',
  'memoir',
  'novel',
  'short-story',
  'poem',
  'song',
  'film',
  'thesis',
  'report',
  'letter',
  'petition',
  'memo',
  'diary',
  'archive',
  'archival-document',
  'periodical',
  'newspaper',
  'website',
] as const;

export const ORGANIZATION_KINDS = [
  'state-agency',
  'security-service',
  'party',
  'court',
  'government',
  'legislature',
  'publisher',
  'university',
  'research-institute',
  'ngo',
  'military',
  'movement',
  'other',
] as const;

type PropType = 'string' | 'number';

export interface RelationTypeSpec {
  /** What the relation states, in one line; shown in the GraphQL docs. */
  description: string;
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  /** Properties the texts give for this relation, with their value types. */
  props: Readonly<Record<string, PropType>>;
  /**
   * Whether the relation may link an entity to itself. No type today may: each states a link
   * between two different people, places, laws, sources or organisations (a letter "to
   * someone", a source cited "by another source", a place "within another place"), so a write
   * from an entity to itself is refused.
   */
  selfLinks?: boolean;
}

const ANY: readonly EntityKind[] = ENTITY_KINDS;

export const RELATION_TYPES = {
  CONVICTED_UNDER: {
    description: 'A person was convicted or sentenced under a law, article or decree.',
    from: ['PERSON'],
    to: ['LAW'],
    props: { sentence: 'string', sentencingBody: 'string', years: 'number' },
  },
  IMPRISONED_AT: {
    description: 'A person was held at a camp, prison, psychiatric hospital or place of exile.',
    from: ['PERSON'],
    to: ['PLACE'],
    props: { regime: 'string', years: 'number' },
  },
  WROTE_TO: {
    description: 'A person or organisation sent a letter, petition, memo or dispatch to someone.',
    from: ['PERSON', 'ORGANIZATION'],
    to: ['PERSON', 'ORGANIZATION', 'SOURCE'],
    props: { letterKind: 'string', subject: 'string', letter: 'string' },
  },
  CITED_BY: {
    description: 'A source is cited, quoted or listed as reading by another source.',
    from: ['SOURCE'],
    to: ['SOURCE'],
    props: { context: 'string' },
  },
  AUTHORED: {
    description: 'A person or organisation wrote, edited or compiled a source.',
    from: ['PERSON', 'ORGANIZATION'],
    to: ['SOURCE'],
    props: { role: 'string' },
  },
  TRANSLATED: {
    description: 'A person translated a source.',
    from: ['PERSON'],
    to: ['SOURCE'],
    props: { language: 'string' },
  },
  INTERVIEWED: {
    description: 'A person interviewed another person.',
    from: ['PERSON'],
    to: ['PERSON'],
    props: {},
  },
  PUBLISHED_IN: {
    description: 'A source appeared in a periodical, newspaper, book or website.',
    from: ['SOURCE'],
    to: ['SOURCE'],
    props: { volume: 'string', issue: 'string', pages: 'string' },
  },
  ABOUT: {
    description: 'A source is about, or documents, an entity.',
    from: ['SOURCE'],
    to: ANY,
    props: {},
  },
  PART_OF: {
    description: 'A place lies within another place, or an organisation is a division of another.',
    from: ['PLACE', 'ORGANIZATION', 'SOURCE'],
    to: ['PLACE', 'ORGANIZATION', 'SOURCE'],
    props: {},
  },
  SUCCEEDED_BY: {
    description: 'A law, organisation or state was replaced by, or renamed as, another.',
    from: ['LAW', 'ORGANIZATION', 'PLACE'],
    to: ['LAW', 'ORGANIZATION', 'PLACE'],
    props: {},
  },
  ISSUED: {
    description: 'An organisation or person enacted, signed or issued a law, decree or order.',
    from: ['PERSON', 'ORGANIZATION'],
    to: ['LAW'],
    props: {},
  },
  DRAFTED: {
    description:
      'A person or organisation drafted, corrected, proposed or recommended a law, decree or order (not enacting it).',
    from: ['PERSON', 'ORGANIZATION'],
    to: ['LAW'],
    props: { role: 'string' },
  },
  MEMBER_OF: {
    description: 'A person belonged to, or worked for, an organisation.',
    from: ['PERSON'],
    to: ['ORGANIZATION'],
    props: { role: 'string' },
  },
  HEADED: {
    description:
      'A person led or commanded an organisation, camp or institution (every leadership, command or directorship).',
    from: ['PERSON'],
    to: ['ORGANIZATION', 'PLACE'],
    props: { role: 'string' },
  },
  WORKED_AT: {
    description: 'A person worked at a place or institution (a doctor at a clinic, a guard at a camp).',
    from: ['PERSON'],
    to: ['PLACE', 'ORGANIZATION'],
    props: { role: 'string' },
  },
  LIVED_AT: {
    description: 'A person lived in a city, region or at an address.',
    from: ['PERSON'],
    to: ['PLACE'],
    props: {},
  },
  BORN_IN: {
    description: 'A person was born in a place.',
    from: ['PERSON'],
    to: ['PLACE'],
    props: {},
  },
  DIED_AT: {
    description: 'A person died at a place.',
    from: ['PERSON'],
    to: ['PLACE'],
    props: {},
  },
  PARTNER_OF: {
    description: 'Two people were lovers, partners or spouses.',
    from: ['PERSON'],
    to: ['PERSON'],
    props: { nature: 'string' },
  },
  RELATIVE_OF: {
    description: 'Two people were family (the nature says how).',
    from: ['PERSON'],
    to: ['PERSON'],
    props: { nature: 'string' },
  },
  ASSOCIATE_OF: {
    description: 'Two people knew each other as friends, colleagues, patron and protégé.',
    from: ['PERSON'],
    to: ['PERSON'],
    props: { nature: 'string' },
  },
  TOOK_PLACE_AT: {
    description: 'An event happened at a place.',
    from: ['EVENT'],
    to: ['PLACE'],
    props: {},
  },
  PARTICIPATED_IN: {
    description: 'A person, group or organisation took part in an event (the role says how).',
    from: ['PERSON', 'ORGANIZATION'],
    to: ['EVENT'],
    props: { role: 'string' },
  },
  PERSECUTED: {
    description: 'An organisation or person arrested, interrogated, denounced or persecuted a person.',
    from: ['PERSON', 'ORGANIZATION'],
    to: ['PERSON'],
    props: { action: 'string' },
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];
