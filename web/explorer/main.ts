/**
 * The network explorer at `/`: wires the URL state, the search boxes, the filters, the graph
 * view and the details panel. Every change of view goes through the URL fragment, so the
 * browser's history and shared links reproduce it.
 */
import './explorer.css';
import * as api from './api';
import { YEAR_MAX, YEAR_MIN } from './filters';
import { GraphView } from './graph-view';
import { MapMode } from './map-mode';
import { BASES, CERTAINTIES, ENTITY_KINDS, KIND_COLORS, KIND_NAMES, RELATION_TYPE_NAMES } from './palette';
import { renderMeasureLegend, styleNodes } from './measure-styling';
import { Timeline } from './timeline';
import { ConnectActions, ConnectOptions, offerExclusion, pathQuery, renderPaths } from './connect-panel';
import { h, renderEntity, renderError, renderHint, renderRelation } from './panels';
import { attachSearch } from './search-box';
import { makePanelsCollapsible } from './collapsible-panels';
import { DEFAULT_STATE, entityHref, ExplorerState, formatState, parseState } from './url-state';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const details = element<HTMLElement>('details');
const status = element<HTMLElement>('status');
const tooltip = h('div', { id: 'edge-tooltip', role: 'tooltip', hidden: '' });
element<HTMLElement>('graph').parentElement!.append(tooltip);
const panels = makePanelsCollapsible(
  element<HTMLElement>('graph').parentElement!,
  element<HTMLElement>('sidebar'),
  details,
);

let state: ExplorerState = parseState(location.hash);
/** The state last applied: the first apply, of the page's own URL, is a change from the default. */
let shown: ExplorerState = DEFAULT_STATE;
/** What the graph currently holds: 'whole', 'entity:<id>', 'paths:<a>><b>' or ''. */
let loadedKey = '';
let paths: api.PathResult[] | null = null;
/** The URL fragment last handed to apply, and how many applies are still running: a test that
 * changes the URL waits on both, since the browser fires hashchange only after the change. */
let seenHash = location.hash;
let applying = 0;
const names = new Map<string, string>();
const nameOf = (id: string): string => names.get(id) ?? id;
const relationCache = new Map<string, Promise<api.RelationDetail | null>>();

function navigate(patch: Partial<ExplorerState>): void {
  // Two changes in a row (a click before the browser's hashchange for the last one) build on
  // the URL asked for, not on the state last applied, so the first is not undone.
  const base = location.hash === seenHash ? state : parseState(location.hash);
  const next = formatState({ ...base, ...patch });
  if (next !== location.hash) location.hash = next;
  else void apply(parseState(next));
}

function relationDetail(id: string): Promise<api.RelationDetail | null> {
  let cached = relationCache.get(id);
  if (!cached) {
    cached = api.relation(id);
    cached.catch(() => relationCache.delete(id));
    relationCache.set(id, cached);
  }
  return cached;
}

const view = new GraphView(element('graph'), {
  clickNode: (id) => navigate({ selected: id, relation: null }),
  clickEdge: (id) => navigate({ relation: id, selected: null }),
  enterEdge: (id, x, y) => void showTooltip(id, x, y),
  leaveEdge: () => {
    tooltip.hidden = true;
  },
  clickStage: () => {
    if (state.selected || state.relation) navigate({ selected: null, relation: null });
  },
});
// For debugging in the console and for the browser tests, which click edges on the canvas;
// `still()`: the URL's state is applied, something is drawn, neither the layout nor the camera
// moves it any more, and the labels are placed for it.
(window as unknown as { explorer: unknown }).explorer = {
  view,
  sigma: view.sigma,
  graph: view.graph,
  still: () =>
    seenHash === location.hash &&
    applying === 0 &&
    view.graph.order > 0 &&
    !view.isLayoutRunning() &&
    !view.sigma.getCamera().isAnimated() &&
    view.labels.current(),
};

async function showTooltip(id: string, x: number, y: number): Promise<void> {
  const facts = view.graph.getEdgeAttributes(id);
  tooltip.style.left = `${x + 14}px`;
  tooltip.style.top = `${y + 14}px`;
  tooltip.replaceChildren(
    h('span', { class: 'type' }, facts.relationType),
    ' ',
    h('span', { class: `certainty ${facts.certainty}` }, facts.certainty.toLowerCase()),
    facts.dateText ? ` ${facts.dateText}` : '',
  );
  tooltip.hidden = false;
  const relation = await relationDetail(id).catch(() => null);
  const first = relation?.evidence[0];
  if (first && !tooltip.hidden)
    tooltip.append(
      h('blockquote', {}, first.quote),
      h(
        'div',
        { class: 'source' },
        `— ${first.source.name}${relation.evidence.length > 1 ? ` (+${relation.evidence.length - 1} more)` : ''}`,
      ),
    );
}

