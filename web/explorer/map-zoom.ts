/**
 * Zooming and panning the map: the wheel zooms about the pointer (up to 16 times), dragging
 * pans, `reset` goes back to the whole map. The basemap is scaled as one SVG transform;
 * marks and arcs are placed again at the zoomed positions, so they keep their sizes and spread
 * apart where places crowd (Moscow, Karaganda).
 */
const MAX_ZOOM = 16;

export class MapZoom {
  k = 1;
  x = 0;
  y = 0;
  /** Set by a drag, so the click that ends it selects nothing. */
  private dragged = false;

  constructor(root: SVGSVGElement, changed: () => void) {
    let frame = 0;
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(changed);
    };
    root.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const [px, py] = this.pointer(root, event);
        const k = Math.min(MAX_ZOOM, Math.max(1, this.k * Math.exp(-event.deltaY * 0.002)));
        this.x = px - ((px - this.x) * k) / this.k;
        this.y = py - ((py - this.y) * k) / this.k;
        this.k = k;
        if (k === 1) this.x = this.y = 0;
        redraw();
      },
      { passive: false },
    );
    let start: { px: number; py: number; x: number; y: number } | null = null;
    root.addEventListener('pointerdown', (event) => {
      const [px, py] = this.pointer(root, event);
      start = { px, py, x: this.x, y: this.y };
      this.dragged = false;
    });
    root.addEventListener('pointermove', (event) => {
      if (!start || this.k === 1) return;
      const [px, py] = this.pointer(root, event);
      if (!this.dragged && Math.hypot(px - start.px, py - start.py) < 4) return;
      if (!this.dragged) root.setPointerCapture(event.pointerId);
      this.dragged = true;
      this.x = start.x + px - start.px;
      this.y = start.y + py - start.py;
      redraw();
    });
    root.addEventListener('pointerup', () => {
      start = null;
    });
  }

  reset(): void {
    this.k = 1;
    this.x = this.y = 0;
  }

  /** Whether the pointer moved the map since it went down (then the click is not a selection). */
  consumeDrag(): boolean {
    const dragged = this.dragged;
    this.dragged = false;
    return dragged;
  }

  apply([x, y]: [number, number]): [number, number] {
    return [x * this.k + this.x, y * this.k + this.y];
  }

  transform(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }

  private pointer(root: SVGSVGElement, event: MouseEvent): [number, number] {
    const box = root.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }
}
