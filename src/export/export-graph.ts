/**
 * Reads the graph (whole, or an entity's neighbourhood) for the file exports into a graphology
 * multigraph: node keys are entity ids, edge keys relation ids, so every format carries the
 * same stable ids. Citations are folded into their relation as `sources` attributes.
 */
import { MultiDirectedGraph } from 'graphology';
import { cypher } from '../db/cypher-files';
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { Database } from '../db/database';
import { NAME_KEY_PROPERTIES } from '../domain/name-keys';
import { filterParameters } from '../cypher-builder/filter-parameters';
import { RelationFilterPlan } from '../planning/read-plan';
import { addDrawingAttributes } from './drawing-attributes';

export type Attribute = string | number | boolean | string[] | null;
export type Attributes = Record<string, Attribute>;
export type ExportGraph = MultiDirectedGraph<Attributes, Attributes>;

export const MAX_EXPORT_DEPTH = 3;

export interface ExportScope {
  /** Null: the whole graph. */
  id: string | null;
  depth: number;
  /** The API's relation filters: which relations are followed and written. */
  filter: RelationFilterPlan;
  /** Write each relation's quotes (opt-in: they are most of the file). */
  quotes: boolean;
}

// Internal bookkeeping that means nothing in Gephi or Cytoscape.
const HIDDEN_NODE_PROPS = new Set<string>([
  'id',
  'name',
  ...NAME_KEY_PROPERTIES,
  'origin',
  'files',
  'version',
]);
const HIDDEN_EDGE_PROPS = new Set(['id', 'origin', 'version']);

function keep(value: unknown): value is Attribute {
  return (
    value === null ||
    ['string', 'number', 'boolean'].includes(typeof value) ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

function nodeAttributes(props: Record<string, unknown>): Attributes {
  const attributes: Attributes = { label: String(props.name), kind: String(props.kind) };
  for (const [key, value] of Object.entries(props)) {
    if (!HIDDEN_NODE_PROPS.has(key) && !(key in attributes) && keep(value) && value !== null)
      attributes[key] = value;
  }
  return attributes;
}

interface EdgeRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  sources: { id: string; name: string }[];
  quotes: string[];
}

function edgeAttributes(row: EdgeRow): Attributes {
  const attributes: Attributes = {
    label: row.type,
    relationType: row.type,
    certainty: String(row.props.certainty),
    sources: row.sources.map((s) => s.name).join('; '),
    sourceIds: row.sources.map((s) => s.id).join('; '),
  };
  if (row.quotes.length > 0) attributes.quotes = row.quotes;
  for (const [key, value] of Object.entries(row.props)) {
    if (!HIDDEN_EDGE_PROPS.has(key) && !(key in attributes) && keep(value) && value !== null)
      attributes[key] = value;
  }
  return attributes;
}

/** The graph to export, or null when `scope.id` names no entity. */
export async function readExportGraph(db: Database, scope: ExportScope): Promise<ExportGraph | null> {
  const slots = {
    TYPES: typeAlternation(null),
    EDGE: cypher('fragments/export-relation'),
    FILTER: cypher('fragments/network-filter'),
  };
  const params = { ...filterParameters(scope.filter), quotes: scope.quotes };
  const [row] =
    scope.id === null
      ? await db.read(cypherTemplate('export-graph', slots), params)
      : await db.read(cypherTemplate('export-subgraph', { ...slots, DEPTH: String(scope.depth) }), {
          ...params,
          id: scope.id,
        });
  // The subgraph query aggregates, so an unknown id yields one row with no nodes.
  if (!row || (row.nodes as unknown[]).length === 0) return null;
  const graph: ExportGraph = new MultiDirectedGraph();
  for (const props of row.nodes as Record<string, unknown>[])
    graph.addNode(String(props.id), nodeAttributes(props));
  for (const edge of row.edges as EdgeRow[])
    graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, edgeAttributes(edge));
  addDrawingAttributes(graph);
  return graph;
}