const actions: ConnectActions = {
  expand: (id) => void expand(id),
  focus: (id) => navigate({ mode: 'explore', whole: false, entity: id, selected: id, relation: null }),
  selectEdge: (id) => navigate({ relation: id, selected: null }),
  selectNode: (id) => navigate({ selected: id, relation: null }),
  close: () => navigate({ selected: null, relation: null }),
  href: (id) => entityHref(state, id),
  exclude: (id) => navigate({ exclude: [...state.exclude.filter((x) => x !== id), id], selected: null }),
  include: (id) => navigate({ exclude: state.exclude.filter((x) => x !== id) }),
};

async function expand(id: string): Promise<void> {
  setStatus(`Expanding ${view.graph.getNodeAttribute(id, 'label')}…`);
  try {
    const subgraph = await api.neighborhood(id);
    view.add(subgraph.nodes, subgraph.edges, id);
    view.runLayout(2500);
    renderDetails();
    cut = cutNote(subgraph);
  } catch (error) {
    renderError(details, (error as Error).message);
  }
  setStatus();
}

/** What the last neighbourhood left out, for the status line: a drawing must not hide that it is partial. */
let cut = '';
function cutNote(subgraph: api.Subgraph): string {
  return subgraph.truncated
    ? ` · ${subgraph.nodes.length} of at least ${subgraph.reachable} neighbours drawn`
    : '';
}

function setStatus(text?: string): void {
  if (text) {
    status.textContent = text;
    return;
  }
  if (state.view === 'map') {
    const shown = mapMode.view.shown;
    status.textContent = `${shown.places} places · ${shown.stays} stays · ${shown.arcs} moves shown${
      shown.cut > 0 ? ` · ${shown.cut} places with more people than drawn (click one for all)` : ''
    } · ${shown.elsewhereCut ? 'at least ' : ''}${shown.elsewhere} at places with no point on the map (the Gulag as a whole, regions, countries)`;
    return;
  }
  const counts = view.visibleCounts();
  status.textContent = `${counts.nodes} entities · ${counts.edges} relations shown${cut}`;
}

function dataKey(s: ExplorerState): string {
  if (s.mode === 'connect') {
    const query = pathQuery(s, measureFilter(s));
    return query ? `paths:${JSON.stringify(query)}` : '';
  }
  if (s.whole) return 'whole';
  return s.entity ? `entity:${s.entity}` : '';
}

async function load(key: string): Promise<void> {
  view.clear();
  view.setHighlight(null, null);
  paths = null;
  if (key === '') return;
  setStatus('Loading…');
  if (key === 'whole') {
    const whole = await api.wholeGraph();
    view.add(
      whole.nodes.map((node) => ({
        id: node.key,
        kind: String(node.attributes?.kind),
        name: String(node.attributes?.label),
        aliases: (node.attributes?.aliases as string[] | undefined) ?? [],
        description: (node.attributes?.description as string | null | undefined) ?? null,
        degree: Number(node.attributes?.degree ?? 0),
      })),
      whole.edges.map((edge) => {
        const a = edge.attributes ?? {};
        return {
          id: String(edge.key),
          type: String(a.relationType),
          certainty: String(a.certainty),
          // The export writes a basis only where one is stored; a loaded relation without one
          // rests on the text it cites, as the API says.
          basis: (a.basis ?? 'TEXT') as api.RelationSummary['basis'],
          date:
            typeof a.date === 'string'
              ? {
                  edtf: a.date,
                  earliest: (a.dateEarliest as string | null) ?? null,
                  latest: (a.dateLatest as string | null) ?? null,
                }
              : null,
          from: { id: edge.source },
          to: { id: edge.target },
        };
      }),
    );
    view.runLayout();
  } else if (key.startsWith('entity:')) {
    const id = key.slice('entity:'.length);
    const subgraph = await api.neighborhood(id);
    view.add(subgraph.nodes, subgraph.edges);
    view.runLayout(2500);
    cut = cutNote(subgraph);
  } else if (key.startsWith('paths:')) {
    const query = JSON.parse(key.slice('paths:'.length)) as api.PathQuery;
    renderPaths(details, null, { from: nameOf(query.from), to: nameOf(query.to) }, actions);
    paths = keepsNothing(query) ? [] : await api.paths(query);
    for (const path of paths) {
      view.add(
        path.nodes,
        path.relations.map((r) => ({ ...r, from: { id: r.from.id }, to: { id: r.to.id } })),
      );
    }
    view.setHighlight(
      paths.flatMap((p) => p.nodes.map((n) => n.id)),
      paths.flatMap((p) => p.relations.map((r) => r.id)),
    );
    view.runLayout(2500);
  }
  view.graph.forEachNode((node, attributes) => names.set(node, attributes.label));
}

