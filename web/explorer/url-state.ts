/**
 * The explorer's state lives in the URL's fragment (`#entity=person:x&cert=ATTESTED&basis=TEXT&years=1920-1960`),
 * so a view can be bookmarked and shared, and the back button walks through it.
 */
import { ColorBy, SIZE_MEASURES, SizeMeasure } from './measure-styling';

export type Mode = 'explore' | 'connect';
/** What the main area draws: the network, or the places on a map. */
export type View = 'graph' | 'map';

export interface ExplorerState {
  mode: Mode;
  view: View;
  /** The focused entity (explore mode). */
  entity: string | null;
  /** The entity or relation whose details are open. */
  selected: string | null;
  relation: string | null;
  /** Explore mode: show the whole graph instead of one neighbourhood. */
  whole: boolean;
  /** Connect mode: the two ends. */
  from: string | null;
  to: string | null;
  /** Null: every type / certainty / basis. */
  types: string[] | null;
  certainties: string[] | null;
  bases: string[] | null;
  years: [number, number] | null;
  undated: boolean;
  /** Node size by this measure of the filtered network; null: by each entity's own degree. */
  size: SizeMeasure | null;
  color: ColorBy;
  /** Hide entities none of whose drawn relations is shown. */
  hideIsolated: boolean;
  /** Connect mode: paths avoid vague places (countries, regions, camp systems). */
  avoidVague: boolean;
  /** Connect mode: paths avoid entities with more relations than this; null: no cap. */
  maxDegree: number | null;
  /** Connect mode: entities the paths may not pass through. */
  exclude: string[];
}

export const DEFAULT_STATE: ExplorerState = {
  mode: 'explore',
  view: 'graph',
  entity: null,
  selected: null,
  relation: null,
  whole: false,
  from: null,
  to: null,
  types: null,
  certainties: null,
  bases: null,
  years: null,
  undated: true,
  size: null,
  color: 'kind',
  hideIsolated: false,
  avoidVague: true,
  maxDegree: null,
  exclude: [],
};

function list(value: string | null): string[] | null {
  if (value === null) return null;
  return value === '' ? [] : value.split(',');
}

export function parseState(hash: string): ExplorerState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const years = /^(\d{1,4})-(\d{1,4})$/.exec(params.get('years') ?? '');
  const hubs = /^[1-9]\d{0,5}$/.exec(params.get('hubs') ?? '');
  return {
    mode: params.get('mode') === 'connect' ? 'connect' : 'explore',
    view: params.get('view') === 'map' ? 'map' : 'graph',
    entity: params.get('entity'),
    selected: params.get('sel'),
    relation: params.get('rel'),
    whole: params.get('whole') === '1',
    from: params.get('from'),
    to: params.get('to'),
    types: list(params.get('types')),
    certainties: list(params.get('cert')),
    bases: list(params.get('basis')),
    years: years ? [Number(years[1]), Number(years[2])] : null,
    undated: params.get('undated') !== '0',
    size: Object.hasOwn(SIZE_MEASURES, params.get('size') ?? '') ? (params.get('size') as SizeMeasure) : null,
    color: params.get('color') === 'community' ? 'community' : 'kind',
    hideIsolated: params.get('isolated') === '0',
    avoidVague: params.get('vague') !== '1',
    maxDegree: hubs ? Number(hubs[0]) : null,
    exclude: list(params.get('exclude'))?.filter((id) => id !== '') ?? [],
  };
}

export function formatState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.mode === 'connect') params.set('mode', 'connect');
  if (state.view === 'map') params.set('view', 'map');
  if (state.mode === 'explore' && state.entity) params.set('entity', state.entity);
  if (state.mode === 'explore' && state.whole) params.set('whole', '1');
  if (state.selected) params.set('sel', state.selected);
  if (state.relation) params.set('rel', state.relation);
  if (state.mode === 'connect' && state.from) params.set('from', state.from);
  if (state.mode === 'connect' && state.to) params.set('to', state.to);
  if (state.types) params.set('types', state.types.join(','));
  if (state.certainties) params.set('cert', state.certainties.join(','));
  if (state.bases) params.set('basis', state.bases.join(','));
  if (state.years) params.set('years', `${state.years[0]}-${state.years[1]}`);
  if (!state.undated) params.set('undated', '0');
  if (state.size) params.set('size', state.size);
  if (state.color === 'community') params.set('color', 'community');
  if (state.hideIsolated) params.set('isolated', '0');
  if (state.mode === 'connect' && !state.avoidVague) params.set('vague', '1');
  if (state.mode === 'connect' && state.maxDegree !== null) params.set('hubs', String(state.maxDegree));
  if (state.mode === 'connect' && state.exclude.length > 0) params.set('exclude', state.exclude.join(','));
  // Ids keep their colons readable: URLSearchParams would write %3A.
  return `#${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%3E/gi, '>')}`;
}

/** The link to an entity's own view (e.g. a source's): its neighbourhood, filters kept. */
export function entityHref(state: ExplorerState, id: string): string {
  return formatState({ ...state, mode: 'explore', whole: false, entity: id, selected: id, relation: null });
}
