/**
 * Builds the plan of a read from the GraphQL selection, ahead of execution: every traversal,
 * endpoint and evidence list the document selects, through fragments, type conditions and
 * aliases, with its arguments checked. Only fields that need the graph are planned; scalar
 * fields are read from the properties every projection returns.
 */
import {
  getNamedType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  isAbstractType,
  isLeafType,
  isObjectType,
  SelectionSetNode,
} from 'graphql';
import { Basis, Certainty, ENTITY_KINDS, EntityKind, KIND_LABEL, RelationType } from '../domain/vocabulary';
import { checkDateBound, MAX_EVIDENCE_PAGE, MAX_PAGE_SIZE, requireRange } from './argument-checks';
import {
  argumentValues,
  collectFields,
  CollectedField,
  OperationScope,
  subSelections,
  writtenArguments,
} from './collect-fields';
import { CursorSort, decodeCursor } from './cursors';
import { entityTraversal } from './entity-traversals';
import {
  CitationPlan,
  ClaimsSource,
  ConnectionPlan,
  TraversalDirection,
  EntityChildPlan,
  EntityFieldPlan,
  EntityPlan,
  RelationChildPlan,
  RelationFilterPlan,
  RelationPlan,
  RelationsSource,
  WeakSource,
} from './read-plan';

const KIND_OF_TYPE = new Map<string, EntityKind>(ENTITY_KINDS.map((kind) => [KIND_LABEL[kind], kind]));

function objectType(scope: OperationScope, name: string): GraphQLObjectType {
  const type = scope.schema.getType(name);
  if (!isObjectType(type)) throw new Error(`The schema has no object type ${name}`);
  return type;
}

/**
 * The stored properties a projection must return: a scalar field reads the property of its
 * name, a date its three (value and day bounds); any other object field (coordinates,
 * identifiers, a date's basis) is mapped from several, so the projection returns them all.
 */
class StoredProperties {
  private readonly names: Set<string>;
  private all = false;

  constructor(always: string[]) {
    this.names = new Set(always);
  }

  read(field: CollectedField): void {
    const type = getNamedType(field.definition.type);
    const name = field.definition.name;
    if (isLeafType(type)) this.names.add(name);
    else if (
      type.name === 'PartialDate' &&
      field.nodes.every((node) =>
        node.selectionSet?.selections.every(
          (s) => s.kind === 'Field' && ['edtf', 'earliest', 'latest', '__typename'].includes(s.name.value),
        ),
      )
    ) {
      for (const suffix of ['', 'Earliest', 'Latest']) this.names.add(`${name}${suffix}`);
    } else this.all = true;
  }

  list(): string[] | null {
    return this.all ? null : [...this.names];
  }
}

export class SelectionPlanner {
  /** Plans of fields, by the document nodes that select them: kinds reaching a field through the same nodes share its plan. */
  private readonly plans = new Map<string, EntityChildPlan>();
  private nodeIds = 0;
  private readonly nodeId = new WeakMap<object, number>();

  constructor(private readonly scope: OperationScope) {}

  private identity(field: CollectedField): string {
    return field.nodes
      .map((node) => {
        let id = this.nodeId.get(node);
        if (id === undefined) {
          id = this.nodeIds++;
          this.nodeId.set(node, id);
        }
        return id;
      })
      .join(',');
  }

  entity(type: GraphQLNamedType, sets: readonly SelectionSetNode[]): EntityPlan {
    const types = isAbstractType(type)
      ? this.scope.schema.getPossibleTypes(type)
      : isObjectType(type)
        ? [type]
        : [];
    const byKey = new Map<string, EntityFieldPlan>();
    const kinds: EntityKind[] = [];
    const properties = new StoredProperties(['id', 'kind']);
    for (const objectType of types) {
      const kind = KIND_OF_TYPE.get(objectType.name);
      if (kind === undefined) continue;
      kinds.push(kind);
      for (const field of collectFields(this.scope, objectType, sets)) {
        const traversal = entityTraversal(objectType.name, field.definition.name);
        if (traversal === undefined) {
          properties.read(field);
          continue;
        }
        const identity = this.identity(field);
        const plan = this.plans.get(identity) ?? this.entityChild(traversal, field);
        this.plans.set(identity, plan);
        const planned = byKey.get(field.responseKey) ?? { responseKey: field.responseKey, variants: [] };
        byKey.set(field.responseKey, planned);
        const variant = planned.variants.find((v) => v.plan === plan);
        if (variant) variant.kinds.push(kind);
        else planned.variants.push({ kinds: [kind], plan });
      }
    }
    return { kinds, properties: properties.list(), fields: [...byKey.values()] };
  }