async function renderDetails(): Promise<void> {
  const s = state;
  if (await mapMode.renderDetails(details, s, actions, () => s === state)) return;
  if (s.relation) {
    const relation = await relationDetail(s.relation);
    if (s !== state) return;
    if (relation) renderRelation(details, relation, actions);
    else renderError(details, `No relation ${s.relation}.`);
    return;
  }
  if (s.selected && view.graph.hasNode(s.selected)) {
    renderEntity(details, view.graph, s.selected, actions, (edge) => view.edgeShown(edge));
    if (s.mode === 'connect' && s.selected !== s.from && s.selected !== s.to)
      offerExclusion(details, { id: s.selected, name: nameOf(s.selected) }, actions);
    return;
  }
  if (s.mode === 'connect') {
    renderPaths(
      details,
      paths,
      { from: s.from ? (names.get(s.from) ?? s.from) : null, to: s.to ? (names.get(s.to) ?? s.to) : null },
      actions,
    );
    return;
  }
  if (s.entity && !view.graph.hasNode(s.entity)) {
    renderError(details, `No entity ${s.entity}.`);
    return;
  }
  renderHint(
    details,
    'Search for an entity, or load the whole graph. Click a node for its details, an edge (or hover it) for its evidence.',
  );
}

/** The filters the measures were asked for, and the answer (shared by every restyle that wants them). */
let measuresFor: { key: string | null; measures: Promise<Map<string, api.EntityMeasure> | null> } = {
  key: null,
  measures: Promise.resolve(null),
};
const measureLegend = element<HTMLElement>('measure-legend');
const topEntities = element<HTMLElement>('top-entities');

/** No type, certainty or basis ticked keeps nothing; the API reads an empty list as no filter. */
function keepsNothing(filter: api.MeasureFilter): boolean {
  return [filter.types, filter.certainty, filter.basis].some((list) => list !== null && list.length === 0);
}

function measureFilter(s: ExplorerState): api.MeasureFilter {
  return {
    types: s.types,
    certainty: s.certainties,
    basis: s.bases,
    since: s.years ? String(s.years[0]) : null,
    until: s.years ? String(s.years[1]) : null,
    includeUndated: s.undated,
  };
}

async function fetchMeasures(s: ExplorerState): Promise<Map<string, api.EntityMeasure>> {
  if (keepsNothing(measureFilter(s))) return new Map();
  return new Map((await api.networkMeasures(measureFilter(s))).map((m) => [m.id, m]));
}

/** Sizes and colours the drawn nodes by the measures of the network the filters keep. */
async function restyle(s: ExplorerState): Promise<void> {
  const key = s.size !== null || s.color === 'community' ? JSON.stringify(measureFilter(s)) : null;
  if (key !== measuresFor.key) {
    const measures = key === null ? Promise.resolve(null) : fetchMeasures(s);
    measuresFor = { key, measures };
    measures.catch(() => {
      if (measuresFor.measures === measures) measuresFor = { key: null, measures: Promise.resolve(null) };
    });
  }
  const measures = await measuresFor.measures;
  if (state !== s) return; // the URL moved on while they loaded
  styleNodes(view.graph, measures, s.size ?? 'degree', s.color);
  renderMeasureLegend(measureLegend, topEntities, view.graph, measures, s.size ?? 'degree', s.color, (id) =>
    navigate({ selected: id, relation: null }),
  );
  // What the nodes are styled by now, for whoever waits on it (the page tests).
  document.body.dataset.styled = `${s.size ?? 'own-degree'} ${s.color}`;
}

const mapMode = new MapMode(
  element('map'),
  { graph: element('view-graph'), map: element('view-map') },
  navigate,
);

