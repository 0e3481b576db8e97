/**
 * The label rectangles the explorer places (web/explorer/label-boxes.ts): where sigma writes a
 * node's and an edge's label, and when two turned rectangles overlap.
 */
import { boxesOverlap, edgeLabelBox, LabelBox, nodeLabelBox } from '../../web/explorer/label-boxes';

const box = (cx: number, cy: number, width: number, height: number, degrees = 0): LabelBox => ({
  cx,
  cy,
  halfWidth: width / 2,
  halfHeight: height / 2,
  angle: (degrees * Math.PI) / 180,
});

describe('label boxes', () => {
  it('puts a node label 3 px right of its disc, centred on the node', () => {
    const label = nodeLabelBox({ x: 100, y: 50, size: 8 }, 60, 13);
    expect(label.cx - label.halfWidth).toBe(111);
    expect(label.cy).toBe(50);
    expect(label.halfHeight).toBe(6.5);
  });

  it('writes an edge label under the line and upright whichever way the edge runs', () => {
    const a = { x: 0, y: 0, size: 5 };
    const b = { x: 200, y: 0, size: 5 };
    const forward = edgeLabelBox(a, b, 2, 40, 11)!;
    const backward = edgeLabelBox(b, a, 2, 40, 11)!;
    expect(forward.cy).toBeGreaterThan(0); // below the line (y grows downwards)
    expect(backward.cx).toBeCloseTo(forward.cx, 9);
    expect(backward.cy).toBeCloseTo(forward.cy, 9);
  });

  it('gives no box to an edge too short for its label, and cuts a long label to the edge', () => {
    expect(edgeLabelBox({ x: 0, y: 0, size: 10 }, { x: 30, y: 0, size: 10 }, 1, 40, 11)).toBeNull();
    const cut = edgeLabelBox({ x: 0, y: 0, size: 10 }, { x: 60, y: 0, size: 10 }, 1, 400, 11)!;
    expect(cut.halfWidth * 2).toBe(40);
  });

  it('tells turned rectangles apart whose upright bounding boxes overlap', () => {
    // Two long thin labels side by side along the same diagonal, 20 px apart across it.
    const across = 20 / Math.SQRT2;
    expect(boxesOverlap(box(0, 0, 100, 10, 45), box(across, -across, 100, 10, 45))).toBe(false);
    // The same two crossing each other.
    expect(boxesOverlap(box(0, 0, 100, 10, 45), box(0, 0, 100, 10, -45))).toBe(true);
  });

  it('keeps the gap asked for between labels', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(11, 0, 10, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(11, 0, 10, 10), 2)).toBe(true);
  });
});
