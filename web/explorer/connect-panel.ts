/**
 * Connect mode's own parts: what it asks the API for (the two ends under the filters, minus
 * what the user excludes), its options on the left (vague places, hubs, excluded entities), and
 * the ranked paths in the details panel, where any entity between the ends can be excluded.
 */
import './connect-panel.css';
import type { MeasureFilter, PathQuery, PathResult } from './api';
import { certaintyBadge, h, renderCitations, PanelActions } from './panels';
import type { ExplorerState } from './url-state';

/** The paths query of a connect view; null when it has no two ends. */
export function pathQuery(s: ExplorerState, filter: MeasureFilter): PathQuery | null {
  if (!s.from || !s.to) return null;
  return {
    from: s.from,
    to: s.to,
    ...filter,
    excludeIds: s.exclude.filter((id) => id !== s.from && id !== s.to),
    excludeVaguePlaces: s.avoidVague,
    maxDegree: s.maxDegree,
  };
}

export interface ConnectActions extends PanelActions {
  /** Leaves an entity out of the paths (or lets it back in). */
  exclude(id: string): void;
  include(id: string): void;
}

/** The options under the From and To boxes; `sync` shows a state's. */
export class ConnectOptions {
  private readonly avoidVague = h('input', { type: 'checkbox', id: 'avoid-vague' });
  private readonly maxDegree = h('input', {
    type: 'number',
    id: 'max-degree',
    min: '1',
    step: '1',
    placeholder: 'no cap',
    inputmode: 'numeric',
  });
  private readonly excluded = h('ul', { id: 'excluded', class: 'excluded' });

  constructor(
    box: HTMLElement,
    private readonly names: (id: string) => string,
    private readonly navigate: (patch: Partial<ExplorerState>) => void,
    private readonly actions: Pick<ConnectActions, 'include'>,
  ) {
    this.avoidVague.addEventListener('change', () => navigate({ avoidVague: this.avoidVague.checked }));
    this.maxDegree.addEventListener('change', () => {
      const value = Number(this.maxDegree.value);
      navigate({ maxDegree: Number.isInteger(value) && value >= 1 ? value : null });
    });
    box.replaceChildren(
      h(
        'label',
        { class: 'option' },
        this.avoidVague,
        'Avoid vague places (countries, regions, the Gulag as a whole)',
      ),
      h('label', { class: 'option', for: 'max-degree' }, 'Avoid hubs with more relations than'),
      this.maxDegree,
      this.excluded,
      h('p', { class: 'hint' }, 'Untick relation types under Filters to leave them out of the paths.'),
    );
  }

  sync(s: ExplorerState): void {
    this.avoidVague.checked = s.avoidVague;
    if (document.activeElement !== this.maxDegree)
      this.maxDegree.value = s.maxDegree === null ? '' : String(s.maxDegree);
    this.excluded.replaceChildren(
      ...s.exclude.map((id) =>
        h(
          'li',
          {},
          `Not through ${this.names(id)} `,
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'data-include': id,
              onclick: () => this.actions.include(id),
            },
            'let back in',
          ),
        ),
      ),
    );
  }
}

/** A button leaving an entity between the ends out of the paths. */
function excludeButton(entity: { id: string; name: string }, actions: ConnectActions): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'exclude',
      title: `Find paths not through ${entity.name}`,
      'aria-label': `Exclude ${entity.name}`,
      'data-exclude': entity.id,
      onclick: () => actions.exclude(entity.id),
    },
    '⊘',
  );
}

/** Above an entity's details in connect mode: leave it out of the paths (not an end). */
export function offerExclusion(
  panel: HTMLElement,
  entity: { id: string; name: string },
  actions: ConnectActions,
): void {
  const button = excludeButton(entity, actions);
  button.append(` Find paths not through ${entity.name}`);
  panel.prepend(h('p', { class: 'exclude-offer' }, button));
}

export function renderPaths(
  panel: HTMLElement,
  paths: PathResult[] | null,
  names: { from: string | null; to: string | null },
  actions: ConnectActions,
): void {
  if (!names.from || !names.to) {
    panel.replaceChildren(
      h(
        'p',
        { class: 'hint' },
        'Connect: pick two entities on the left to see the surest paths between them, hop by hop, with the evidence for every hop.',
      ),
    );
    return;
  }
  if (paths === null) {
    panel.replaceChildren(h('p', { class: 'hint' }, 'Finding paths…'));
    return;
  }
  if (paths.length === 0) {
    panel.replaceChildren(
      h(
        'p',
        {},
        `No path of at most 6 hops links ${names.from} and ${names.to} under these filters and exclusions.`,
      ),
    );
    return;
  }
  panel.replaceChildren(
    h('h3', {}, `${names.from} ↔ ${names.to}`),
    h(
      'p',
      { class: 'hint' },
      `${paths.length} path${paths.length === 1 ? '' : 's'}, surest first: a score of 1 means every hop is attested; each probable, possible, rumoured or disputed hop lowers it. ⊘ leaves an entity out.`,
    ),
    ...paths.map((path, index) =>
      h(
        'div',
        { class: 'path', 'data-testid': 'path', 'data-score': String(path.score) },
        h(
          'strong',
          {},
          `Path ${index + 1}: score ${path.score.toFixed(2)}, ${path.length} hop${path.length === 1 ? '' : 's'}`,
        ),
        h(
          'ol',
          {},
          ...path.relations.map((relation, hop) => {
            const a = path.nodes[hop]!;
            const b = path.nodes[hop + 1]!;
            const forward = relation.from.id === a.id;
            return h(
              'li',
              {},
              h('button', { type: 'button', class: 'link', onclick: () => actions.selectNode(a.id) }, a.name),
              forward ? ' → ' : ' ← ',
              h('span', { class: 'type' }, relation.type),
              forward ? ' → ' : ' ← ',
              h('button', { type: 'button', class: 'link', onclick: () => actions.selectNode(b.id) }, b.name),
              hop < path.length - 1 ? excludeButton(b, actions) : null,
              ' ',
              certaintyBadge(relation.certainty),
              relation.date ? h('span', { class: 'hint' }, ` ${relation.date.edtf}`) : null,
              renderCitations(relation.evidence, actions),
            );
          }),
        ),
      ),
    ),
  );
}
