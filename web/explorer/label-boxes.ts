/**
 * Where sigma draws a label on screen, as a rectangle that may be turned (edge labels follow
 * their edge), and whether two such rectangles overlap. The geometry mirrors sigma 3's default
 * label drawers (drawDiscNodeLabel, drawStraightEdgeLabel), so a label placed here is where the
 * canvas shows it.
 */

export interface LabelBox {
  cx: number;
  cy: number;
  halfWidth: number;
  halfHeight: number;
  /** Radians, clockwise on screen (y points down). */
  angle: number;
}

export interface ScreenNode {
  x: number;
  y: number;
  /** Radius in viewport pixels. */
  size: number;
}

/** sigma writes a node label 3 px right of the disc, its baseline a third of the font size below the centre. */
export function nodeLabelBox(node: ScreenNode, textWidth: number, fontSize: number): LabelBox {
  return {
    cx: node.x + node.size + 3 + textWidth / 2,
    cy: node.y,
    halfWidth: textWidth / 2,
    halfHeight: fontSize / 2,
    angle: 0,
  };
}

/**
 * sigma writes an edge label along the edge between the two discs, upright, under the line,
 * cut with an ellipsis to the edge's visible length; it skips edges too short for four
 * characters. null: nothing is drawn.
 */
export function edgeLabelBox(
  source: ScreenNode,
  target: ScreenNode,
  edgeSize: number,
  textWidth: number,
  fontSize: number,
): LabelBox | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  const between = length - source.size - target.size;
  if (between < 2 * fontSize) return null;
  // The middle of the part of the edge between the discs.
  const middle = (source.size + length - target.size) / 2 / length;
  const mx = source.x + dx * middle;
  const my = source.y + dy * middle;
  const angle = Math.atan2(dy, dx) + (dx <= 0 ? Math.PI : 0);
  // The text's middle, in the label's own frame, is this far below the line.
  const below = edgeSize / 2 + 0.7 * fontSize;
  return {
    cx: mx - below * Math.sin(angle),
    cy: my + below * Math.cos(angle),
    halfWidth: Math.min(textWidth, between) / 2,
    halfHeight: fontSize / 2,
    angle,
  };
}

/** Separating-axis test of two turned rectangles, `gap` pixels apart at least to count as clear. */
export function boxesOverlap(a: LabelBox, b: LabelBox, gap = 0): boolean {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const nx = Math.cos(angle);
    const ny = Math.sin(angle);
    const reach = (box: LabelBox) =>
      box.halfWidth * Math.abs(Math.cos(box.angle) * nx + Math.sin(box.angle) * ny) +
      box.halfHeight * Math.abs(-Math.sin(box.angle) * nx + Math.cos(box.angle) * ny);
    if (Math.abs(dx * nx + dy * ny) >= reach(a) + reach(b) + gap) return false;
  }
  return true;
}
