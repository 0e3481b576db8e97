/**
 * The details panel: an entity (with its drawn relations and an expand button), a relation with
 * its evidence, and the paths of connect mode. Text from the data is always set as text, never
 * as HTML.
 */
import type { Citation, PathResult, RelationDetail } from './api';
import type { ExplorerGraph } from './graph-view';
import { KIND_COLORS, KIND_NAMES } from './palette';

type Child = Node | string | null | undefined | false;

type Props = Record<string, string | ((event: Event) => void) | undefined>;

function present(children: Child[]): (Node | string)[] {
  return children.filter(
    (child): child is Node | string => child !== null && child !== undefined && child !== false,
  );
}

/** Creates an element; `onclick` becomes a listener, other props attributes, children text or nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(key.replace(/^on/, ''), value);
    else if (value !== undefined) element.setAttribute(key, value);
  }
  element.append(...present(children));
  return element;
}

function fill(panel: HTMLElement, ...children: Child[]): void {
  panel.replaceChildren(...present(children));
}

export interface PanelActions {
  expand(id: string): void;
  focus(id: string): void;
  selectEdge(id: string): void;
  selectNode(id: string): void;
  close(): void;
  /** The URL of an entity's own view. */
  href(id: string): string;
}

function kindBadge(kind: string): HTMLElement {
  return h(
    'span',
    { class: 'kind' },
    h('span', { class: 'swatch', style: `background:${KIND_COLORS[kind] ?? '#888'}` }),
    KIND_NAMES[kind] ?? kind,
  );
}

export function certaintyBadge(certainty: string): HTMLElement {
  return h('span', { class: `certainty ${certainty}` }, certainty.toLowerCase());
}

export function renderEntity(
  panel: HTMLElement,
  graph: ExplorerGraph,
  id: string,
  actions: PanelActions,
  edgeShown: (edge: string) => boolean,
): void {
  const node = graph.getNodeAttributes(id);
  const relations = graph
    .edges(id)
    .filter(edgeShown)
    .map((edge) => {
      const [source, target] = graph.extremities(edge);
      const other = source === id ? target : source;
      return { edge, other, outgoing: source === id, attributes: graph.getEdgeAttributes(edge) };
    })
    .sort(
      (a, b) =>
        a.attributes.relationType.localeCompare(b.attributes.relationType) ||
        graph.getNodeAttribute(a.other, 'label').localeCompare(graph.getNodeAttribute(b.other, 'label')),
    );

  fill(
    panel,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'link', onclick: () => actions.close() }, '× close'),
    ),
    kindBadge(node.kind),
    h('h3', { 'data-testid': 'entity-name' }, node.label),
    node.description ? h('p', {}, node.description) : null,
    h(
      'dl',
      {},
      h('dt', {}, 'id'),
      h('dd', {}, h('code', {}, id)),
      node.aliases.length > 0 ? h('dt', {}, 'aliases') : null,
      node.aliases.length > 0 ? h('dd', {}, node.aliases.join(' · ')) : null,
      h('dt', {}, 'relations'),
      h('dd', {}, `${node.degree} in all, ${relations.length} drawn`),
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-testid': 'expand', onclick: () => actions.expand(id) },
        'Expand neighbours',
      ),
      h('button', { type: 'button', onclick: () => actions.focus(id) }, 'Focus'),
    ),
    h('h2', {}, 'Relations drawn'),
    h(
      'ul',
      { class: 'relations', 'data-testid': 'neighbours' },
      ...relations.map(({ edge, other, outgoing, attributes }) =>
        h(
          'li',
          {},
          h('span', { class: 'type' }, attributes.relationType),
          outgoing ? ' → ' : ' ← ',
          h(
            'button',
            { type: 'button', 'data-neighbour': other, onclick: () => actions.selectNode(other) },
            graph.getNodeAttribute(other, 'label'),
          ),
          ' ',
          h(
            'button',
            { type: 'button', class: 'link', 'data-relation': edge, onclick: () => actions.selectEdge(edge) },
            'evidence',
          ),
        ),
      ),
    ),
  );
}