const timeline = new Timeline(element<HTMLElement>('timeline') as unknown as SVGSVGElement, (years) =>
  navigate({ years }),
);

async function apply(next: ExplorerState): Promise<void> {
  applying += 1;
  try {
    await applyState(next);
  } finally {
    applying -= 1;
  }
}

async function applyState(next: ExplorerState): Promise<void> {
  // A newly selected entity or relation, or a connection asked for, shows in the details panel,
  // even where the panel was closed.
  if (
    (next.selected && next.selected !== state.selected) ||
    (next.relation && next.relation !== state.relation) ||
    (next.mode === 'connect' &&
      next.from &&
      next.to &&
      (shown.mode !== 'connect' || next.from !== shown.from || next.to !== shown.to))
  )
    panels.reveal(details);
  shown = next;
  state = next;
  syncControls(next);
  view.setFilters(next);
  const key = dataKey(next);
  try {
    await mapMode.apply(next, timeline);
    if (state !== next) return;
    if (key !== loadedKey) {
      loadedKey = key;
      await load(key);
      if (state !== next) return; // the URL moved on while this loaded
    }
    if (next.view !== 'map') timeline.update(view.graph, next.years);
    await restyle(next);
    if (state !== next) return;
    view.setSelection(next.selected, next.relation);
    await renderDetails();
  } catch (error) {
    loadedKey = '';
    renderError(details, (error as Error).message);
  }
  setStatus();
}

// ---- controls ----

const certaintyBox = element<HTMLElement>('certainty-filter');
const basisBox = element<HTMLElement>('basis-filter');
const typeBox = element<HTMLElement>('type-filter');
const yearFrom = element<HTMLInputElement>('year-from');
const yearTo = element<HTMLInputElement>('year-to');
const yearLabel = element<HTMLOutputElement>('year-label');
const undated = element<HTMLInputElement>('undated');

/** The filter each group of checkboxes sets in the state. */
const FILTER_OF = { type: 'types', certainty: 'certainties', basis: 'bases' } as const;

function checkboxes(
  box: HTMLElement,
  values: readonly string[],
  name: keyof typeof FILTER_OF,
): HTMLInputElement[] {
  return values.map((value) => {
    const input = h('input', { type: 'checkbox', value, name });
    box.append(h('label', {}, input, value.toLowerCase().replace(/_/g, ' ')));
    input.addEventListener('change', () => {
      const checked = Array.from(box.querySelectorAll<HTMLInputElement>('input:checked')).map((i) => i.value);
      // Everything ticked is the same as no filter, and keeps the URL short.
      const selection = checked.length === values.length ? null : checked;
      navigate({ [FILTER_OF[name]]: selection });
    });
    return input;
  });
}

const certaintyInputs = checkboxes(certaintyBox, CERTAINTIES, 'certainty');
const basisInputs = checkboxes(basisBox, BASES, 'basis');
const typeInputs = checkboxes(typeBox, RELATION_TYPE_NAMES, 'type');
element('types-all').addEventListener('click', () => navigate({ types: null }));
element('types-none').addEventListener('click', () => navigate({ types: [] }));

for (const input of [yearFrom, yearTo]) {
  input.min = String(YEAR_MIN);
  input.max = String(YEAR_MAX);
  input.step = '1';
  input.addEventListener('input', () => {
    let from = Number(yearFrom.value);
    let to = Number(yearTo.value);
    if (from > to) [from, to] = input === yearFrom ? [from, from] : [to, to];
    yearLabel.value = `${from}–${to}`;
  });
  input.addEventListener('change', () => {
    const from = Math.min(Number(yearFrom.value), Number(yearTo.value));
    const to = Math.max(Number(yearFrom.value), Number(yearTo.value));
    navigate({ years: from === YEAR_MIN && to === YEAR_MAX ? null : [from, to] });
  });
}
undated.addEventListener('change', () => navigate({ undated: undated.checked }));
// Tick labels under the year sliders, where those years fall on them.
element('year-ticks').replaceChildren(
  ...[1880, 1920, 1960, 2000].map((year) =>
    h('span', { style: `left:${((year - YEAR_MIN) / (YEAR_MAX - YEAR_MIN)) * 100}%` }, String(year)),
  ),
);

const hideIsolated = element<HTMLInputElement>('hide-isolated');
hideIsolated.addEventListener('change', () => navigate({ hideIsolated: hideIsolated.checked }));

