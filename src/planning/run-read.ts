/**
 * Runs the one statement of a planned read and shapes its row into what the root field returns.
 */
import { readStatement } from '../cypher-builder/read-statements';
import { RequestDatabase } from '../db/request-database';
import { PlanOf, RootPlan } from './read-plan';
import { searchParameters } from './search-parameters';
import { Compiled, shapeConnection, shapeEntity, shapeRelation } from './shape-result';

type Raw = Record<string, unknown> & { __c: Record<string, unknown> };

function views<T>(
  raw: Raw,
  views: { responseKey: string }[],
  shape: (value: unknown, index: number) => T,
): Compiled {
  return Object.fromEntries(views.map((view, i) => [view.responseKey, shape(raw.__c[view.responseKey], i)]));
}

function shapeSearch(raw: unknown, plan: PlanOf<'search'>) {
  return ((raw as Raw[] | undefined) ?? []).map((hit) => ({
    score: Number(hit.score),
    __c: views(hit, plan.entities, (value, i) => shapeEntity(value, plan.entities[i]!.entity)),
  }));
}

function shapeNeighborhood(raw: Raw, plan: PlanOf<'neighborhood'>) {
  const reached = Number(raw.reached);
  return {
    truncated: reached > plan.limit,
    reachable: reached,
    // For Subgraph.measures: the network of exactly what is drawn, under the same filters.
    network: plan.memberIds ? { filter: plan.filter, members: raw.ids as string[] } : null,
    __c: {
      ...views(raw, plan.nodes, (value, i) =>
        (value as unknown[]).map((e) => shapeEntity(e, plan.nodes[i]!.entity)),
      ),
      ...views(raw, plan.edges, (value, i) =>
        (value as unknown[]).map((r) => shapeRelation(r, plan.edges[i]!.relation)),
      ),
    },
  };
}

function shapePaths(raw: Raw, plan: PlanOf<'paths'>) {
  return {
    fromFound: raw.fromFound === true,
    toFound: raw.toFound === true,
    paths: (raw.paths as Raw[]).map((path) => ({
      length: Number(path.length),
      score: Number(path.score),
      __c: {
        ...views(path, plan.nodes, (value, i) =>
          (value as unknown[]).map((e) => shapeEntity(e, plan.nodes[i]!.entity)),
        ),
        ...views(path, plan.relations, (value, i) =>
          (value as unknown[]).map((r) => shapeRelation(r, plan.relations[i]!.relation)),
        ),
      },
    })),
  };
}

/** What each root plan gives: null (or `found: false`) where the entity it starts from does not exist. */
export interface ReadResults {
  entity: ReturnType<typeof shapeEntity>;
  relation: ReturnType<typeof shapeRelation> | null;
  relationsOf: ReturnType<typeof shapeConnection> | null;
  weakRelations: ReturnType<typeof shapeConnection>;
  search: ReturnType<typeof shapeSearch>;
  places: ReturnType<typeof shapeEntity>[];
  neighborhood: ReturnType<typeof shapeNeighborhood> | null;
  paths: ReturnType<typeof shapePaths>;
}

export async function runRead<K extends RootPlan['kind']>(
  db: RequestDatabase,
  plan: PlanOf<K>,
): Promise<ReadResults[K]> {
  return (await run(db, plan as RootPlan)) as ReadResults[K];
}

async function run(db: RequestDatabase, plan: RootPlan): Promise<ReadResults[RootPlan['kind']]> {
  let search;
  if (plan.kind === 'search') {
    search = searchParameters(plan.text, plan.kinds, plan.first);
    if (search === null) return [];
  }
  const statement = readStatement(plan, search ?? undefined);
  const [row] = await db.read(statement.text, statement.params);
  const raw = row?.result as Raw | undefined;
  switch (plan.kind) {
    case 'entity':
      return shapeEntity(raw, plan.entity);
    case 'relation':
      return raw ? shapeRelation(raw, plan.relation) : null;
    case 'relationsOf':
      return raw ? shapeConnection(raw as never, plan.connection) : null;
    case 'weakRelations':
      return shapeConnection(raw as never, plan.connection);
    case 'search':
      return shapeSearch(raw, plan);
    case 'places':
      return ((raw as unknown as unknown[] | undefined) ?? []).map((e) => shapeEntity(e, plan.entity));
    case 'neighborhood':
      return raw ? shapeNeighborhood(raw, plan) : null;
    case 'paths':
      return shapePaths(raw as Raw, plan);
  }
}
