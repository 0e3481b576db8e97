/**
 * The explorer's reads, all through the public GraphQL API (same origin), plus the whole graph
 * from the graphology export.
 */
import type { SerializedGraph } from 'graphology-types';
import { MAP_PAGES, MAP_RELATION_TYPES, MapData } from './map-stays';

export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  degree: number;
}

export interface DateRange {
  edtf: string;
  earliest: string | null;
  latest: string | null;
}

export interface Citation {
  quote: string;
  locator: string | null;
  source: { id: string; name: string };
}

export interface RelationSummary {
  id: string;
  type: string;
  certainty: string;
  basis: 'TEXT' | 'INFERENCE' | 'CURATOR';
  date: DateRange | null;
  from: { id: string };
  to: { id: string };
}

export interface RelationDetail extends Omit<RelationSummary, 'from' | 'to'> {
  from: { id: string; name: string; kind: string };
  to: { id: string; name: string; kind: string };
  note: string | null;
  evidence: Citation[];
}

export interface Subgraph {
  nodes: EntitySummary[];
  edges: RelationSummary[];
  /** Whether the API left entities within reach out to keep to the limit. */
  truncated: boolean;
  reachable: number;
}

export interface PathResult {
  length: number;
  /** The product of the hops' certainty weights: 1 when every hop is attested. */
  score: number;
  nodes: EntitySummary[];
  relations: RelationDetail[];
}

export class ApiError extends Error {}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`the API answered ${response.status} with no data`);
  return body.data;
}

const ENTITY = 'id kind name aliases description degree';
const RELATION = 'id type certainty basis date { edtf earliest latest } from { id } to { id }';
const RELATION_DETAIL = `id type certainty basis note date { edtf earliest latest }
  from { id name kind } to { id name kind }
  evidence { quote locator source { id name } }`;

export async function search(text: string): Promise<EntitySummary[]> {
  const data = await graphql<{ search: { entity: EntitySummary }[] }>(
    `query Search($text: String!) { search(text: $text, first: 10) { entity { ${ENTITY} } } }`,
    { text },
  );
  return data.search.map((hit) => hit.entity);
}

export async function entity(id: string): Promise<EntitySummary | null> {
  const data = await graphql<{ entity: EntitySummary | null }>(
    `query Entity($id: ID!) { entity(id: $id) { ${ENTITY} } }`,
    { id },
  );
  return data.entity;
}

export async function neighborhood(id: string): Promise<Subgraph> {
  const data = await graphql<{ neighborhood: Subgraph }>(
    `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 1, limit: 400) { truncated reachable nodes { ${ENTITY} } edges { ${RELATION} } } }`,
    { id },
  );
  return data.neighborhood;
}

export async function relation(id: string): Promise<RelationDetail | null> {
  const data = await graphql<{ relation: RelationDetail | null }>(
    `query Relation($id: ID!) { relation(id: $id) { ${RELATION_DETAIL} } }`,
    { id },
  );
  return data.relation;
}

/** What connect mode asks `paths` for: the two ends, the evidence filters, what to avoid. */
export interface PathQuery extends MeasureFilter {
  from: string;
  to: string;
  excludeIds: string[];
  excludeVaguePlaces: boolean;
  maxDegree: number | null;
}

export async function paths(query: PathQuery): Promise<PathResult[]> {
  const data = await graphql<{ paths: PathResult[] }>(
    `query Paths($from: ID!, $to: ID!, $types: [RelationType!], $certainty: [Certainty!], $basis: [Basis!],
      $since: String, $until: String, $includeUndated: Boolean!, $excludeIds: [ID!], $excludeVaguePlaces: Boolean!,
      $maxDegree: Int) {
      paths(from: $from, to: $to, first: 5, maxHops: 6, types: $types, certainty: $certainty, basis: $basis,
        since: $since, until: $until, includeUndated: $includeUndated, excludeIds: $excludeIds,
        excludeVaguePlaces: $excludeVaguePlaces, maxDegree: $maxDegree) {
      length score nodes { ${ENTITY} } relations { ${RELATION_DETAIL} } } }`,
    { ...query },
  );
  return data.paths;
}

export async function wholeGraph(): Promise<SerializedGraph> {
  const response = await fetch('/export/graph.json');
  if (!response.ok) throw new ApiError(`the whole-graph export answered ${response.status}`);
  return (await response.json()) as SerializedGraph;
}

export interface EntityMeasure {
  id: string;
  name: string;
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number | null;
  community: number;
}

export interface MeasureFilter {
  types: string[] | null;
  certainty: string[] | null;
  basis: string[] | null;
  since: string | null;
  until: string | null;
  includeUndated: boolean;
}

/** The whole graph's measures under the explorer's filters (computed, and kept, by the server). */
export async function networkMeasures(filter: MeasureFilter): Promise<EntityMeasure[]> {
  const data = await graphql<{ networkMeasures: { entities: EntityMeasure[] } }>(
    `
      query Measures(
        $types: [RelationType!]
        $certainty: [Certainty!]
        $basis: [Basis!]
        $since: String
        $until: String
        $includeUndated: Boolean!
      ) {
        networkMeasures(
          types: $types
          certainty: $certainty
          basis: $basis
          since: $since
          until: $until
          includeUndated: $includeUndated
        ) {
          entities {
            id
            name
            degree
            weightedDegree
            pageRank
            betweenness
            community
          }
        }
      }
    `,
    { ...filter },
  );
  return data.networkMeasures.entities;
}

/**
 * The map's data in one request: every place with coordinates (and what they rest on), with the
 * people held, living, working, born or dying there and the dates and certainty of each; and the
 * same relations to places without coordinates, which the map counts but cannot draw.
 */
export async function mapPlaces(): Promise<MapData> {
  const stays = (first: number, person: string) => `relations(direction: IN, types: $types, first: ${first}) {
    pageInfo { hasNextPage }
    nodes { id type certainty basis date { edtf earliest latest } from { ${person} } }
  }`;
  return graphql<MapData>(
    `query MapPlaces($types: [RelationType!]) {
      located: places(located: true, first: ${MAP_PAGES.located}) {
        id name placeKind coordinates { lat lon basis { basis note } } ${stays(MAP_PAGES.stays, 'id name kind')}
      }
      elsewhere: places(located: false, first: ${MAP_PAGES.elsewhere}) {
        id name placeKind ${stays(MAP_PAGES.staysElsewhere, 'id')}
      }
    }`,
    { types: MAP_RELATION_TYPES },
  );
}

/** A place's people with the evidence of each stay, for its details panel. */
export async function placeRelations(id: string): Promise<RelationDetail[]> {
  const data = await graphql<{ relations: { nodes: RelationDetail[] } }>(
    `query PlaceRelations($id: ID!, $types: [RelationType!]) {
      relations(of: $id, direction: IN, types: $types, first: 100) { nodes { ${RELATION_DETAIL} } }
    }`,
    { id, types: MAP_RELATION_TYPES },
  );
  return data.relations.nodes;
}