  private entityChild(
    traversal: NonNullable<ReturnType<typeof entityTraversal>>,
    field: CollectedField,
  ): EntityChildPlan {
    if (traversal.kind === 'degree') return { kind: 'degree' };
    const args = argumentValues(this.scope, field);
    if (traversal.kind === 'neighbours') {
      const entityType = field.definition.type;
      return {
        kind: 'neighbours',
        types: traversal.types,
        direction: traversal.direction,
        single: traversal.single,
        entity: this.entity(namedType(entityType), subSelections(field)),
      };
    }
    if (traversal.kind === 'claims') {
      const written = writtenArguments(field);
      const source: ClaimsSource = { kind: 'claims' };
      if (written.has('certainty')) source.certainties = nonEmpty(args.certainty as Certainty[] | null);
      return this.connection(field, source, args, 'claim');
    }
    const source: RelationsSource = {
      kind: 'relations',
      fixedTypes: traversal.types,
      direction: traversal.direction ?? (args.direction as TraversalDirection),
      filter: this.relationFilter(field, args),
    };
    return this.connection(field, source, args, 'relation');
  }

  relationFilter(field: CollectedField, args: Record<string, unknown>): RelationFilterPlan {
    const written = writtenArguments(field);
    const filter: RelationFilterPlan = { includeUndated: args.includeUndated !== false };
    if (written.has('types')) filter.types = nonEmpty(args.types as RelationType[] | null);
    if (written.has('certainty')) filter.certainties = nonEmpty(args.certainty as Certainty[] | null);
    if (written.has('basis')) filter.bases = nonEmpty(args.basis as Basis[] | null);
    if (written.has('since')) filter.since = checkDateBound('since', args.since as string | null);
    if (written.has('until')) filter.until = checkDateBound('until', args.until as string | null);
    return filter;
  }

  /** A connection over relations (RelationConnection), paged by `first` and `after`. */
  connection(
    field: CollectedField,
    source: ConnectionPlan['source'],
    args: Record<string, unknown>,
    sort: CursorSort,
  ): ConnectionPlan {
    const first = args.first as number;
    requireRange('first', first, 1, MAX_PAGE_SIZE);
    const plan: ConnectionPlan = {
      kind: 'connection',
      source,
      first,
      totalCount: false,
      cursors: false,
      lookAhead: false,
      views: [],
      edges: [],
      nodes: [],
    };
    if (writtenArguments(field).has('after')) plan.after = decodeCursor(sort, args.after as string | null);
    const viewIds = new Map<string, number>();
    const view = (f: CollectedField): number => {
      const key = this.identity(f);
      let index = viewIds.get(key);
      if (index === undefined) {
        index = plan.views.push(this.relation(subSelections(f))) - 1;
        viewIds.set(key, index);
      }
      return index;
    };
    const connectionType = objectType(this.scope, 'RelationConnection');
    for (const f of collectFields(this.scope, connectionType, subSelections(field))) {
      const name = f.definition.name;
      if (name === 'totalCount') plan.totalCount = true;
      else if (name === 'pageInfo') plan.cursors = plan.lookAhead = true;
      else if (name === 'nodes') plan.nodes.push({ responseKey: f.responseKey, view: view(f) });
      else if (name === 'edges') {
        const edgeFields = collectFields(
          this.scope,
          objectType(this.scope, 'RelationEdge'),
          subSelections(f),
        );
        if (edgeFields.some((e) => e.definition.name === 'cursor')) plan.cursors = true;
        const nodes = edgeFields
          .filter((e) => e.definition.name === 'node')
          .map((e) => ({ responseKey: e.responseKey, view: view(e) }));
        plan.edges.push({ responseKey: f.responseKey, nodes });
      }
    }
    return plan;
  }

