/**
 * A deterministic synthetic graph shaped like the real one, written as CSV files for
 * `neo4j-admin database import full`. Same labels, properties, relation types, relation ids
 * and citations as src/dataset/load-dataset.ts writes, so the API reads it unchanged. Degrees
 * are skewed (Zipf): a few camps hold many prisoners, a few laws convict many, a few sources
 * (the big memorial books) attest most records. A fixed seed makes every run the same graph.
 */
import path from 'node:path';
import fs from 'node:fs';
import { nameKeys, NAME_KEY_PROPERTIES } from '../src/domain/name-keys';
import { RELATION_TYPE_NAMES, RelationType } from '../src/domain/vocabulary';
import { seededRandom } from '../src/measures/seeded-random';
import { CsvFile } from './csv-file';
import { GraphShape, graphShape } from './graph-sizes';

export const GENERATOR_SEED = 19370805;
export const ENTITY_LABELS = {
  PERSON: 'Person',
  LAW: 'Law',
  PLACE: 'Place',
  SOURCE: 'Source',
  ORGANIZATION: 'Organization',
} as const;

/** Picks index i of n with probability proportional to 1/(i+1)^s. */
function zipf(n: number, s: number, rnd: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    total += 1 / Math.pow(i + 1, s);
    cumulative[i] = total;
  }
  return () => {
    const target = rnd() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const FIRST = [
  'Ivan',
  'Pyotr',
  'Nikolai',
  'Aleksandr',
  'Mikhail',
  'Sergei',
  'Vasily',
  'Dmitry',
  'Fyodor',
  'Grigory',
  'Yakov',
  'Boris',
  'Lev',
  'Konstantin',
  'Andrei',
  'Pavel',
  'Stepan',
  'Semyon',
  'Matvei',
  'Ilya',
  'Anna',
  'Maria',
  'Yelena',
  'Olga',
  'Tatyana',
  'Vera',
  'Nadezhda',
  'Lyubov',
  'Yevgenia',
  'Zinaida',
];
const ONSETS = [
  'Bel',
  'Vor',
  'Gol',
  'Zhur',
  'Kuz',
  'Lyub',
  'Mor',
  'Nov',
  'Orl',
  'Pav',
  'Rog',
  'Sok',
  'Tar',
  'Fil',
  'Khar',
  'Tsvet',
  'Chern',
  'Shch',
  'Yak',
  'Zel',
  'Kras',
  'Step',
  'Gro',
  'Dan',
  'Yer',
  'Kal',
  'Mak',
  'Nik',
  'Ost',
  'Sav',
  'Tikh',
  'Ust',
];
const MIDDLES = ['', 'a', 'o', 'e', 'ya', 'in', 'ov', 'ush', 'ich', 'en', 'ar', 'ezh', 'il', 'ot'];
const ENDINGS = [
  'ov',
  'ev',
  'in',
  'sky',
  'enko',
  'uk',
  'ich',
  'yan',
  'idze',
  'man',
  'berg',
  'ko',
  'ets',
  'yev',
  'kin',
  'nikov',
  'ykh',
  'shvili',
];
const REGIMES = ['camp', 'strict-regime camp', 'prison', 'exile', 'special settlement'];
const SENTENCES = [
  '3 years',
  '5 years',
  '8 years',
  '10 years',
  '10 years and 5 years disenfranchisement',
  'death by shooting',
  'exile, 5 years',
];
const BODIES = [
  'NKVD troika',
  'Special Council of the NKVD',
  'Military Collegium of the Supreme Court',
  'regional court',
  'OGPU collegium',
];
const CAMP_WORDS = ['lag', 'ITL', 'lager', 'camp'];
const CERTAINTY_WEIGHTS: [string, number][] = [
  ['ATTESTED', 0.8],
  ['PROBABLE', 0.1],
  ['POSSIBLE', 0.05],
  ['DISPUTED', 0.03],
  ['RUMOURED', 0.02],
];

/** The name keys in the order of ENTITY_HEADER's columns. */
function keyColumns(name: string, aliases: string[]): string[][] {
  const keys = nameKeys(name, aliases);
  return NAME_KEY_PROPERTIES.map((key) => keys[key]);
}

const ENTITY_HEADER = [
  'id:ID(Entity)',
  'kind',
  'name',
  'aliases:string[]',
  ...NAME_KEY_PROPERTIES.map((key) => `${key}:string[]`),
  'description',
  'origin',
];
const RELATION_HEADER = [
  ':START_ID(Entity)',
  ':END_ID(Entity)',
  'id',
  'certainty',
  'date',
  'dateEarliest',
  'dateLatest',
  'evidenceCount:long',
  'origin',
];
const RELATION_PROPS: Partial<Record<RelationType, string[]>> = {
  CONVICTED_UNDER: ['sentence', 'sentencingBody', 'years:double'],
  IMPRISONED_AT: ['regime', 'years:double'],
  RELATIVE_OF: ['nature'],
  ASSOCIATE_OF: ['nature'],
  PERSECUTED: ['action'],
  AUTHORED: ['role'],
  MEMBER_OF: ['role'],
};

export interface GeneratedGraph {
  dir: string;
  shape: GraphShape;
  entities: number;
  relations: number;
  citations: number;
  nodeFiles: { labels: string; file: string }[];
  relationshipFiles: { type: string; file: string }[];
  ms: number;
}

const pad = (n: number) => String(n).padStart(7, '0');
export const personId = (i: number) => `person:syn-${pad(i)}`;
const lawId = (i: number) => `law:syn-${pad(i)}`;
const placeId = (i: number) => `place:syn-${pad(i)}`;
const sourceId = (i: number) => `source:syn-${pad(i)}`;
const orgId = (i: number) => `org:syn-${pad(i)}`;

function personName(i: number, rnd: () => number): { name: string; alias: string } {
  const surname = `${ONSETS[Math.floor(rnd() * ONSETS.length)]}${MIDDLES[Math.floor(rnd() * MIDDLES.length)]}${ENDINGS[Math.floor(rnd() * ENDINGS.length)]}`;
  const first = FIRST[i % FIRST.length] as string;
  const father = FIRST[Math.floor(rnd() * 20)] as string;
  const female = FIRST.indexOf(first) >= 20;
  const patronymic = `${father.replace(/[aiy]$/, '')}${female ? 'ovna' : 'ovich'}`;
  return { name: `${first} ${patronymic} ${surname}`, alias: `${surname} ${first[0]}. ${patronymic[0]}.` };
}

function dateIn(rnd: () => number): { date: string; earliest: string; latest: string } {
  // The Great Terror dominates: half of all dates fall in 1937-1938.
  const year = rnd() < 0.5 ? 1937 + Math.floor(rnd() * 2) : 1921 + Math.floor(rnd() * 33);
  if (rnd() < 0.2) return { date: String(year), earliest: `${year}-01-01`, latest: `${year}-12-31` };
  const day = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  return { date: day, earliest: day, latest: day };
}

export function generateGraph(
  people: number,
  dir: string,
  log: (line: string) => void = () => {},
): GeneratedGraph {
  const began = Date.now();
  const shape = graphShape(people);
  const rnd = seededRandom(GENERATOR_SEED);
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);

  const nodeFiles: GeneratedGraph['nodeFiles'] = [];
  const entityFile = (kind: keyof typeof ENTITY_LABELS, extra: string[]) => {
    const csv = new CsvFile(file(`${kind.toLowerCase()}.csv`), [...ENTITY_HEADER, ...extra]);
    nodeFiles.push({ labels: `Entity:${ENTITY_LABELS[kind]}`, file: csv.path });
    return csv;
  };
  const relationFiles = new Map<RelationType, CsvFile>();
  for (const type of RELATION_TYPE_NAMES) {
    relationFiles.set(
      type,
      new CsvFile(file(`rel-${type.toLowerCase()}.csv`), [
        ...RELATION_HEADER,
        ...(RELATION_PROPS[type] ?? []),
      ]),
    );
  }
  const citations = new CsvFile(file('citation.csv'), [
    'id:ID(Citation)',
    'relationId',
    'relationType',
    'fromId',
    'toId',
    'sourceId',
    'position:long',
    'quote',
    'seed',
    'offset:long',
    'origin',
  ]);
  const fromSource = new CsvFile(file('rel-from_source.csv'), [':START_ID(Citation)', ':END_ID(Entity)']);
  let entities = 0;

  const pickSource = zipf(shape.sources, 1.0, rnd);
  const certainty = () => {
    let u = rnd();
    for (const [value, weight] of CERTAINTY_WEIGHTS) {
      if (u < weight) return value;
      u -= weight;
    }
    return 'ATTESTED';
  };

  /** Writes one relation and its citations (one, sometimes two sources). */
  const relate = (
    type: RelationType,
    from: string,
    to: string,
    props: (string | number)[] = [],
    knownSource?: number,
  ) => {
    const id = `${from}>${type}>${to}`;
    const when =
      type === 'CONVICTED_UNDER' || type === 'IMPRISONED_AT' || type === 'PERSECUTED' ? dateIn(rnd) : null;
    const cited = rnd() < 0.12 ? 2 : 1;
    (relationFiles.get(type) as CsvFile).row([
      from,
      to,
      id,
      certainty(),
      when?.date,
      when?.earliest,
      when?.latest,
      cited,
      'synthetic',
      ...props,
    ]);
    for (let position = 0; position < cited; position += 1) {
      const source = sourceId(position === 0 && knownSource !== undefined ? knownSource : pickSource());
      const citationId = `${id}@${position}`;
      const quote = `${type.toLowerCase().replace(/_/g, ' ')}: ${to.slice(to.indexOf(':') + 1)}${when ? `, ${when.date}` : ''}`;
      citations.row([
        citationId,
        id,
        type,
        from,
        to,
        source,
        position,
        quote,
        'synthetic',
        citations.lines * 64,
        'synthetic',
      ]);
      fromSource.row([citationId, source]);
    }
  };

  // Places: regions, cities, camps, prisons. Camps and prisons are drawn by Zipf, so a few are huge.
  const regions = Math.max(10, Math.round(shape.places * 0.05));
  const cities = Math.round(shape.places * 0.4);
  const camps = Math.round(shape.places * 0.35);
  const placeCsv = entityFile('PLACE', ['placeKind', 'lat:double', 'lon:double']);
  const placeKind = (i: number) =>
    i < regions ? 'region' : i < regions + cities ? 'city' : i < regions + cities + camps ? 'camp' : 'prison';
  for (let i = 0; i < shape.places; i += 1) {
    const kind = placeKind(i);
    const base = `${ONSETS[i % ONSETS.length]}${MIDDLES[Math.floor(i / ONSETS.length) % MIDDLES.length]}`;
    const name =
      kind === 'region'
        ? `${base}sk oblast ${i}`
        : kind === 'city'
          ? `${base}sk ${i}`
          : kind === 'camp'
            ? `${base}${CAMP_WORDS[i % 4]} ${i}`
            : `${base} prison ${i}`;
    placeCsv.row([
      placeId(i),
      'PLACE',
      name,
      [],
      ...keyColumns(name, []),
      `Synthetic ${kind}`,
      'synthetic',
      kind,
      45 + rnd() * 25,
      30 + rnd() * 120,
    ]);
    entities += 1;
    if (i >= regions) relate('PART_OF', placeId(i), placeId(Math.floor(rnd() * regions)));
  }
  placeCsv.close();
  const pickCity = zipf(cities, 0.9, rnd);
  const pickCamp = zipf(shape.places - regions - cities, 1.0, rnd);
  const city = () => placeId(regions + pickCity());
  const camp = () => placeId(regions + cities + pickCamp());

  const lawCsv = entityFile('LAW', ['code', 'article', 'title']);
  for (let i = 0; i < shape.laws; i += 1) {
    const article = i < 14 ? `58-${i + 1}` : `${59 + (i % 140)}-${Math.floor(i / 140) + 1}`;
    const name = `RSFSR Criminal Code article ${article} (${i})`;
    lawCsv.row([
      lawId(i),
      'LAW',
      name,
      [`Art. ${article}`],
      ...keyColumns(name, [`Art. ${article}`]),
      'Synthetic article',
      'synthetic',
      'RSFSR Criminal Code',
      article,
      name,
    ]);
    entities += 1;
    if (i > 0 && i % 10 === 0) relate('SUCCEEDED_BY', lawId(i - 1), lawId(i));
  }
  lawCsv.close();
  const pickLaw = zipf(shape.laws, 1.0, rnd);

  const orgCsv = entityFile('ORGANIZATION', ['orgKind']);
  for (let i = 0; i < shape.organizations; i += 1) {
    const name = `${['NKVD', 'OGPU', 'MGB', 'Troika'][i % 4]} directorate ${ONSETS[i % ONSETS.length]} ${i}`;
    orgCsv.row([
      orgId(i),
      'ORGANIZATION',
      name,
      [],
      ...keyColumns(name, []),
      'Synthetic security-service body',
      'synthetic',
      'security-service',
    ]);
    entities += 1;
    if (i > 0) relate('PART_OF', orgId(i), orgId(Math.floor(rnd() * i)));
    if (i < shape.laws) relate('ISSUED', orgId(i), lawId(i));
  }
  orgCsv.close();
  const pickOrg = zipf(shape.organizations, 1.0, rnd);

  const sourceCsv = entityFile('SOURCE', ['sourceKind']);
  for (let i = 0; i < shape.sources; i += 1) {
    const book = i < shape.sources / 10;
    const name = book
      ? `Book of memory, ${ONSETS[i % ONSETS.length]}sk region, volume ${i}`
      : `Archival file ${i}`;
    sourceCsv.row([
      sourceId(i),
      'SOURCE',
      name,
      [],
      ...keyColumns(name, []),
      book ? 'Synthetic memorial book' : 'Synthetic case file',
      'synthetic',
      book ? 'book' : 'archival-document',
    ]);
    entities += 1;
    if (!book && rnd() < 0.3)
      relate('CITED_BY', sourceId(i), sourceId(Math.floor(rnd() * (shape.sources / 10))));
  }
  sourceCsv.close();

  const personCsv = entityFile('PERSON', ['roles:string[]']);
  for (let i = 0; i < people; i += 1) {
    const { name, alias } = personName(i, rnd);
    const me = personId(i);
    personCsv.row([
      me,
      'PERSON',
      name,
      [alias],
      ...keyColumns(name, [alias]),
      'Synthetic victim of political terror',
      'synthetic',
      ['victim'],
    ]);
    entities += 1;
    const record = pickSource();
    if (rnd() < 0.3) relate('ABOUT', sourceId(record), me, [], record);
    if (rnd() < 0.9) {
      const law = pickLaw();
      relate(
        'CONVICTED_UNDER',
        me,
        lawId(law),
        [
          SENTENCES[Math.floor(rnd() * SENTENCES.length)] as string,
          BODIES[Math.floor(rnd() * BODIES.length)] as string,
          1 + Math.floor(rnd() * 10),
        ],
        record,
      );
      if (rnd() < 0.1) {
        const second = pickLaw();
        if (second !== law)
          relate(
            'CONVICTED_UNDER',
            me,
            lawId(second),
            [SENTENCES[0] as string, BODIES[0] as string, 3],
            record,
          );
      }
    }
    if (rnd() < 0.7)
      relate(
        'IMPRISONED_AT',
        me,
        camp(),
        [REGIMES[Math.floor(rnd() * REGIMES.length)] as string, 1 + Math.floor(rnd() * 10)],
        record,
      );
    if (rnd() < 0.6) relate('BORN_IN', me, city());
    if (rnd() < 0.3) relate('LIVED_AT', me, city());
    if (rnd() < 0.15) relate('DIED_AT', me, rnd() < 0.6 ? camp() : city(), [], record);
    if (rnd() < 0.3) relate('PERSECUTED', orgId(pickOrg()), me, ['arrest'], record);
    if (i > 5 && rnd() < 0.05)
      relate('RELATIVE_OF', me, personId(i - 1 - Math.floor(rnd() * 5)), [
        ['brother', 'sister', 'spouse', 'parent'][Math.floor(rnd() * 4)] as string,
      ]);
    if (i > 0 && rnd() < 0.02) relate('ASSOCIATE_OF', me, personId(Math.floor(rnd() * i)), ['colleague']);
    if (i < shape.sources && rnd() < 0.2) relate('AUTHORED', me, sourceId(i), ['author']);
    if (i > 0 && i % 250_000 === 0) log(`  ${i} people ...`);
  }
  personCsv.close();

  let relations = 0;
  const relationshipFiles: GeneratedGraph['relationshipFiles'] = [];
  for (const [type, csv] of relationFiles) {
    csv.close();
    relations += csv.lines;
    relationshipFiles.push({ type, file: csv.path });
  }
  citations.close();
  fromSource.close();
  nodeFiles.push({ labels: 'Citation', file: citations.path });
  relationshipFiles.push({ type: 'FROM_SOURCE', file: fromSource.path });
  return {
    dir,
    shape,
    entities,
    relations,
    citations: citations.lines,
    nodeFiles,
    relationshipFiles,
    ms: Date.now() - began,
  };
}
