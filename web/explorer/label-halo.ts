/**
 * Node labels with a halo of the canvas colour behind the letters, so a name stays legible where
 * it crosses edges and other nodes' discs. Same place as sigma's drawDiscNodeLabel (3 px right
 * of the disc, baseline a third of the font size below the centre), which label-boxes.ts
 * assumes.
 */
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

const HALO = 'rgba(252, 252, 253, 0.9)';

export function drawHaloedNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = HALO;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(data.label, x, y);
}
