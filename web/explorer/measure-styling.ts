/**
 * Sizing and colouring nodes by the network measures the API computes for the current filters
 * (networkMeasures), with the legend and the list of top entities that say what the picture
 * shows. Entities outside the filtered network get the smallest size and a neutral colour.
 */
import type { EntityMeasure } from './api';
import type { ExplorerGraph } from './graph-view';
import { KIND_COLORS, nodeSize } from './palette';
import { h } from './panels';

export const SIZE_MEASURES = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  pageRank: 'PageRank',
  betweenness: 'Betweenness',
} as const;
export type SizeMeasure = keyof typeof SIZE_MEASURES;
export type ColorBy = 'kind' | 'community';

// Okabe–Ito and Tol's muted colours: distinguishable communities, the largest first.
const COMMUNITY_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#882255',
  '#117733',
  '#999933',
  '#332288',
  '#AA4499',
  '#44AA99',
];
const OUTSIDE = '#c9ced6';
const MIN_SIZE = 3;
const MAX_SIZE = 26;

export function communityColor(community: number): string {
  return community >= 0 && community < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[community]! : OUTSIDE;
}

/** Sets every node's size and colour; `measures` null: by its own degree and kind. */
export function styleNodes(
  graph: ExplorerGraph,
  measures: Map<string, EntityMeasure> | null,
  sizeBy: SizeMeasure,
  colorBy: ColorBy,
): void {
  let max = 0;
  if (measures)
    for (const m of measures.values()) if (graph.hasNode(m.id)) max = Math.max(max, m[sizeBy] ?? 0);
  graph.forEachNode((node, a) => {
    const m = measures?.get(node);
    const size =
      measures === null
        ? nodeSize(a.degree)
        : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(max > 0 ? (m?.[sizeBy] ?? 0) / max : 0);
    const color =
      colorBy === 'community' ? communityColor(m?.community ?? -1) : (KIND_COLORS[a.kind] ?? '#888');
    graph.mergeNodeAttributes(node, { size, color });
  });
}

/** The legend of what size and colour mean, and the top entities by the size measure. */
export function renderMeasureLegend(
  box: HTMLElement,
  top: HTMLElement,
  graph: ExplorerGraph,
  measures: Map<string, EntityMeasure> | null,
  sizeBy: SizeMeasure,
  colorBy: ColorBy,
  select: (id: string) => void,
): void {
  const drawn = measures ? [...measures.values()].filter((m) => graph.hasNode(m.id)) : [];
  // Betweenness is null for a network too large to compute it on the server: drawn as 0.
  const values = drawn.map((m) => m[sizeBy] ?? 0);
  const format = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(3));
  const lines: HTMLElement[] = [
    h(
      'li',
      {},
      `Size: ${SIZE_MEASURES[sizeBy]}${values.length ? ` (${format(Math.min(...values))} – ${format(Math.max(...values))})` : ''}`,
    ),
  ];
  if (colorBy === 'community') {
    const counts = new Map<number, number>();
    for (const m of drawn) counts.set(m.community, (counts.get(m.community) ?? 0) + 1);
    const shown = [...counts].sort((a, b) => a[0] - b[0]).slice(0, COMMUNITY_COLORS.length);
    for (const [community, count] of shown)
      lines.push(
        h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background:${communityColor(community)}` }),
          `Community ${community + 1} (${count})`,
        ),
      );
    lines.push(
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background:${OUTSIDE}` }),
        'outside the filtered network or a small community',
      ),
    );
  }
  box.replaceChildren(...lines);
  const ranked = drawn
    .sort((a, b) => (b[sizeBy] ?? 0) - (a[sizeBy] ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, 10);
  top.replaceChildren(
    ...ranked.map((m) => {
      const button = h('button', { type: 'button', class: 'link' }, m.name);
      button.addEventListener('click', () => select(m.id));
      return h(
        'li',
        { 'data-id': m.id },
        button,
        ` ${m[sizeBy] === null ? 'not computed' : format(m[sizeBy] ?? 0)}`,
      );
    }),
  );
}
