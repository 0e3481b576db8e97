/**
 * Plans of the root read fields, from the resolver's checked arguments and its selection
 * (GraphQLResolveInfo). Each returns the RootPlan that read-statements.ts turns into one
 * statement.
 */
import { FieldNode, getNamedType, GraphQLResolveInfo, GraphQLNamedType, isObjectType } from 'graphql';
import { badInput } from '../api-errors';
import {
  Basis,
  Certainty,
  EntityKind,
  PLACE_KINDS,
  RelationType,
  VAGUE_PLACE_KINDS,
} from '../domain/vocabulary';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_NODES,
  MAX_DEGREE_CAP,
  MAX_PATH_HOPS,
  MAX_PATHS,
  MAX_PLACES,
  MAX_SEARCH_RESULTS,
  requireRange,
  checkSearchText,
} from './argument-checks';
import {
  CollectedField,
  collectFields,
  OperationScope,
  subSelections,
  writtenArguments,
} from './collect-fields';
import { NetworkPlan, PathAvoidance, PlanOf, RelationsSource } from './read-plan';
import { SelectionPlanner } from './plan-selection';

function scopeOf(info: GraphQLResolveInfo): OperationScope {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

/** The root field as the collector sees it: its nodes under one response key. */
function rootField(info: GraphQLResolveInfo): CollectedField {
  const definition = info.parentType.getFields()[info.fieldName];
  if (!definition) throw new Error(`No field ${info.fieldName} on ${info.parentType.name}`);
  return { responseKey: info.path.key as string, nodes: info.fieldNodes as FieldNode[], definition };
}

function returnType(info: GraphQLResolveInfo): GraphQLNamedType {
  return getNamedType(info.returnType);
}

export function planEntityRead(info: GraphQLResolveInfo, id: string): PlanOf<'entity'> {
  const planner = new SelectionPlanner(scopeOf(info));
  return { kind: 'entity', id, entity: planner.entity(returnType(info), subSelections(rootField(info))) };
}

export function planRelationRead(info: GraphQLResolveInfo, id: string): PlanOf<'relation'> {
  const planner = new SelectionPlanner(scopeOf(info));
  return { kind: 'relation', id, relation: planner.relation(subSelections(rootField(info))) };
}

export function planSearch(
  info: GraphQLResolveInfo,
  text: string,
  kinds: EntityKind[] | null,
  first: number,
): PlanOf<'search'> {
  checkSearchText(text);
  requireRange('first', first, 1, MAX_SEARCH_RESULTS);
  const planner = new SelectionPlanner(scopeOf(info));
  const { entities } = planner.resultFields('SearchHit', subSelections(rootField(info)));
  return { kind: 'search', text, kinds, first, entities: entities.get('entity') ?? [] };
}

export function planPlaces(
  info: GraphQLResolveInfo,
  args: { kinds: string[] | null; located: boolean | null; first: number },
): PlanOf<'places'> {
  requireRange('first', args.first, 1, MAX_PLACES);
  const unknown = (args.kinds ?? []).filter((kind) => !(PLACE_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0)
    throw badInput(
      'kinds',
      `has no place kind ${unknown.join(', ')}; the kinds are ${PLACE_KINDS.join(', ')}`,
    );
  const planner = new SelectionPlanner(scopeOf(info));
  return {
    kind: 'places',
    placeKinds: args.kinds && args.kinds.length > 0 ? args.kinds : null,
    located: args.located,
    first: args.first,
    entity: planner.entity(returnType(info), subSelections(rootField(info))),
  };
}

export function planRelationsOf(
  info: GraphQLResolveInfo,
  id: string,
  args: Record<string, unknown>,
): PlanOf<'relationsOf'> {
  const planner = new SelectionPlanner(scopeOf(info));
  const field = rootField(info);
  const source: RelationsSource = {
    kind: 'relations',
    fixedTypes: null,
    direction: args.direction as RelationsSource['direction'],
    filter: planner.relationFilter(field, args),
  };
  return { kind: 'relationsOf', id, connection: planner.connection(field, source, args, 'relation') };
}

export function planWeakRelations(
  info: GraphQLResolveInfo,
  args: Record<string, unknown>,
): PlanOf<'weakRelations'> {
  requireRange('maxSources', args.maxSources as number, 0, 100);
  const planner = new SelectionPlanner(scopeOf(info));
  return { kind: 'weakRelations', connection: planner.weakConnection(rootField(info), args) };
}

export interface NeighborhoodArgs {
  id: string;
  depth: number;
  limit: number;
  types?: RelationType[] | null;
  certainty?: Certainty[] | null;
  basis?: Basis[] | null;
  since?: string | null;
  until?: string | null;
  includeUndated: boolean;
  kinds?: EntityKind[] | null;
}

export function planNeighborhood(info: GraphQLResolveInfo, args: NeighborhoodArgs): PlanOf<'neighborhood'> {
  requireRange('depth', args.depth, 1, MAX_NEIGHBORHOOD_DEPTH);
  requireRange('limit', args.limit, 1, MAX_NEIGHBORHOOD_NODES);
  const planner = new SelectionPlanner(scopeOf(info));
  const field = rootField(info);
  const filter = planner.relationFilter(field, args as unknown as Record<string, unknown>);
  const { entities, relations } = planner.resultFields('Subgraph', subSelections(field));
  const plan: PlanOf<'neighborhood'> = {
    kind: 'neighborhood',
    id: args.id,
    depth: args.depth,
    limit: args.limit,
    filter,
    nodes: entities.get('nodes') ?? [],
    edges: relations.get('edges') ?? [],
  };
  if (field.nodes[0]?.arguments?.some((a) => a.name.value === 'kinds'))
    plan.kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
  const subgraph = info.schema.getType('Subgraph');
  if (
    isObjectType(subgraph) &&
    collectFields(scopeOf(info), subgraph, subSelections(field)).some((f) => f.definition.name === 'measures')
  )
    plan.memberIds = true;
  return plan;
}

/** The whole graph's network under the filters the root field writes (types, certainty, basis, since, until). */
export function planNetworkMeasures(info: GraphQLResolveInfo, args: Record<string, unknown>): NetworkPlan {
  const planner = new SelectionPlanner(scopeOf(info));
  return { filter: planner.relationFilter(rootField(info), args), members: null };
}

/** The `paths` arguments as the resolver has them (PathsArgs). */
export interface PathsArguments {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  /** SUREST or SHORTEST (graphql/enums.ts PathRanking). */
  rank: string;
  excludeTypes?: RelationType[] | null;
  excludeIds?: string[] | null;
  excludeVaguePlaces: boolean;
  maxDegree?: number | null;
}

/** What a path may not pass through; an exclusion the document does not write is not in the statement. */
function avoidance(written: ReadonlySet<string>, args: PathsArguments, excludeIds: string[]): PathAvoidance {
  const avoid: PathAvoidance = { placeKinds: args.excludeVaguePlaces ? [...VAGUE_PLACE_KINDS] : [] };
  if (written.has('excludeTypes')) avoid.excludeTypes = args.excludeTypes ?? [];
  if (written.has('excludeIds')) avoid.excludeIds = excludeIds;
  if (written.has('maxDegree')) avoid.maxDegree = args.maxDegree ?? null;
  return avoid;
}

export function planPaths(info: GraphQLResolveInfo, args: PathsArguments): PlanOf<'paths'> {
  requireRange('maxHops', args.maxHops, 1, MAX_PATH_HOPS);
  requireRange('first', args.first, 1, MAX_PATHS);
  if (args.maxDegree !== undefined && args.maxDegree !== null)
    requireRange('maxDegree', args.maxDegree, 1, MAX_DEGREE_CAP);
  const excludeIds = args.excludeIds ?? [];
  const end = excludeIds.find((id) => id === args.from || id === args.to);
  if (end !== undefined)
    throw badInput('excludeIds', `holds "${end}", an end of the path: leave out \`from\` and \`to\``);
  const planner = new SelectionPlanner(scopeOf(info));
  const field = rootField(info);
  const { entities, relations } = planner.resultFields('Path', subSelections(field));
  return {
    kind: 'paths',
    from: args.from,
    to: args.to,
    maxHops: args.maxHops,
    first: args.first,
    surest: args.rank !== 'SHORTEST',
    filter: planner.relationFilter(field, args as unknown as Record<string, unknown>),
    avoid: avoidance(writtenArguments(field), args, excludeIds),
    nodes: entities.get('nodes') ?? [],
    relations: relations.get('relations') ?? [],
  };
}
