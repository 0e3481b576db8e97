/**
 * The benchmarked operations. Each gives, for one sample, the GraphQL request to this
 * project's API, the request to the peer (@neo4j/graphql) and the raw Cypher that answers it
 * through the driver alone (the floor). Where the peer needs a @cypher field, it runs the same
 * Cypher as the API, so the comparison is between the two servers, not two query styles.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../src/db/cypher-files';
import { typeAlternation } from '../src/db/cypher-identifiers';
import { searchParameters, SearchParameters } from '../src/planning/search-parameters';
import { personId } from './synthetic-graph';

export interface Sample {
  id: string;
  name: string;
  partner: string;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  description: string;
  ours(sample: Sample): GraphQLRequest;
  peer(sample: Sample): GraphQLRequest;
  floor(sample: Sample): { cypher: string; params: Record<string, unknown> };
}

export const benchCypher = (name: string) =>
  fs.readFileSync(path.join(__dirname, '..', '..', 'bench', 'cypher', `${name}.cypher`), 'utf8');

/** "Ivan Petrovich Sokolov" -> "Sokolov Ivan": how people look a name up. */
function searchText(name: string): string {
  const words = name.split(' ');
  return `${words[words.length - 1]} ${words[0]}`;
}

/** The parameters of the API's fixed search fragment for a sample's name. */
export function searchFor(sample: Sample): SearchParameters {
  const parameters = searchParameters(searchText(sample.name), null, 10);
  if (parameters === null) throw new Error(`no words to search in ${sample.name}`);
  return parameters;
}

const OUT_TYPES = '[CONVICTED_UNDER, IMPRISONED_AT, BORN_IN, LIVED_AT, DIED_AT, RELATIVE_OF]';
const EDGE_ORDER = '[{ edge: { dateEarliest: ASC } }, { edge: { id: ASC } }]';
const peerConnection = (field: string, first: number) =>
  `${field}Connection(first: ${first}, sort: ${EDGE_ORDER}) { edges { properties { id certainty date } node { id name } } }`;

export const OPERATIONS: Operation[] = [
  {
    name: 'search',
    description: 'search by name ("Surname Firstname"), first 10',
    ours: (s) => ({
      query: 'query($text: String!) { search(text: $text, first: 10) { score entity { id kind name } } }',
      variables: { text: searchText(s.name) },
    }),
    peer: (s) => ({
      query:
        'query($folded: String!, $words: String!, $exactName: String!, $exactBare: String!, $candidates: Int!) { searchEntities(folded: $folded, words: $words, exactName: $exactName, exactBare: $exactBare, kinds: null, candidates: $candidates, first: 10) { id kind name } }',
      variables: { ...searchFor(s) },
    }),
    floor: (s) => ({
      cypher: `${cypher('fragments/search-hits')}\nRETURN node {.id, .kind, .name} AS entity, ranked AS score`,
      params: { ...searchFor(s) },
    }),
  },
  {
    name: 'entityById',
    description: 'one entity by id',
    ours: (s) => ({
      query:
        'query($id: ID!) { entity(id: $id) { id kind name aliases description ... on Person { roles } } }',
      variables: { id: s.id },
    }),
    peer: (s) => ({
      query:
        'query($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name aliases description ... on Person { roles } } }',
      variables: { id: s.id },
    }),
    floor: (s) => ({ cypher: benchCypher('floor-entity-by-id'), params: { id: s.id } }),
  },
  {
    name: 'relationsWithEvidence',
    description: "a person's outgoing relations (6 types, up to 50) with every citation and its source",
    ours: (s) => ({
      query: `query($id: ID!) { relations(of: $id, types: ${OUT_TYPES}, direction: OUT, first: 50) { nodes {
        id type certainty date { edtf } to { id name } evidence { quote locator source { id name } } } } }`,
      variables: { id: s.id },
    }),
    peer: (s) => ({
      query: `query($id: ID!) { people(where: { id: { eq: $id } }) {
        ${['convictions', 'imprisonments', 'bornIn', 'livedAt', 'diedAt', 'relatives'].map((f) => peerConnection(f, 50)).join('\n')}
        evidence { relationId quote seed offset source { id name } } } }`,
      variables: { id: s.id },
    }),
    floor: (s) => ({ cypher: benchCypher('floor-relations-with-evidence'), params: { id: s.id } }),
  },
  {
    name: 'nested3',
    description: 'person -> laws (5) -> others convicted under each (20, earliest first) -> their camps (5)',
    ours: (s) => ({
      query: `query($id: ID!) { entity(id: $id) { id name ... on Person { convictions(first: 5) { nodes { to { id name ... on Law {
        convicted(first: 20) { nodes { from { id name ... on Person { imprisonments(first: 5) { nodes { to { id name } } } } } } } } } } } } } }`,
      variables: { id: s.id },
    }),
    peer: (s) => ({
      query: `query($id: ID!) { people(where: { id: { eq: $id } }) { id name
        convictionsConnection(first: 5, sort: ${EDGE_ORDER}) { edges { node { id name
          convictedConnection(first: 20, sort: ${EDGE_ORDER}) { edges { node { id name
            imprisonmentsConnection(first: 5, sort: ${EDGE_ORDER}) { edges { node { id name } } } } } } } } } } }`,
      variables: { id: s.id },
    }),
    floor: (s) => ({ cypher: benchCypher('floor-nested'), params: { id: s.id } }),
  },
  {
    name: 'neighborhood2',
    description: 'the entities within two hops, nearest first, at most 200',
    ours: (s) => ({
      query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id kind name } } }',
      variables: { id: s.id },
    }),
    peer: (s) => ({
      query: 'query($id: ID!) { neighborhood(id: $id, limit: 200) { id kind name } }',
      variables: { id: s.id },
    }),
    floor: (s) => ({
      cypher: benchCypher('floor-neighborhood').replace(/\{\{TYPES\}\}/g, typeAlternation(null)),
      params: { id: s.id, depth: 2, limit: 199 },
    }),
  },
  {
    name: 'shortestPath',
    description:
      'the entities on the shortest connection between two people (up to 4 hops), through any entity, as the peer gives it',
    ours: (s) => ({
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 1, rank: SHORTEST, excludeVaguePlaces: false) {
        nodes { id kind name } } }`,
      variables: { from: s.id, to: s.partner },
    }),
    peer: (s) => ({
      query: 'query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id kind name } }',
      variables: { from: s.id, to: s.partner },
    }),
    floor: (s) => ({
      cypher: benchCypher('floor-paths').replace('{{TYPES}}', typeAlternation(null)),
      params: { from: s.id, to: s.partner },
    }),
  },
];

export const SAMPLES_CYPHER = () => benchCypher('samples');

/** Up to 32 people spread over the graph who have a partner (the paths operation needs one). */
export async function samplesFor(driver: Driver, people: number): Promise<Sample[]> {
  const candidates = Array.from({ length: 48 }, (_, k) => personId(Math.floor(((k + 0.5) * people) / 48)));
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(SAMPLES_CYPHER(), { ids: candidates });
    const samples = result.records
      .map((r) => ({
        id: r.get('id') as string,
        name: r.get('name') as string,
        partner: r.get('partner') as string | null,
      }))
      .filter((s): s is Sample => s.partner !== null);
    if (samples.length < 8) throw new Error(`only ${samples.length} usable samples in the graph`);
    return samples.slice(0, 32);
  } finally {
    await session.close();
  }
}