export function renderCitations(evidence: Citation[], actions: PanelActions): HTMLElement {
  return h(
    'ol',
    { class: 'evidence' },
    ...evidence.map((citation) =>
      h(
        'li',
        {},
        h('blockquote', { 'data-testid': 'quote' }, citation.quote),
        h(
          'div',
          { class: 'source' },
          '— ',
          h(
            'a',
            { href: actions.href(citation.source.id), 'data-testid': 'source-link' },
            citation.source.name,
          ),
          citation.locator ? h('span', { class: 'hint' }, ` (${citation.locator})`) : null,
        ),
      ),
    ),
  );
}

function endpoint(entity: { id: string; name: string }, actions: PanelActions): HTMLElement {
  return h('a', { href: actions.href(entity.id) }, entity.name);
}

/** What a relation rests on, in a reader's words (the API's Relation.basis). */
const BASIS_WORDS: Record<string, string> = {
  TEXT: 'stated by the text cited',
  INFERENCE: "a curator's inference from the text cited",
  CURATOR: "curator's knowledge, not from the texts",
};

export function renderRelation(panel: HTMLElement, relation: RelationDetail, actions: PanelActions): void {
  fill(
    panel,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'link', onclick: () => actions.close() }, '× close'),
    ),
    h(
      'div',
      { 'data-testid': 'relation' },
      h('span', { class: 'type' }, relation.type),
      ' ',
      certaintyBadge(relation.certainty),
    ),
    h('h3', {}, endpoint(relation.from, actions), ' → ', endpoint(relation.to, actions)),
    h(
      'dl',
      {},
      h('dt', {}, 'date'),
      h(
        'dd',
        {},
        relation.date
          ? `${relation.date.edtf}${relation.date.earliest ? ` (${relation.date.earliest} – ${relation.date.latest ?? '…'})` : ''}`
          : 'not given',
      ),
      h('dt', {}, 'certainty'),
      h('dd', {}, relation.certainty.toLowerCase()),
      h('dt', {}, 'basis'),
      h(
        'dd',
        { 'data-testid': 'basis' },
        BASIS_WORDS[relation.basis] ?? relation.basis,
        relation.note ? h('div', { class: 'note' }, relation.note) : '',
      ),
      h('dt', {}, 'id'),
      h('dd', {}, h('code', {}, relation.id)),
    ),
    h('h2', {}, `Evidence (${relation.evidence.length})`),
    renderCitations(relation.evidence, actions),
  );
}

export function renderPaths(
  panel: HTMLElement,
  paths: PathResult[] | null,
  names: { from: string | null; to: string | null },
  actions: PanelActions,
): void {
  if (!names.from || !names.to) {
    fill(
      panel,
      h(
        'p',
        { class: 'hint' },
        'Connect: pick two entities on the left to see the shortest paths between them, hop by hop, with the evidence for every hop.',
      ),
    );
    return;
  }
  if (paths === null) {
    fill(panel, h('p', { class: 'hint' }, 'Finding paths…'));
    return;
  }
  if (paths.length === 0) {
    fill(panel, h('p', {}, `No path of at most 6 hops links ${names.from} and ${names.to}.`));
    return;
  }
  fill(
    panel,
    h('h3', {}, `${names.from} ↔ ${names.to}`),
    h('p', { class: 'hint' }, `${paths.length} shortest path${paths.length === 1 ? '' : 's'}`),
    ...paths.map((path, index) =>
      h(
        'div',
        { class: 'path', 'data-testid': 'path' },
        h('strong', {}, `Path ${index + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}`),
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

export function renderHint(panel: HTMLElement, text: string): void {
  fill(panel, h('p', { class: 'hint' }, text));
}

export function renderError(panel: HTMLElement, message: string): void {
  fill(panel, h('p', { class: 'error', role: 'alert' }, message));
}
