/**
 * The labels sigma has drawn in an explorer page, as the rectangles their text covers on
 * screen, read from sigma's public API (the labels it reports as displayed, their display
 * data, the camera) and the canvas's own text metrics; and the pairs of them that overlap.
 * The rectangles follow sigma 3's label drawers: a node label starts 3 px right of the disc,
 * its baseline a third of the font size below the centre; an edge label is centred on the part
 * of the edge between the discs, turned to read upright, its baseline the font size under the
 * line, cut with an ellipsis to that part's length.
 */
import type { Page } from 'playwright-core';

export interface DrawnLabel {
  key: string;
  text: string;
  /** Corners on screen, in order around the rectangle. */
  corners: [number, number][];
}

export interface DrawnLabels {
  nodes: DrawnLabel[];
  edges: DrawnLabel[];
  /** The largest visible node on screen, and whether it is labelled. */
  largest: { key: string; labelled: boolean } | null;
}

export function drawnLabels(page: Page): Promise<DrawnLabels> {
  return page.evaluate((): DrawnLabels => {
    const { sigma, graph } = (window as any).explorer;
    const context = document.createElement('canvas').getContext('2d')!;
    const fontOf = (prefix: 'label' | 'edgeLabel') =>
      `${sigma.getSetting(`${prefix}Weight`)} ${sigma.getSetting(`${prefix}Size`)}px ${sigma.getSetting(`${prefix}Font`)}`;
    const metrics = (text: string, font: string) => {
      context.font = font;
      const m = context.measureText(text);
      return { width: m.width, ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent };
    };
    const onScreen = (node: string) => {
      const data = sigma.getNodeDisplayData(node);
      const { x, y } = sigma.framedGraphToViewport(data);
      return { x, y, size: sigma.scaleSize(data.size), data };
    };
    const { width, height } = sigma.getDimensions();
    const visible = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;

    const labelSize = sigma.getSetting('labelSize');
    const nodes = [...sigma.getNodeDisplayedLabels()].flatMap((key: string) => {
      const { x, y, size, data } = onScreen(key);
      if (!data.label) return [];
      const m = metrics(data.label, fontOf('label'));
      const left = x + size + 3;
      const baseline = y + labelSize / 3;
      return [
        {
          key,
          text: data.label,
          corners: [
            [left, baseline - m.ascent] as [number, number],
            [left + m.width, baseline - m.ascent] as [number, number],
            [left + m.width, baseline + m.descent] as [number, number],
            [left, baseline + m.descent] as [number, number],
          ],
        },
      ];
    });

    const edgeLabelSize = sigma.getSetting('edgeLabelSize');
    const edges = [...sigma.getEdgeDisplayedLabels()].flatMap((key: string) => {
      const data = sigma.getEdgeDisplayData(key);
      if (!data?.label || data.hidden) return [];
      const [s, t] = graph.extremities(key).map(onScreen);
      const length = Math.hypot(t.x - s.x, t.y - s.y);
      if (length < s.size + t.size) return [];
      const ux = (t.x - s.x) / length;
      const uy = (t.y - s.y) / length;
      const from = { x: s.x + ux * s.size, y: s.y + uy * s.size };
      const to = { x: t.x - ux * t.size, y: t.y - uy * t.size };
      const shown = Math.hypot(to.x - from.x, to.y - from.y);
      const m = metrics(data.label, fontOf('edgeLabel'));
      const textWidth = Math.min(m.width, shown);
      // Upright: the text runs left to right whatever the edge's direction.
      const angle = Math.atan2(to.y - from.y, to.x - from.x) + (to.x - from.x <= 0 ? Math.PI : 0);
      const baseline = sigma.scaleSize(data.size) / 2 + edgeLabelSize;
      const local: [number, number][] = [
        [-textWidth / 2, baseline - m.ascent],
        [textWidth / 2, baseline - m.ascent],
        [textWidth / 2, baseline + m.descent],
        [-textWidth / 2, baseline + m.descent],
      ];
      const cx = (from.x + to.x) / 2;
      const cy = (from.y + to.y) / 2;
      const corners = local.map(([lx, ly]): [number, number] => [
        cx + lx * Math.cos(angle) - ly * Math.sin(angle),
        cy + lx * Math.sin(angle) + ly * Math.cos(angle),
      ]);
      return [{ key, text: data.label, corners }];
    });

    let largest: { key: string; size: number } | null = null;
    graph.forEachNode((key: string) => {
      const node = onScreen(key);
      if (!node.data.hidden && visible(node) && (!largest || node.size > largest.size))
        largest = { key, size: node.size };
    });
    const shown = new Set(nodes.map((n: { key: string }) => n.key));
    return {
      nodes,
      edges,
      largest: largest
        ? { key: (largest as { key: string }).key, labelled: shown.has((largest as { key: string }).key) }
        : null,
    };
  });
}

type Point = [number, number];

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function inside(point: Point, polygon: Point[]): boolean {
  // A point of a convex polygon (corners in order) is on the same side of every edge.
  const sides = polygon.map((corner, i) =>
    Math.sign(cross(corner, polygon[(i + 1) % polygon.length]!, point)),
  );
  return sides.every((side) => side >= 0) || sides.every((side) => side <= 0);
}

/** Two rectangles overlap when an edge of one crosses an edge of the other or one holds the other. */
function overlap(a: Point[], b: Point[]): boolean {
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++)
      if (segmentsCross(a[i]!, a[(i + 1) % a.length]!, b[j]!, b[(j + 1) % b.length]!)) return true;
  return inside(a[0]!, b) || inside(b[0]!, a);
}

export function overlappingPairs(labels: DrawnLabel[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlap(labels[i]!.corners, labels[j]!.corners)) pairs.push([labels[i]!.text, labels[j]!.text]);
  return pairs;
}
