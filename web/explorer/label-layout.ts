/**
 * Which node and edge labels the explorer draws: as many as fit without two of them
 * overlapping, the most important first (selected, hovered or on a path; then hovered
 * neighbours; then the largest nodes, the longest edges). sigma's own label grid keeps a few
 * labels per cell but lets labels of neighbouring cells run into each other.
 *
 * The choice depends on the zoom ratio, the canvas size, the positions and what the reducers
 * show, never on panning (all labels move together), so a pan redraws without re-placing. The
 * reducers read the choice back (`hasNodeLabel`, `hasEdgeLabel`) and set `forceLabel`, which
 * is the only way a label gets drawn (labelRenderedSizeThreshold is Infinity).
 */
import type Sigma from 'sigma';
import { boxesOverlap, edgeLabelBox, LabelBox, nodeLabelBox, ScreenNode } from './label-boxes';

/** Pixels kept free between two labels. */
const GAP = 2;
/** Below this rendered radius an unranked node gets no label: a speck with a name reads as clutter. */
const MIN_LABELLED_RADIUS = 3;

/** What the reducers add to the display data for placement. */
export interface LabelWish {
  /** 0 plain; higher is placed first. */
  labelRank?: number;
  /** The edge label wanted if room is found (edges only; nodes want their `label`). */
  wantedLabel?: string | null;
}

interface Candidate {
  key: string;
  rank: number;
  weight: number;
  box: LabelBox;
}

type AnySigma = Sigma<any, any>;

export class LabelLayout {
  private nodes = new Set<string>();
  private edges = new Set<string>();
  private dirty = true;
  private placedFor = '';
  private readonly widths = new Map<string, number>();
  private readonly measure = document.createElement('canvas').getContext('2d');

  constructor(private readonly sigma: AnySigma) {
    const graph = sigma.getGraph();
    for (const event of [
      'nodeAdded',
      'edgeAdded',
      'nodeDropped',
      'edgeDropped',
      'cleared',
      'nodeAttributesUpdated',
      'eachNodeAttributesUpdated',
    ] as const)
      graph.on(event, () => this.invalidate());
    sigma.on('afterRender', () => this.update());
  }

  /** What the reducers show has changed: place again after the next render. */
  invalidate(): void {
    this.dirty = true;
  }

  hasNodeLabel(node: string): boolean {
    return this.nodes.has(node);
  }

  hasEdgeLabel(edge: string): boolean {
    return this.edges.has(edge);
  }

  /** Whether the labels were placed for what is drawn now (nothing changed since the last placement). */
  current(): boolean {
    return !this.dirty && this.placedFor === this.viewKey();
  }

  private viewKey(): string {
    const { width, height } = this.sigma.getDimensions();
    return `${this.sigma.getCamera().ratio} ${width}x${height}`;
  }

  private update(): void {
    const view = this.viewKey();
    if (!this.dirty && view === this.placedFor) return;
    this.dirty = false;
    this.placedFor = view;
    this.place();
  }

  /** Chooses the labels for what is on the canvas now; sigma redraws those whose choice changed. */
  place(): void {
    const placed: LabelBox[] = [];
    const nodes = this.choose(this.nodeCandidates(), placed);
    const edges = this.choose(this.edgeCandidates(), placed);
    // Those no longer in the graph (a new neighbourhood replaced the drawing) have nothing to redraw.
    const graph = this.sigma.getGraph();
    const changedNodes = symmetricDifference(this.nodes, nodes).filter((node) => graph.hasNode(node));
    const changedEdges = symmetricDifference(this.edges, edges).filter((edge) => graph.hasEdge(edge));
    this.nodes = nodes;
    this.edges = edges;
    if (changedNodes.length + changedEdges.length > 0)
      this.sigma.refresh({
        partialGraph: { nodes: changedNodes, edges: changedEdges },
        skipIndexation: true,
      });
  }

  /** Greedy: each candidate in order of importance takes its place if nothing placed is in the way. */
  private choose(candidates: Candidate[], placed: LabelBox[]): Set<string> {
    candidates.sort((a, b) => b.rank - a.rank || b.weight - a.weight || (a.key < b.key ? -1 : 1));
    const chosen = new Set<string>();
    for (const candidate of candidates) {
      if (placed.some((box) => boxesOverlap(box, candidate.box, GAP))) continue;
      placed.push(candidate.box);
      chosen.add(candidate.key);
    }
    return chosen;
  }

  private screenNode(node: string): (ScreenNode & { label: string | null; rank: number }) | null {
    const data = this.sigma.getNodeDisplayData(node) as
      (ReturnType<AnySigma['getNodeDisplayData']> & LabelWish) | undefined;
    if (!data || data.hidden) return null;
    const { x, y } = this.sigma.framedGraphToViewport(data);
    return { x, y, size: this.sigma.scaleSize(data.size), label: data.label, rank: data.labelRank ?? 0 };
  }

  private nodeCandidates(): Candidate[] {
    const fontSize = this.sigma.getSetting('labelSize');
    const font = `${this.sigma.getSetting('labelWeight')} ${fontSize}px ${this.sigma.getSetting('labelFont')}`;
    const candidates: Candidate[] = [];
    this.sigma.getGraph().forEachNode((key) => {
      const node = this.screenNode(key);
      if (!node?.label || (node.rank === 0 && node.size < MIN_LABELLED_RADIUS)) return;
      const box = nodeLabelBox(node, this.textWidth(node.label, font), fontSize);
      candidates.push({ key, rank: node.rank, weight: node.size, box });
    });
    return candidates;
  }

  private edgeCandidates(): Candidate[] {
    const fontSize = this.sigma.getSetting('edgeLabelSize');
    const font = `${this.sigma.getSetting('edgeLabelWeight')} ${fontSize}px ${this.sigma.getSetting('edgeLabelFont')}`;
    const candidates: Candidate[] = [];
    const graph = this.sigma.getGraph();
    graph.forEachEdge((key, _attributes, source, target) => {
      const data = this.sigma.getEdgeDisplayData(key) as
        (ReturnType<AnySigma['getEdgeDisplayData']> & LabelWish) | undefined;
      if (!data || data.hidden || !data.wantedLabel) return;
      const from = this.screenNode(source);
      const to = this.screenNode(target);
      if (!from || !to) return;
      const size = this.sigma.scaleSize(data.size);
      const box = edgeLabelBox(from, to, size, this.textWidth(data.wantedLabel, font), fontSize);
      if (box) candidates.push({ key, rank: data.labelRank ?? 0, weight: box.halfWidth, box });
    });
    return candidates;
  }

  private textWidth(text: string, font: string): number {
    const key = `${font}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined && this.measure) {
      this.measure.font = font;
      width = this.measure.measureText(text).width;
      this.widths.set(key, width);
    }
    return width ?? text.length * 7;
  }
}

function symmetricDifference(before: Set<string>, after: Set<string>): string[] {
  return [...[...before].filter((key) => !after.has(key)), ...[...after].filter((key) => !before.has(key))];
}