  weakConnection(field: CollectedField, args: Record<string, unknown>): ConnectionPlan {
    const source: WeakSource = {
      kind: 'weak',
      maxSources: args.maxSources as number,
      certainties: (args.certainty as Certainty[] | null) ?? [],
    };
    if (writtenArguments(field).has('types')) source.types = nonEmpty(args.types as RelationType[] | null);
    return this.connection(field, source, args, 'weak');
  }

  relation(sets: readonly SelectionSetNode[]): RelationPlan {
    const plan: RelationPlan = { id: false, type: false, properties: null, fields: [] };
    const properties = new StoredProperties([]);
    for (const field of collectFields(this.scope, objectType(this.scope, 'Relation'), sets)) {
      const child = this.relationChild(field);
      const name = field.definition.name;
      if (child) plan.fields.push({ responseKey: field.responseKey, plan: child });
      // id and type are the relationship's own, not stored properties of the same name.
      else if (name === 'id' || name === 'type') plan[name] = true;
      else properties.read(field);
    }
    plan.properties = properties.list();
    return plan;
  }

  private relationChild(field: CollectedField): RelationChildPlan | null {
    switch (field.definition.name) {
      case 'from':
      case 'to':
        return {
          kind: 'endpoint',
          end: field.definition.name,
          entity: this.entity(namedType(field.definition.type), subSelections(field)),
        };
      case 'sources':
        return {
          kind: 'sources',
          entity: this.entity(namedType(field.definition.type), subSelections(field)),
        };
      case 'sourceCount':
        return { kind: 'sourceCount' };
      case 'citationCount':
        return { kind: 'citationCount' };
      case 'evidence': {
        const args = argumentValues(this.scope, field);
        const first = args.first as number;
        requireRange('first', first, 1, MAX_EVIDENCE_PAGE);
        const plan: RelationChildPlan = {
          kind: 'evidence',
          first,
          citation: this.citation(subSelections(field)),
        };
        if (writtenArguments(field).has('after'))
          plan.after =
            (decodeCursor('citation', args.after as string | null)?.[0] as number | undefined) ?? null;
        return plan;
      }
      default:
        return null;
    }
  }

  private citation(sets: readonly SelectionSetNode[]): CitationPlan {
    const sources = collectFields(this.scope, objectType(this.scope, 'Citation'), sets)
      .filter((f) => f.definition.name === 'source')
      .map((f) => ({
        responseKey: f.responseKey,
        entity: this.entity(namedType(f.definition.type), subSelections(f)),
      }));
    return { sources };
  }

  /** The fields of a root result type (SearchHit, Subgraph, Path) that hold entities or relations. */
  resultFields(
    typeName: string,
    sets: readonly SelectionSetNode[],
  ): {
    entities: Map<string, { responseKey: string; entity: EntityPlan }[]>;
    relations: Map<string, { responseKey: string; relation: RelationPlan }[]>;
  } {
    const entities = new Map<string, { responseKey: string; entity: EntityPlan }[]>();
    const relations = new Map<string, { responseKey: string; relation: RelationPlan }[]>();
    for (const field of collectFields(this.scope, objectType(this.scope, typeName), sets)) {
      const type = namedType(field.definition.type);
      const name = field.definition.name;
      if (type.name === 'Relation')
        relations.set(name, [
          ...(relations.get(name) ?? []),
          { responseKey: field.responseKey, relation: this.relation(subSelections(field)) },
        ]);
      else if (type.name === 'Entity' || KIND_OF_TYPE.has(type.name))
        entities.set(name, [
          ...(entities.get(name) ?? []),
          { responseKey: field.responseKey, entity: this.entity(type, subSelections(field)) },
        ]);
    }
    return { entities, relations };
  }
}

function namedType(type: GraphQLOutputType): GraphQLNamedType {
  return getNamedType(type);
}

function nonEmpty<T>(values: T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? values : null;
}
