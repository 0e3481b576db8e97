/**
 * The timeline under the graph: the drawn relations by year as a histogram (a relation counts
 * in the first year its date can mean), decade ticks, the year filter shaded, and a brush:
 * dragging across it sets the year filter, a click without a drag clears it.
 */
import type { ExplorerGraph } from './graph-view';
import { svg } from './svg';

const MARGIN = { left: 8, right: 8, top: 6, bottom: 16 };

export class Timeline {
  private range: [number, number] = [1900, 2000];
  private counts = new Map<number, number>();
  private years: [number, number] | null = null;
  private drag: { from: number; to: number } | null = null;

  constructor(
    private readonly root: SVGSVGElement,
    private readonly setYears: (years: [number, number] | null) => void,
  ) {
    root.addEventListener('pointerdown', (event) => {
      root.setPointerCapture(event.pointerId);
      const year = this.yearAt(event.clientX);
      this.drag = { from: year, to: year };
      this.draw();
    });
    root.addEventListener('pointermove', (event) => {
      if (!this.drag) return;
      this.drag.to = this.yearAt(event.clientX);
      this.draw();
    });
    root.addEventListener('pointerup', () => {
      if (!this.drag) return;
      const { from, to } = this.drag;
      this.drag = null;
      this.setYears(from === to ? null : [Math.min(from, to), Math.max(from, to)]);
    });
    new ResizeObserver(() => this.draw()).observe(root);
  }

  /** The drawn relations' years, and the year filter now in force. */
  update(graph: ExplorerGraph, years: [number, number] | null): void {
    const counted: (number | null)[] = [];
    graph.forEachEdge((_edge, a) => counted.push(a.earliestYear ?? a.latestYear));
    this.updateYears(counted, years);
  }

  /** The same from the years of whatever is drawn (the map's stays): one entry per relation. */
  updateYears(counted: (number | null)[], years: [number, number] | null): void {
    this.counts = new Map();
    for (const year of counted) if (year !== null) this.counts.set(year, (this.counts.get(year) ?? 0) + 1);
    const known = [...this.counts.keys()];
    this.range = known.length > 0 ? [Math.min(...known), Math.max(...known)] : [1900, 2000];
    if (this.range[0] === this.range[1]) this.range = [this.range[0] - 1, this.range[1] + 1];
    this.years = years;
    this.draw();
  }

  private width(): number {
    return Math.max(1, this.root.clientWidth - MARGIN.left - MARGIN.right);
  }

  private x(year: number): number {
    const [from, to] = this.range;
    return MARGIN.left + ((year - from) / (to - from + 1)) * this.width();
  }

  private yearAt(clientX: number): number {
    const [from, to] = this.range;
    const offset = clientX - this.root.getBoundingClientRect().left - MARGIN.left;
    return Math.max(from, Math.min(to, from + Math.floor((offset / this.width()) * (to - from + 1))));
  }

  private draw(): void {
    const height = this.root.clientHeight;
    const plot = height - MARGIN.top - MARGIN.bottom;
    const max = Math.max(1, ...this.counts.values());
    const bar = Math.max(1, this.x(this.range[0] + 1) - this.x(this.range[0]) - 1);
    const shaded = this.drag
      ? [Math.min(this.drag.from, this.drag.to), Math.max(this.drag.from, this.drag.to)]
      : this.years;
    const children: SVGElement[] = [];
    if (shaded)
      children.push(
        svg('rect', {
          class: 'brush',
          x: this.x(shaded[0]!),
          y: MARGIN.top,
          width: this.x(shaded[1]! + 1) - this.x(shaded[0]!),
          height: plot,
        }),
      );
    for (const [year, count] of this.counts) {
      const h = (count / max) * plot;
      const inside = !shaded || (year >= shaded[0]! && year <= shaded[1]!);
      const rect = svg('rect', {
        class: inside ? 'bar' : 'bar out',
        x: this.x(year),
        y: MARGIN.top + plot - h,
        width: bar,
        height: h,
      });
      rect.append(svg('title', {}, `${year}: ${count} relation${count === 1 ? '' : 's'}`));
      children.push(rect);
    }
    const [from, to] = this.range;
    const step = to - from > 80 ? 20 : to - from > 30 ? 10 : 5;
    for (let year = Math.ceil(from / step) * step; year <= to; year += step) {
      children.push(svg('text', { class: 'tick', x: this.x(year), y: height - 3 }, String(year)));
    }
    this.root.replaceChildren(...children);
  }
}
