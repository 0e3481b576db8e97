/**
 * The map mode: the places with coordinates over an offline basemap, each a mark whose shape and
 * colour say its kind and whose size says how many people the filters keep there, and people's
 * moves between dated stays as arcs. Drawn as SVG, again on every change of filters or size.
 */
import type { FeatureCollection } from 'geojson';
import { basemap, basemapPaths, fittedProjection } from './map-projection';
import { MapZoom } from './map-zoom';
import {
  Arc,
  MAP_PAGES,
  MapData,
  MapPlace,
  MapStay,
  moves,
  peopleCount,
  shownStays,
  UnlocatedPlace,
} from './map-stays';
import { svg } from './svg';
import type { ExplorerState } from './url-state';

/** Maps narrower than this (px) name only the selected place: on a phone, names would cover the marks. */
const LABELS_FROM = 480;

type Shape = 'triangle' | 'square' | 'diamond' | 'circle' | 'ring';

/** How each kind of place is marked; kinds not listed are drawn as rings (regions, buildings ...). */
export const PLACE_MARKS: Record<string, { shape: Shape; color: string; label: string }> = {
  camp: { shape: 'triangle', color: '#b2182b', label: 'camp' },
  'camp-complex': { shape: 'square', color: '#e0603f', label: 'camp complex' },
  prison: { shape: 'diamond', color: '#6a3d9a', label: 'prison' },
  'psychiatric-hospital': { shape: 'diamond', color: '#9970ab', label: 'psychiatric hospital' },
  city: { shape: 'circle', color: '#2166ac', label: 'city' },
};
const OTHER_MARK = { shape: 'ring' as Shape, color: '#4d5566', label: 'region, building, other' };

function markOf(placeKind: string | null) {
  return PLACE_MARKS[placeKind ?? ''] ?? OTHER_MARK;
}

