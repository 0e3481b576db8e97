/**
 * A search field with a drop-down of hits from the API's `search` (names and aliases, typos
 * and transliterations allowed). Arrow keys and Enter pick; picking calls `onPick`.
 */
import { EntitySummary, search } from './api';
import { KIND_COLORS, KIND_NAMES } from './palette';
import { h } from './panels';

export function attachSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (entity: EntitySummary) => void,
): void {
  let hits: EntitySummary[] = [];
  let active = 0;
  let timer: number | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
  };
  const pick = (entity: EntitySummary | undefined) => {
    if (!entity) return;
    input.value = entity.name;
    close();
    onPick(entity);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const item = h(
          'li',
          { role: 'option', 'aria-selected': String(index === active), 'data-id': hit.id },
          h('span', { class: 'swatch', style: `background:${KIND_COLORS[hit.kind] ?? '#888'}` }),
          h('span', {}, hit.name),
          h('small', {}, KIND_NAMES[hit.kind] ?? hit.kind),
        );
        // mousedown, not click: it fires before the input's blur closes the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(hit);
        });
        return item;
      }),
    );
    if (hits.length === 0 && input.value.trim() !== '')
      list.replaceChildren(h('li', { class: 'hint' }, 'no match'));
    list.hidden = input.value.trim() === '';
  };
  const ask = async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text === '') {
      hits = [];
      close();
      return;
    }
    try {
      const found = await search(text);
      if (ticket !== asked) return; // a later keystroke has asked again
      hits = found;
      active = 0;
      render();
    } catch (error) {
      list.replaceChildren(h('li', { class: 'error' }, (error as Error).message));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void ask(), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(hits[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    if (hits.length > 0) render();
  });
}
