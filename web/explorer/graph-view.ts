/**
 * The drawing: a graphology multigraph rendered by sigma.js (WebGL), laid out by ForceAtlas2 in
 * a web worker so the page stays responsive while it settles. Filters and highlights never
 * change the graph; sigma's reducers hide or fade what they leave out at render time.
 */
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EntitySummary, RelationSummary } from './api';
import { EdgeFacts, edgeVisible, filtersActive, yearOf } from './filters';
import { drawHaloedNodeLabel } from './label-halo';
import { LabelLayout } from './label-layout';
import { EDGE_COLOR, FADED, KIND_COLORS, nodeSize } from './palette';
import type { ExplorerState } from './url-state';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  degree: number;
  description: string | null;
  aliases: string[];
}

export interface EdgeAttributes extends EdgeFacts {
  dateText: string | null;
  size: number;
  color: string;
  type: 'arrow';
}

/** Camera ratio below which every shown edge is labelled with its type. */
const CLOSE_ZOOM = 0.3;

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface GraphViewEvents {
  clickNode(id: string): void;
  clickEdge(id: string): void;
  enterEdge(id: string, x: number, y: number): void;
  leaveEdge(): void;
  clickStage(): void;
}

export class GraphView {
  readonly graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private layout: FA2Layout | null = null;
  private layoutTimer: number | undefined;
  private state: ExplorerState | null = null;
  private hiddenNodes = new Set<string>();
  private selectedNode: string | null = null;
  private selectedEdge: string | null = null;
  private highlightNodes: Set<string> | null = null;
  private highlightEdges: Set<string> | null = null;
  private hoveredNode: string | null = null;
  readonly labels: LabelLayout;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.sigma = new Sigma(this.graph, container, {
      defaultEdgeType: 'arrow',
      enableEdgeEvents: true,
      // A container of no width (a collapsed panel, a phone turned) is drawn once it has one.
      allowInvalidContainer: true,
      // Only edges given a label in reduceEdge (near the pointer, selected, or zoomed in) show one.
      renderEdgeLabels: true,
      edgeLabelSize: 11,
      // Only the labels LabelLayout placed (forceLabel) are drawn: sigma's grid lets labels overlap.
      labelRenderedSizeThreshold: Infinity,
      defaultDrawNodeLabel: drawHaloedNodeLabel,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      zIndex: true,
      // Room for the labels of the outermost nodes.
      stagePadding: 60,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.labels = new LabelLayout(this.sigma);
    // A panel opening or closing resizes the canvas without resizing the window.
    new ResizeObserver(() => this.redraw()).observe(container);
    // Edge labels depend on the zoom (reduceEdge): process the edges again when it crosses over.
    let close = false;
    this.sigma.getCamera().on('updated', ({ ratio }) => {
      if (ratio < CLOSE_ZOOM !== close) {
        close = ratio < CLOSE_ZOOM;
        this.redraw();
      }
    });
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    // A drag that pans passes over nodes and edges: highlighting each node would run the
    // reducers and upload every node and edge again mid-pan (bench:explorer), and each edge's
    // tooltip would fetch its evidence, for hovers nobody made.
    this.sigma.on('enterEdge', ({ edge, event }) => {
      if (!this.sigma.getMouseCaptor().isMouseDown) events.enterEdge(edge, event.x, event.y);
    });
    this.sigma.on('leaveEdge', () => events.leaveEdge());
    this.sigma.on('clickStage', () => events.clickStage());
    this.sigma.on('enterNode', ({ node }) => {
      if (this.sigma.getMouseCaptor().isMouseDown) return;
      this.hoveredNode = node;
      container.style.cursor = 'pointer';
      this.redraw();
    });
    this.sigma.on('leaveNode', () => {
      if (this.hoveredNode === null) return;
      this.hoveredNode = null;
      container.style.cursor = '';
      this.redraw();
    });
  }

  clear(): void {
    this.stopLayout();
    this.graph.clear();
  }

  /** Adds entities and relations (merging those already drawn); new nodes start near `anchor`. */
  add(nodes: EntitySummary[], edges: RelationSummary[], anchor: string | null = null): void {
    const origin =
      anchor && this.graph.hasNode(anchor) ? this.graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    const spread = this.graph.order === 0 ? 10 : 3;
    for (const node of nodes) {
      const attributes = {
        label: node.name,
        kind: node.kind,
        degree: node.degree,
        description: node.description,
        aliases: node.aliases,
        size: nodeSize(node.degree),
        color: KIND_COLORS[node.kind] ?? '#888',
      };
      if (this.graph.hasNode(node.id)) {
        this.graph.mergeNodeAttributes(node.id, attributes);
      } else {
        const angle = Math.random() * 2 * Math.PI;
        const radius = spread * (0.3 + Math.random());
        this.graph.addNode(node.id, {
          ...attributes,
          x: origin.x + radius * Math.cos(angle),
          y: origin.y + radius * Math.sin(angle),
        });
      }
    }
    for (const edge of edges) {
      if (this.graph.hasEdge(edge.id)) continue;
      if (!this.graph.hasNode(edge.from.id) || !this.graph.hasNode(edge.to.id)) continue;
      const earliestYear = yearOf(edge.date?.earliest);
      const latestYear = yearOf(edge.date?.latest);
      this.graph.addDirectedEdgeWithKey(edge.id, edge.from.id, edge.to.id, {
        relationType: edge.type,
        certainty: edge.certainty,
        basis: edge.basis,
        earliestYear,
        latestYear,
        // A date without day bounds cannot be placed on the year slider; it counts as undated.
        dated: earliestYear !== null || latestYear !== null,
        dateText: edge.date?.edtf ?? null,
        size: 1.4,
        color: EDGE_COLOR,
        type: 'arrow',
      });
    }
    this.applyFilters();
  }

  /** Runs ForceAtlas2 in its worker for a while, then stops so the picture holds still. */
  runLayout(ms = Math.min(6000, 1500 + this.graph.order * 8)): void {
    this.stopLayout();
    if (this.graph.order < 2) return;
    const settings = forceAtlas2.inferSettings(this.graph);
    this.layout = new FA2Layout(this.graph, {
      settings: { ...settings, barnesHutOptimize: this.graph.order > 300, adjustSizes: false, slowDown: 3 },
    });
    this.layout.start();
    this.layoutTimer = window.setTimeout(() => {
      this.stopLayout();
      this.fit();
    }, ms);
  }

  isLayoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  private stopLayout(): void {
    window.clearTimeout(this.layoutTimer);
    this.layout?.kill();
    this.layout = null;
  }

  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  setFilters(state: ExplorerState): void {
    this.state = state;
    this.applyFilters();
  }

  setSelection(node: string | null, edge: string | null): void {
    this.selectedNode = node && this.graph.hasNode(node) ? node : null;
    this.selectedEdge = edge && this.graph.hasEdge(edge) ? edge : null;
    this.redraw();
  }

  /** Emphasises these nodes and edges (a path) and fades the rest; null ends it. */
  setHighlight(nodes: Iterable<string> | null, edges: Iterable<string> | null): void {
    this.highlightNodes = nodes ? new Set(nodes) : null;
    this.highlightEdges = edges ? new Set(edges) : null;
    this.redraw();
  }

  edgeShown(edge: string): boolean {
    return this.state === null || edgeVisible(this.graph.getEdgeAttributes(edge), this.state);
  }

  visibleCounts(): { nodes: number; edges: number } {
    let edges = 0;
    this.graph.forEachEdge((edge) => {
      if (this.edgeShown(edge)) edges += 1;
    });
    return { nodes: this.graph.order - this.hiddenNodes.size, edges };
  }

  /** Where an edge's midpoint is on screen (for tests and for placing the tooltip). */
  /** A point `at` of the way along an edge, in viewport pixels (0.5: its midpoint). */
  edgeMidpointOnScreen(edge: string, at = 0.5): { x: number; y: number } {
    const [source, target] = this.graph.extremities(edge);
    const a = this.sigma.graphToViewport(this.graph.getNodeAttributes(source));
    const b = this.sigma.graphToViewport(this.graph.getNodeAttributes(target));
    return { x: a.x + (b.x - a.x) * at, y: a.y + (b.y - a.y) * at };
  }

  private applyFilters(): void {
    this.hiddenNodes = new Set();
    if (this.state && (filtersActive(this.state) || this.state.hideIsolated)) {
      // A node stays when one of its relations passes the filters, or when it is the focus.
      this.graph.forEachNode((node) => {
        if (node === this.selectedNode || node === this.state?.entity) return;
        if (!this.graph.someEdge(node, (edge) => this.edgeShown(edge))) this.hiddenNodes.add(node);
      });
    }
    this.labels.invalidate();
    this.sigma.refresh();
  }

  /** Runs the reducers again (what is shown changed) and places the labels anew. */
  private redraw(): void {
    this.labels.invalidate();
    this.sigma.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeAttributes> & Record<string, unknown> {
    const result: Record<string, unknown> = { ...data };
    if (this.hiddenNodes.has(node)) return { ...result, hidden: true };
    const hovered = this.hoveredNode;
    const emphasised =
      node === this.selectedNode || node === hovered || (this.highlightNodes?.has(node) ?? false);
    if (this.highlightNodes && !this.highlightNodes.has(node) && node !== this.selectedNode) {
      result.color = FADED;
      result.label = '';
      result.zIndex = 0;
    } else if (emphasised) {
      result.labelRank = 2;
      result.highlighted = node === this.selectedNode || node === hovered;
      result.zIndex = 2;
    } else if (hovered && this.graph.areNeighbors(hovered, node)) {
      result.labelRank = 1;
      result.zIndex = 1;
    }
    result.forceLabel = this.labels.hasNodeLabel(node);
    return result as Partial<NodeAttributes>;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeAttributes> & Record<string, unknown> {
    if (!this.edgeShown(edge)) return { ...data, hidden: true };
    const result: Record<string, unknown> = { ...data };
    const [source, target] = this.graph.extremities(edge);
    // What an edge is, in words: where the eye is (a hovered or selected node, the selected
    // edge, a path) or once zoomed in close enough for the labels to have room.
    const near =
      edge === this.selectedEdge ||
      (this.highlightEdges?.has(edge) ?? false) ||
      [this.hoveredNode, this.selectedNode].some((n) => n !== null && (source === n || target === n));
    if (near || this.sigma.getCamera().ratio < CLOSE_ZOOM) {
      // Wanted; drawn only where LabelLayout found it room.
      result.wantedLabel = data.relationType.toLowerCase().replace(/_/g, ' ');
      result.labelRank = edge === this.selectedEdge ? 2 : near ? 1 : 0;
      result.forceLabel = this.labels.hasEdgeLabel(edge);
      result.label = result.forceLabel ? result.wantedLabel : null;
    }
    if (edge === this.selectedEdge) {
      result.color = '#1f5fbf';
      result.size = 3.5;
      result.zIndex = 3;
    } else if (this.highlightEdges) {
      if (this.highlightEdges.has(edge)) {
        result.color = '#3b4456';
        result.size = 2.8;
        result.zIndex = 2;
      } else {
        result.color = FADED;
      }
    } else if (this.hoveredNode && (source === this.hoveredNode || target === this.hoveredNode)) {
      result.color = '#5b6475';
      result.size = 2;
      result.zIndex = 1;
    } else if (this.selectedNode && (source === this.selectedNode || target === this.selectedNode)) {
      result.color = '#7d8799';
      result.size = 2;
    }
    return result as Partial<EdgeAttributes>;
  }
}
