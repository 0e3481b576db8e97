/**
 * The map as a view of the explorer: the Graph/Map tabs (the URL's `view=map`), the map drawn
 * over the graph's area (the graph stays laid out beneath, so switching back is instant), the
 * timeline fed with the map's stays, and the details of a clicked place.
 */
import * as api from './api';
import { yearOf } from './filters';
import { renderPlace } from './map-panel';
import { shownStays } from './map-stays';
import { MapView } from './map-view';
import { PanelActions, renderHint } from './panels';
import type { Timeline } from './timeline';
import type { ExplorerState } from './url-state';

export class MapMode {
  readonly view: MapView;
  private readonly relations = new Map<string, Promise<api.RelationDetail[]>>();

  constructor(
    private readonly container: HTMLElement,
    private readonly tabs: { graph: HTMLButtonElement; map: HTMLButtonElement },
    navigate: (patch: Partial<ExplorerState>) => void,
  ) {
    this.view = new MapView(container, {
      clickPlace: (id) => navigate({ selected: id, relation: null }),
      clickBackground: () => navigate({ selected: null, relation: null }),
    });
    tabs.graph.addEventListener('click', () => navigate({ view: 'graph', selected: null, relation: null }));
    tabs.map.addEventListener('click', () => navigate({ view: 'map', selected: null, relation: null }));
  }

  /** Shows or hides the map for the state; draws it when shown. */
  async apply(state: ExplorerState, timeline: Timeline): Promise<void> {
    const on = state.view === 'map';
    this.tabs.graph.setAttribute('aria-selected', String(!on));
    this.tabs.map.setAttribute('aria-selected', String(on));
    this.container.hidden = !on;
    document.body.classList.toggle('map-view', on);
    if (!on) return;
    await this.view.show(state, api.mapPlaces);
    const stays = [...shownStays(this.view.placesDrawn(), { ...state, years: null }).values()].flat();
    timeline.updateYears(
      stays.map((s) => yearOf(s.date?.earliest) ?? yearOf(s.date?.latest)),
      state.years,
    );
    document.body.dataset.mapDrawn = `${state.years?.join('-') ?? 'all'} ${state.selected ?? ''}`;
  }

  /** The details panel in map view: the selected place's people with their evidence. */
  async renderDetails(
    panel: HTMLElement,
    state: ExplorerState,
    actions: PanelActions,
    current: () => boolean,
  ): Promise<boolean> {
    if (state.view !== 'map') return false;
    const place = state.selected ? this.view.place(state.selected) : undefined;
    if (!place) {
      renderHint(
        panel,
        'Click a place for who was held, lived or worked there, with the evidence. Marks: shape and colour by kind, size by people shown; arcs: a person’s moves between dated stays. The year filter and timeline apply.',
      );
      return true;
    }
    const shown = new Set((shownStays([place], state).get(place.id) ?? []).map((s) => s.id));
    renderPlace(panel, place, null, (id) => shown.has(id), actions);
    let relations = this.relations.get(place.id);
    if (!relations) {
      relations = api.placeRelations(place.id);
      relations.catch(() => this.relations.delete(place.id));
      this.relations.set(place.id, relations);
    }
    const found = await relations;
    if (current()) renderPlace(panel, place, found, (id) => shown.has(id), actions);
    return true;
  }
}
