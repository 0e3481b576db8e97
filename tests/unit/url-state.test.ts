/**
 * The explorer's view lives in the URL fragment: what is written there reads back as the same
 * view, ids stay readable, and a hand-edited fragment falls back to defaults, never to errors.
 */
import { DEFAULT_STATE, entityHref, formatState, parseState } from '../../web/explorer/url-state';

describe('the explorer URL state', () => {
  it('reads back every setting it writes', () => {
    const state = {
      ...DEFAULT_STATE,
      entity: 'person:leo-klejn',
      selected: 'person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121',
      whole: true,
      types: ['CONVICTED_UNDER', 'IMPRISONED_AT'],
      certainties: [],
      bases: ['TEXT', 'CURATOR'],
      years: [1920, 1960] as [number, number],
      undated: false,
    };
    expect(parseState(formatState(state))).toEqual(state);
    const connect = {
      ...DEFAULT_STATE,
      mode: 'connect' as const,
      from: 'person:maxim-gorky',
      to: 'person:nika-poliakov',
      avoidVague: false,
      maxDegree: 12,
      exclude: ['person:joseph-stalin', 'org:ogpu'],
    };
    expect(parseState(formatState(connect))).toEqual(connect);
    const map = {
      ...DEFAULT_STATE,
      view: 'map' as const,
      selected: 'place:solovki',
      years: [1930, 1940] as [number, number],
    };
    expect(formatState(map)).toContain('view=map');
    expect(parseState(formatState(map))).toEqual(map);
  });

  it('keeps ids readable in the fragment', () => {
    expect(formatState({ ...DEFAULT_STATE, entity: 'person:leo-klejn', types: ['A', 'B'] })).toBe(
      '#entity=person:leo-klejn&types=A,B',
    );
  });

  it('falls back to the defaults for an empty or malformed fragment', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(parseState('#mode=sideways&years=1920-x&undated=maybe&hubs=-3&exclude=')).toEqual(DEFAULT_STATE);
  });

  it('keeps connect mode avoiding vague places unless the link says otherwise', () => {
    const connect = { ...DEFAULT_STATE, mode: 'connect' as const, from: 'person:a', to: 'person:b' };
    expect(parseState(formatState(connect)).avoidVague).toBe(true);
    expect(formatState({ ...connect, avoidVague: false })).toContain('vague=1');
    expect(formatState({ ...connect, exclude: ['place:siberia'] })).toContain('exclude=place:siberia');
  });

  it('links an entity to its own neighbourhood, keeping the filters', () => {
    const state = { ...DEFAULT_STATE, whole: true, relation: 'r', certainties: ['ATTESTED'] };
    expect(parseState(entityHref(state, 'source:klejn'))).toEqual({
      ...state,
      whole: false,
      relation: null,
      entity: 'source:klejn',
      selected: 'source:klejn',
    });
  });
});
