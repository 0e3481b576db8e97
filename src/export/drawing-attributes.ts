/**
 * What a drawing tool needs on each node of an export, computed on the server so every
 * format carries the same: the network measures of the exported relations (src/measures, the
 * same numbers the API gives for the same filters), a ForceAtlas2 position from a fixed seed
 * (the same file every time), the kind's colour, a size by degree, and a time span from the
 * entity's own dates (born/founded/enacted to died/dissolved/repealed; an event's date),
 * widened to the dates of its relations.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { KIND_COLORS } from '../domain/kind-colors';
import type { EntityKind } from '../domain/vocabulary';
import { parsePartialDate } from '../domain/partial-date';
import { computeNetworkMeasures } from '../measures/network-measures';
import { seededRandom } from '../measures/seeded-random';
import { BARNES_HUT_FROM, MAX_LAYOUT_ENTITIES } from '../measures/work-bounds';
import type { ExportGraph } from './export-graph';

const LAYOUT_SEED = 14;
const LAYOUT_ITERATIONS = 300;
const SPAN_START = ['born', 'founded', 'enacted', 'date'];
const SPAN_END = ['died', 'dissolved', 'repealed', 'date'];

/** The size Gephi and the explorer give a node: grows with the square root of its degree. */
function nodeSize(degree: number): number {
  return Math.round((4 + 2 * Math.sqrt(degree)) * 100) / 100;
}

function day(value: unknown, end: 'earliest' | 'latest'): string | null {
  if (typeof value !== 'string') return null;
  try {
    return parsePartialDate(value)[end];
  } catch {
    return null;
  }
}

function addMeasures(graph: ExportGraph): void {
  const relations = graph.mapEdges((_edge, a, source, target, sa, ta) => ({
    from: source,
    fromName: String(sa.label),
    fromKind: String(sa.kind),
    to: target,
    toName: String(ta.label),
    toKind: String(ta.kind),
    certainty: String(a.certainty),
  }));
  const measured = new Map(computeNetworkMeasures(relations).entities.map((e) => [e.id, e]));
  graph.forEachNode((node) => {
    const m = measured.get(node);
    // An entity no exported relation touches is outside the network: community -1.
    graph.mergeNodeAttributes(node, {
      degree: m?.degree ?? 0,
      weightedDegree: m?.weightedDegree ?? 0,
      pageRank: m?.pageRank ?? 0,
      // Left out, not zero, where the network is too large to compute it (measures/work-bounds.ts).
      ...(m?.betweenness === null ? {} : { betweenness: m?.betweenness ?? 0 }),
      community: m?.community ?? -1,
    });
  });
}

function addLayout(graph: ExportGraph): void {
  if (graph.order > MAX_LAYOUT_ENTITIES) return;
  const random = seededRandom(LAYOUT_SEED);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: random() * 1000, y: random() * 1000 }));
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_FROM };
  const positions = forceAtlas2(graph, { iterations: LAYOUT_ITERATIONS, settings, getEdgeWeight: null });
  for (const [node, { x, y }] of Object.entries(positions))
    graph.mergeNodeAttributes(node, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
}

/**
 * When a node is in the network: its entity's own dates, widened to the dates of its relations.
 * Gephi draws an edge only while both its nodes are present, so a span of the life alone would
 * hide a relation dated after a death (a memoir published posthumously). Open ends stay open.
 */
function presence(
  graph: ExportGraph,
  node: string,
  a: Record<string, unknown>,
): { start: string | null; end: string | null } {
  let start = SPAN_START.map((key) => day(a[key], 'earliest')).find((d) => d !== null) ?? null;
  let end = SPAN_END.map((key) => day(a[key], 'latest')).find((d) => d !== null) ?? null;
  graph.forEachEdge(node, (_edge, e) => {
    if (start !== null && typeof e.dateEarliest === 'string' && e.dateEarliest < start)
      start = e.dateEarliest;
    if (end !== null && typeof e.dateLatest === 'string' && e.dateLatest > end) end = e.dateLatest;
  });
  return { start, end };
}

export function addDrawingAttributes(graph: ExportGraph): void {
  addMeasures(graph);
  addLayout(graph);
  graph.forEachNode((node, a) => {
    const { start, end } = presence(graph, node, a);
    graph.mergeNodeAttributes(node, {
      color: KIND_COLORS[a.kind as EntityKind] ?? '#888888',
      size: nodeSize(Number(a.degree)),
      ...(start !== null ? { start } : {}),
      ...(end !== null ? { end } : {}),
    });
  });
}