function shapePath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r},${y}L${x},${y + r * 1.3}L${x - r},${y}Z`;
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

/** Mark radius by the number of people kept there; an empty place stays visible, small. */
export function markRadius(people: number): number {
  return people === 0 ? 3 : Math.min(18, 4 + 2.4 * Math.sqrt(people));
}

/** A curved arc from a to b, bending to the left of the direction of travel. */
function arcPath([x0, y0]: [number, number], [x1, y1]: [number, number]): string {
  const mx = (x0 + x1) / 2 - (y1 - y0) * 0.2;
  const my = (y0 + y1) / 2 + (x1 - x0) * 0.2;
  return `M${x0},${y0}Q${mx},${my} ${x1},${y1}`;
}

/** What the marks and arcs mean, over the map's corner. */
function legend(open: boolean): HTMLElement {
  const box = document.createElement('details');
  box.className = 'map-legend';
  box.open = open;
  const summary = document.createElement('summary');
  summary.textContent = 'Legend';
  box.append(summary);
  const entries = [...Object.values(PLACE_MARKS), OTHER_MARK].map((mark) => {
    const row = document.createElement('div');
    const icon = svg('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true' });
    icon.append(
      svg('path', {
        d: shapePath(mark.shape, 7, 7, 5),
        fill: mark.shape === 'ring' ? 'none' : mark.color,
        stroke: mark.color,
      }),
    );
    row.append(icon, ` ${mark.label}`);
    return row;
  });
  const arc = document.createElement('div');
  const icon = svg('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true' });
  icon.append(svg('path', { class: 'arc', d: 'M1,12Q3,2 13,3' }));
  arc.append(icon, ' a person’s move (dated stays)');
  const size = document.createElement('div');
  size.className = 'hint';
  size.textContent = 'size: people shown there';
  box.append(...entries, arc, size);
  return box;
}

interface Box {
  x: number;
  y: number;
  w: number;
}

/**
 * Where a label can go without covering one placed before (places sharing a town, such as
 * Norilsk and Norillag, would print over each other): right of the mark, else a line below or
 * above, else left; null when all are taken. Labels are 12 px high.
 */
function freeSpot(taken: Box[], x: number, y: number, w: number, width: number): Box | null {
  const candidates = [
    { x, y, w },
    { x, y: y + 12, w },
    { x, y: y - 12, w },
    { x: x - w - 16, y, w },
  ];
  for (const box of candidates) {
    if (box.x + box.w > width - 2 && box !== candidates[3]) continue;
    const clear = taken.every(
      (t) => box.x >= t.x + t.w || box.x + box.w <= t.x || Math.abs(box.y - t.y) >= 12,
    );
    if (clear) {
      taken.push(box);
      return box;
    }
  }
  return null;
}

export interface MapActions {
  clickPlace(id: string): void;
  clickBackground(): void;
}

export class MapView {
  readonly root: SVGSVGElement;
  private places: MapPlace[] = [];
  private elsewhere: UnlocatedPlace[] = [];
  private loaded = false;
  private land: FeatureCollection | null = null;
  private state: ExplorerState | null = null;
  private readonly zoom: MapZoom;
  private readonly resetButton: HTMLButtonElement;
  /** The basemap drawn for a size (its paths are the costly part): kept while zooming and filtering. */
  private base: { size: string; layer: SVGGElement } | null = null;
  /** What the last drawing shows, for the status line and the page tests. */
  shown = { places: 0, arcs: 0, stays: 0, cut: 0, elsewhere: 0, elsewhereCut: false };

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: MapActions,
  ) {
    this.root = svg('svg', { class: 'map', role: 'img', 'aria-label': 'Map of the places with coordinates' });
    // Open where there is room; on a phone it would cover the map.
    container.append(this.root, legend(window.innerWidth > 600));
    this.zoom = new MapZoom(this.root, () => {
      if (this.state) this.draw(this.state);
    });
    this.resetButton = document.createElement('button');
    this.resetButton.type = 'button';
    this.resetButton.className = 'map-reset';
    this.resetButton.textContent = 'Whole map';
    this.resetButton.hidden = true;
    this.resetButton.addEventListener('click', () => {
      this.zoom.reset();
      if (this.state) this.draw(this.state);
    });
    container.append(this.resetButton);
    // A focused mark (they are in the tab order) opens with Enter or Space, as a click would.
    this.root.addEventListener('keydown', (event) => {
      const mark = (event.target as Element).closest('[data-place]');
      if (!mark || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      this.actions.clickPlace(mark.getAttribute('data-place')!);
    });
    this.root.addEventListener('click', (event) => {
      if (this.zoom.consumeDrag()) return;
      const mark = (event.target as Element).closest('[data-place]');
      if (mark) this.actions.clickPlace(mark.getAttribute('data-place')!);
      else this.actions.clickBackground();
    });
    new ResizeObserver(() => {
      if (!this.container.hidden && this.state) this.draw(this.state);
    }).observe(container);
  }

  /** Loads the places (once) and the basemap, then draws them under the state's filters. */
  async show(state: ExplorerState, load: () => Promise<MapData>): Promise<void> {
    this.state = state;
    if (!this.loaded) {
      ({ located: this.places, elsewhere: this.elsewhere } = await load());
      this.loaded = true;
    }
    this.land ??= await basemap();
    if (this.state === state) this.draw(state);
  }

  placesDrawn(): MapPlace[] {
    return this.places;
  }

  place(id: string): MapPlace | undefined {
    return this.places.find((p) => p.id === id);
  }

  draw(state: ExplorerState): void {
    this.state = state;
    const width = Math.max(1, this.container.clientWidth);
    const height = Math.max(1, this.container.clientHeight);
    this.root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // Room for the view tabs above, and on a wide map for the labels right of the eastern marks.
    const side = width >= LABELS_FROM ? 30 : 14;
    const projection = fittedProjection(
      this.places.map((p) => [p.coordinates.lon, p.coordinates.lat]),
      [
        [side, 44],
        [width - (width >= LABELS_FROM ? 90 : side), height - 20],
      ],
    );
    const at = new Map<string, [number, number]>();
    for (const place of this.places) {
      const xy = projection([place.coordinates.lon, place.coordinates.lat]);
      if (xy) at.set(place.id, this.zoom.apply([xy[0], xy[1]]));
    }
    const stays = shownStays(this.places, state);
    const arcs = moves(stays);
    const layers: SVGElement[] = [];
    if (this.land) {
      const size = `${width}x${height}`;
      if (this.base?.size !== size) {
        const paths = basemapPaths(projection, this.land);
        const layer = svg('g', { class: 'base' });
        const land = svg('g', { class: 'land' });
        land.append(...paths.countries.map((d) => svg('path', { d })));
        layer.append(svg('path', { class: 'graticule', d: paths.graticule }), land);
        this.base = { size, layer };
      }
      this.base.layer.setAttribute('transform', this.zoom.transform());
      layers.push(this.base.layer);
    }
    layers.push(this.drawArcs(arcs, at));
    layers.push(this.drawMarks(stays, at, state.selected, width));
    this.root.replaceChildren(...layers);
    this.resetButton.hidden = this.zoom.k === 1;
    this.shown = {
      places: at.size,
      arcs: arcs.filter((arc) => at.has(arc.from) && at.has(arc.to)).length,
      stays: [...stays.values()].reduce((n, list) => n + list.length, 0),
      // Places with more relations than the map's request pages: their counts are lower bounds.
      cut: this.places.filter((p) => p.relations.pageInfo.hasNextPage).length,
      elsewhere: [...shownStays(this.elsewhere, state).values()].reduce((n, list) => n + list.length, 0),
      elsewhereCut:
        this.elsewhere.length >= MAP_PAGES.elsewhere ||
        this.elsewhere.some((p) => p.relations.pageInfo.hasNextPage),
    };
  }

  private drawArcs(arcs: Arc[], at: Map<string, [number, number]>): SVGGElement {
    const group = svg('g', { class: 'arcs' });
    for (const arc of arcs) {
      const a = at.get(arc.from);
      const b = at.get(arc.to);
      if (!a || !b) continue;
      const path = svg('path', {
        class: 'arc',
        d: arcPath(a, b),
        'data-person': arc.person.id,
        'data-from': arc.from,
        'data-to': arc.to,
        'data-relations': arc.relations.join(' '),
      });
      path.append(
        svg('title', {}, `${arc.person.name}: ${this.place(arc.from)?.name} → ${this.place(arc.to)?.name}`),
      );
      group.append(path);
    }
    return group;
  }

  private drawMarks(
    stays: Map<string, MapStay[]>,
    at: Map<string, [number, number]>,
    selected: string | null,
    width: number,
  ): SVGGElement {
    const group = svg('g', { class: 'marks' });
    // Larger marks first, so small ones stay clickable on top of them.
    const order = [...this.places].sort(
      (a, b) => peopleCount(stays.get(b.id) ?? []) - peopleCount(stays.get(a.id) ?? []),
    );
    const labels: SVGElement[] = [];
    const taken: Box[] = [];
    for (const place of order) {
      const xy = at.get(place.id);
      if (!xy) continue;
      const people = peopleCount(stays.get(place.id) ?? []);
      const mark = markOf(place.placeKind);
      const r = markRadius(people);
      const node = svg('path', {
        class: `mark ${mark.shape}${people === 0 ? ' empty' : ''}${place.id === selected ? ' selected' : ''}`,
        d: shapePath(mark.shape, xy[0], xy[1], r),
        fill: mark.shape === 'ring' ? 'none' : mark.color,
        stroke: mark.color,
        'data-place': place.id,
        'data-kind': place.placeKind ?? '',
        'data-people': people,
        tabindex: 0,
      });
      node.append(
        svg(
          'title',
          {},
          `${place.name} (${mark.label}): ${people} ${people === 1 ? 'person' : 'people'} shown`,
        ),
      );
      group.append(node);
      if (people > 0 && (width >= LABELS_FROM || place.id === selected)) {
        const spot = freeSpot(taken, xy[0] + r + 3, xy[1] + 4, place.name.length * 6.2, width);
        if (spot) labels.push(svg('text', { class: 'label', x: spot.x, y: spot.y }, place.name));
      }
    }
    group.append(...labels);
    return group;
  }
}
