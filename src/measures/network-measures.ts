/**
 * Degree, weighted degree, PageRank, betweenness and Louvain communities of the network the
 * evidence filters keep, computed with graphology's metrics and communities packages (kept
 * libraries, not hand-written algorithms). The network is undirected: a relation links two
 * entities whichever way it is stated (a sentence under a law, a letter to someone), and the
 * relations between one pair become one edge whose weight is the sum of their certainty weights.
 * Entities that no kept relation touches are not part of it.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { certaintyWeight } from './certainty-weights';
import { seededRandom } from './seeded-random';
import { betweennessAffordable } from './work-bounds';

export interface NetworkRelation {
  from: string;
  fromName: string;
  fromKind: string;
  to: string;
  toName: string;
  toKind: string;
  certainty: string;
}

export interface EntityMeasures {
  id: string;
  name: string;
  kind: string;
  /** Kept relations that touch the entity. */
  degree: number;
  /** The sum of their certainty weights. */
  weightedDegree: number;
  pageRank: number;
  /** Null when the network is too large to compute it while a request waits (work-bounds.ts). */
  betweenness: number | null;
  /** 0 is the largest community, then by size, ties by the smallest member id. */
  community: number;
}

export interface NetworkMeasures {
  nodeCount: number;
  relationCount: number;
  edgeCount: number;
  communityCount: number;
  modularity: number;
  /** In id order. */
  entities: EntityMeasures[];
}

export const PAGERANK_ALPHA = 0.85;
export const PAGERANK_TOLERANCE = 1e-9;
/** Louvain visits nodes in a random order; a fixed seed gives the same communities every time. */
const LOUVAIN_SEED = 14;

export type NodeAttributes = { name: string; kind: string; degree: number; weightedDegree: number };
export type EdgeAttributes = { weight: number };

export function buildGraph(relations: readonly NetworkRelation[]): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', allowSelfLoops: false });
  for (const r of relations) {
    graph.mergeNode(r.from, { name: r.fromName, kind: r.fromKind });
    graph.mergeNode(r.to, { name: r.toName, kind: r.toKind });
    const weight = certaintyWeight(r.certainty);
    for (const id of new Set([r.from, r.to])) {
      graph.updateNodeAttributes(id, (a) => ({
        ...a,
        degree: (a.degree ?? 0) + 1,
        weightedDegree: (a.weightedDegree ?? 0) + weight,
      }));
    }
    // A relation of an entity with itself counts in its degree but links it to no one.
    if (r.from !== r.to)
      graph.updateUndirectedEdge(r.from, r.to, (a) => ({ weight: (a.weight ?? 0) + weight }));
  }
  return graph;
}

/** Louvain's labels renumbered so that a community keeps its number (and colour) when others move. */
function stableCommunities(raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, label] of Object.entries(raw)) members.set(label, [...(members.get(label) ?? []), node]);
  const ordered = [...members.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  return new Map(ordered.flatMap((ids, index) => ids.map((id) => [id, index] as const)));
}

export function computeNetworkMeasures(relations: readonly NetworkRelation[]): NetworkMeasures {
  const graph = buildGraph(relations);
  if (graph.order === 0)
    return { nodeCount: 0, relationCount: 0, edgeCount: 0, communityCount: 0, modularity: 0, entities: [] };
  const ranks = pagerank(graph, {
    getEdgeWeight: 'weight',
    alpha: PAGERANK_ALPHA,
    tolerance: PAGERANK_TOLERANCE,
    maxIterations: 1000,
  });
  // Betweenness counts shortest paths in hops: a certainty is no distance.
  const between = betweennessAffordable(graph.order, graph.size)
    ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })
    : null;
  const detailed =
    graph.size > 0
      ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) })
      : null;
  const communities = stableCommunities(
    detailed?.communities ?? Object.fromEntries(graph.nodes().map((node, index) => [node, index])),
  );
  const entities = graph
    .mapNodes((id, a) => ({
      id,
      name: a.name,
      kind: a.kind,
      degree: a.degree,
      weightedDegree: a.weightedDegree,
      pageRank: ranks[id] ?? 0,
      betweenness: between === null ? null : (between[id] ?? 0),
      community: communities.get(id) ?? 0,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    nodeCount: graph.order,
    relationCount: relations.length,
    edgeCount: graph.size,
    communityCount: new Set(communities.values()).size,
    modularity: detailed?.modularity ?? 0,
    entities,
  };
}