const sizeBy = element<HTMLSelectElement>('size-by');
const colorBy = element<HTMLSelectElement>('color-by');
sizeBy.addEventListener('change', () => navigate({ size: (sizeBy.value || null) as ExplorerState['size'] }));
colorBy.addEventListener('change', () =>
  navigate({ color: colorBy.value === 'community' ? 'community' : 'kind' }),
);

const legend = element<HTMLUListElement>('legend');
legend.replaceChildren(
  ...ENTITY_KINDS.map((kind) =>
    h(
      'li',
      {},
      h('span', { class: 'swatch', style: `background:${KIND_COLORS[kind]}` }),
      KIND_NAMES[kind] ?? kind,
    ),
  ),
);

const modeExplore = element<HTMLButtonElement>('mode-explore');
const modeConnect = element<HTMLButtonElement>('mode-connect');
modeExplore.addEventListener('click', () => navigate({ mode: 'explore', selected: null, relation: null }));
modeConnect.addEventListener('click', () => navigate({ mode: 'connect', selected: null, relation: null }));

element('whole-graph').addEventListener('click', () =>
  navigate({ mode: 'explore', whole: true, relation: null }),
);
element('fit').addEventListener('click', () => view.fit());

attachSearch(element('search'), element('search-hits'), (entity) => {
  names.set(entity.id, entity.name);
  navigate({ mode: 'explore', whole: false, entity: entity.id, selected: entity.id, relation: null });
});
attachSearch(element('connect-from'), element('connect-from-hits'), (entity) => {
  names.set(entity.id, entity.name);
  navigate({ mode: 'connect', from: entity.id, selected: null, relation: null });
});
attachSearch(element('connect-to'), element('connect-to-hits'), (entity) => {
  names.set(entity.id, entity.name);
  navigate({ mode: 'connect', to: entity.id, selected: null, relation: null });
});

const connectOptions = new ConnectOptions(element('connect-options'), nameOf, navigate, actions);

function syncControls(s: ExplorerState): void {
  modeExplore.setAttribute('aria-selected', String(s.mode === 'explore'));
  modeConnect.setAttribute('aria-selected', String(s.mode === 'connect'));
  element('explore-controls').hidden = s.mode !== 'explore';
  element('connect-controls').hidden = s.mode !== 'connect';
  connectOptions.sync(s);
  for (const input of certaintyInputs)
    input.checked = s.certainties === null || s.certainties.includes(input.value);
  for (const input of basisInputs) input.checked = s.bases === null || s.bases.includes(input.value);
  for (const input of typeInputs) input.checked = s.types === null || s.types.includes(input.value);
  const [from, to] = s.years ?? [YEAR_MIN, YEAR_MAX];
  yearFrom.value = String(from);
  yearTo.value = String(to);
  yearLabel.value = s.years ? `${from}–${to}` : 'all';
  undated.checked = s.undated;
  hideIsolated.checked = s.hideIsolated;
  sizeBy.value = s.size ?? '';
  colorBy.value = s.color;
  undated.disabled = s.years === null;
  // Text typed for an earlier search would read as the name of what is now shown.
  const search = element<HTMLInputElement>('search');
  if (document.activeElement !== search) search.value = '';
  for (const [id, value] of [
    ['connect-from', s.from],
    ['connect-to', s.to],
  ] as const) {
    const input = element<HTMLInputElement>(id);
    if (value && document.activeElement !== input) input.value = names.get(value) ?? value;
  }
}

window.addEventListener('hashchange', () => {
  seenHash = location.hash;
  void apply(parseState(location.hash));
});

// Names for ids that arrive in a shared link, so the inputs and headings read well.
async function nameIds(s: ExplorerState): Promise<void> {
  await Promise.all(
    [s.from, s.to]
      .filter((id): id is string => id !== null)
      .map(async (id) => {
        const found = await api.entity(id).catch(() => null);
        if (found) names.set(id, found.name);
      }),
  );
}

// A link to an entity (`#entity=…`) opens it selected, its details shown.
const opening =
  state.mode === 'explore' && state.entity && !state.selected && !state.relation
    ? { ...state, selected: state.entity }
    : state;
void nameIds(opening).then(() =>
  apply(
    opening.mode === 'explore' && !opening.entity && !opening.whole
      ? { ...DEFAULT_STATE, ...opening }
      : opening,
  ),
);
