/**
 * The details of a place clicked on the map: where its coordinates come from, and the people
 * the filters keep there, each stay with its type, date, certainty and evidence (the explorer's
 * citations); the stays the filters hide are counted, not listed.
 */
import type { RelationDetail } from './api';
import type { MapPlace } from './map-stays';
import { PLACE_MARKS } from './map-view';
import { certaintyBadge, h, PanelActions, renderCitations } from './panels';

export function renderPlace(
  panel: HTMLElement,
  place: MapPlace,
  relations: RelationDetail[] | null,
  shown: (relationId: string) => boolean,
  actions: PanelActions,
): void {
  const kept = relations?.filter((r) => shown(r.id)) ?? [];
  const hidden = (relations?.length ?? 0) - kept.length;
  const basis = place.coordinates.basis;
  panel.replaceChildren(
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'link', onclick: () => actions.close() }, '× close'),
    ),
    h('span', { class: 'kind' }, PLACE_MARKS[place.placeKind ?? '']?.label ?? place.placeKind ?? 'place'),
    h('h3', { 'data-testid': 'place-name' }, h('a', { href: actions.href(place.id) }, place.name)),
    h(
      'dl',
      {},
      h('dt', {}, 'where'),
      h(
        'dd',
        { 'data-testid': 'coordinates' },
        `${place.coordinates.lat.toFixed(2)}, ${place.coordinates.lon.toFixed(2)}`,
        h(
          'div',
          { class: 'note' },
          basis?.basis === 'CURATOR'
            ? `Curator's knowledge, not from the texts: ${basis.note ?? ''}`
            : basis
              ? `Basis: ${basis.basis}`
              : 'No basis recorded for these coordinates.',
        ),
      ),
    ),
    h('h2', {}, relations === null ? 'People…' : `People (${kept.length})`),
    h('p', { class: 'hint' }, hidden > 0 ? `${hidden} more hidden by the filters.` : ''),
    h(
      'ul',
      { class: 'stays', 'data-testid': 'stays' },
      ...kept.map((relation) =>
        h(
          'li',
          { 'data-relation': relation.id },
          h('a', { href: actions.href(relation.from.id), 'data-testid': 'person' }, relation.from.name),
          ' ',
          h('span', { class: 'type' }, relation.type),
          ' ',
          certaintyBadge(relation.certainty),
          relation.date ? h('span', { class: 'hint' }, ` ${relation.date.edtf}`) : null,
          renderCitations(relation.evidence, actions),
        ),
      ),
    ),
  );
}
