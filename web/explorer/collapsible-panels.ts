/**
 * The side panels (controls, details) and the sections of the controls (filters, size and
 * colour, top entities, kinds) open and close with buttons that say their state
 * (aria-expanded), so the canvas can have the width. On narrow screens (≤ 700 px) the side
 * panels start closed. What the reader chose is kept for the tab (sessionStorage): per width
 * class for the side panels (closing the controls on a phone must not close them on the desk),
 * once for the sections.
 */
import './collapsible-panels.css';

const NARROW = window.matchMedia('(max-width: 700px)');

interface Toggle {
  button: HTMLButtonElement;
  target: HTMLElement;
  storageKey(): string;
  openByDefault(): boolean;
}

function remembered(toggle: Toggle): boolean {
  const stored = sessionStorage.getItem(toggle.storageKey());
  return stored === null ? toggle.openByDefault() : stored === 'open';
}

function show(toggle: Toggle, open: boolean): void {
  toggle.button.setAttribute('aria-expanded', String(open));
  toggle.target.hidden = !open;
  // The page's layout (CSS) reads which side panels are closed from the body.
  if (toggle.target.parentElement === document.body)
    document.body.classList.toggle(`${toggle.target.id}-closed`, !open);
}

function wire(toggle: Toggle): Toggle {
  toggle.button.type = 'button';
  toggle.button.setAttribute('aria-controls', toggle.target.id);
  toggle.button.addEventListener('click', () => {
    const open = toggle.button.getAttribute('aria-expanded') !== 'true';
    sessionStorage.setItem(toggle.storageKey(), open ? 'open' : 'closed');
    show(toggle, open);
  });
  show(toggle, remembered(toggle));
  return toggle;
}

/** A button over the canvas that opens and closes a whole side panel. */
function panelToggle(bar: HTMLElement, panel: HTMLElement, text: string): Toggle {
  const button = document.createElement('button');
  button.className = `panel-toggle ${panel.id}-toggle`;
  button.textContent = text;
  bar.append(button);
  return wire({
    button,
    target: panel,
    storageKey: () => `explorer.panel.${panel.id}.${NARROW.matches ? 'narrow' : 'wide'}`,
    openByDefault: () => !NARROW.matches,
  });
}

/** Turns a heading of the controls into the button of everything under it, up to the next heading. */
function sectionToggle(heading: HTMLHeadingElement): Toggle {
  const body = document.createElement('div');
  body.className = 'panel-body';
  body.id = `${heading.textContent!.trim().toLowerCase().replace(/\W+/g, '-')}-body`;
  while (heading.nextSibling && !(heading.nextSibling instanceof HTMLHeadingElement))
    body.append(heading.nextSibling);
  heading.after(body);
  const button = document.createElement('button');
  button.className = 'section-toggle';
  button.append(...heading.childNodes);
  heading.append(button);
  return wire({
    button,
    target: body,
    storageKey: () => `explorer.section.${body.id}`,
    openByDefault: () => true,
  });
}

export interface CollapsiblePanels {
  /** Opens a closed side panel for what the reader just asked to see; not remembered as a choice. */
  reveal(panel: HTMLElement): void;
}

export function makePanelsCollapsible(
  canvasArea: HTMLElement,
  sidebar: HTMLElement,
  details: HTMLElement,
): CollapsiblePanels {
  const bar = document.createElement('div');
  bar.className = 'panel-toggles';
  canvasArea.append(bar);
  const panels = [panelToggle(bar, sidebar, 'Controls'), panelToggle(bar, details, 'Details')];
  for (const heading of sidebar.querySelectorAll('section > h2'))
    sectionToggle(heading as HTMLHeadingElement);
  // Crossing 700 px brings back what the reader chose for that width (closed on a phone by default).
  NARROW.addEventListener('change', () => {
    for (const panel of panels) show(panel, remembered(panel));
  });
  return {
    reveal(panel) {
      const toggle = panels.find((candidate) => candidate.target === panel);
      if (toggle) show(toggle, true);
    },
  };
}
