/**
 * The explorer stays readable at phone, laptop and wide widths (Chromium): on the whole seed
 * graph at the default zoom no two node labels overlap and the largest entity on screen is
 * labelled; zoomed in, the edges' type labels do not pile up on each other or on node labels;
 * the side panels and the sections of the controls close and open from buttons that say their
 * state (mouse and keyboard), the canvas taking the room; panels start closed at 360 px and
 * the details open when an entity is chosen; a
 * resize from 1920 to 360 px and back re-fits the canvas; a node under the pointer is
 * highlighted, but not while a button is held (a pan); nothing logs an error. Screenshots
 * go to test-output/screenshots/.
 *
 * The bound on overlapping label pairs is 0: the explorer places every label it draws against
 * the ones already placed with sigma's own geometry, and the rectangles measured here are the
 * glyphs' real extents (canvas text metrics), which stay inside the placed ones.
 */
import { screenshotPath } from '../support/browser';
import { drawnLabels, overlappingPairs } from '../support/drawn-labels';
import { useExplorerPage } from '../support/explorer-page';

const explorer = useExplorerPage();
const page = () => explorer.page;
const open = (width: number, hash: string) => explorer.open(width, hash);
const settled = () => explorer.settled();

async function width(selector: string): Promise<number> {
  return (await page().locator(selector).boundingBox())?.width ?? 0;
}

/** The canvas sigma draws on is as wide as its container (it followed the last resize). */
async function sigmaFitsContainer(): Promise<boolean> {
  return page().evaluate(() => {
    const { sigma } = (window as any).explorer;
    const container = document.getElementById('graph')!.getBoundingClientRect();
    return Math.abs(sigma.getDimensions().width - container.width) < 1 && container.width > 0;
  });
}

describe.each([360, 1024, 1600])('the whole graph at %i px', (viewport) => {
  it('draws node labels that do not overlap, the largest entity on screen labelled', async () => {
    await open(viewport, '#whole=1');
    const labels = await drawnLabels(page());
    const pairs = overlappingPairs(labels.nodes);
    expect({ overlapping: pairs.length, first: pairs.slice(0, 3) }).toEqual({ overlapping: 0, first: [] });
    expect(labels.nodes.length).toBeGreaterThanOrEqual(viewport < 700 ? 5 : 15);
    expect(labels.largest?.labelled).toBe(true);
    await page().screenshot({ path: screenshotPath(`explorer-labels-${viewport}`) });
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe('edge labels', () => {
  it('zoomed in close, label the edges by type without piling up on each other or on node labels', async () => {
    await open(1600, '#whole=1');
    await page().evaluate(() =>
      (window as any).explorer.sigma.getCamera().animate({ ratio: 0.25 }, { duration: 0 }),
    );
    await settled();
    const labels = await drawnLabels(page());
    expect(labels.edges.length).toBeGreaterThanOrEqual(5);
    const pairs = overlappingPairs([...labels.edges, ...labels.nodes]);
    expect({ overlapping: pairs.length, first: pairs.slice(0, 3) }).toEqual({ overlapping: 0, first: [] });
    await page().screenshot({ path: screenshotPath('explorer-edge-labels-1600') });
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe.each([1024, 1600])('the side panels at %i px', (viewport) => {
  it('close and open from buttons and the keyboard, the canvas taking their room', async () => {
    await open(viewport, '#whole=1');
    const controls = page().locator('button[aria-controls=sidebar]');
    const detailsToggle = page().locator('button[aria-controls=details]');
    await expect(controls.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page().locator('#sidebar').isVisible()).resolves.toBe(true);
    const full = await width('#graph');

    await controls.focus();
    await page().keyboard.press('Enter');
    await expect(controls.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page().locator('#sidebar').isVisible()).resolves.toBe(false);
    await detailsToggle.click();
    await expect(detailsToggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await settled();
    expect(await width('#graph')).toBeGreaterThan(full + 400);
    expect(await sigmaFitsContainer()).toBe(true);
    await page().screenshot({ path: screenshotPath(`explorer-panels-closed-${viewport}`) });

    await controls.click();
    await expect(page().locator('#sidebar').isVisible()).resolves.toBe(true);
    // A section of the controls closes on its heading's button (Space, as buttons do).
    const filters = page().locator('#sidebar h2 button', { hasText: 'Filters' });
    await filters.focus();
    await page().keyboard.press('Space');
    await expect(filters.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page().locator('#type-filter').isVisible()).resolves.toBe(false);
    await filters.click();
    await expect(page().locator('#type-filter').isVisible()).resolves.toBe(true);
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe('a phone (360 px)', () => {
  it('starts with the panels closed, the canvas as wide as the screen, and opens the controls on demand', async () => {
    await open(360, '#whole=1');
    const controls = page().locator('button[aria-controls=sidebar]');
    await expect(controls.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page().locator('#sidebar').isVisible()).resolves.toBe(false);
    await expect(page().locator('#details').isVisible()).resolves.toBe(false);
    expect(await width('#graph')).toBeGreaterThanOrEqual(340);
    await page().screenshot({ path: screenshotPath('explorer-phone-closed-360') });
    await controls.click();
    await expect(page().locator('#filters').isVisible()).resolves.toBe(true);
    await page().screenshot({ path: screenshotPath('explorer-phone-controls-360'), fullPage: true });
    // Choosing an entity (here by the search box) opens the closed details panel on it.
    await page().locator('#search').fill('Poliakov');
    await page().locator('#search-hits li[data-id="person:nika-poliakov"]').click();
    await expect(page().locator('[data-testid=entity-name]').textContent()).resolves.toBe('Nika Poliakov');
    await expect(page().locator('#details').isVisible()).resolves.toBe(true);
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe('resizing the window', () => {
  it('from 1920 to 360 px and back re-fits the canvas, closing the panels below 700 px and reopening them above', async () => {
    await open(1920, '#whole=1');
    for (const viewport of [1280, 900, 701, 700, 500, 360, 1600]) {
      await page().setViewportSize({ width: viewport, height: 800 });
      await settled();
      expect(await sigmaFitsContainer()).toBe(true);
      await expect(page().locator('#sidebar').isVisible()).resolves.toBe(viewport > 700);
    }
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe('hovering and panning', () => {
  it('highlights a node and explains an edge under the pointer, but not those a pan drags the pointer across', async () => {
    await open(1024, '#whole=1');
    // The largest node, one of its edges, and a point of the canvas where sigma finds nothing
    // and no control lies over it (to press on).
    const { node, edge, blank } = await page().evaluate(() => {
      const { sigma, graph } = (window as any).explorer;
      const node = graph.nodes().sort((a: string, b: string) => graph.degree(b) - graph.degree(a))[0];
      const edge = graph.edges(node)[0];
      const container = document.getElementById('graph')!;
      const box = container.getBoundingClientRect();
      for (let y = 20; y < box.height; y += 15)
        for (let x = 20; x < box.width; x += 15)
          if (
            sigma.getNodeAtPosition({ x, y }) === null &&
            sigma.getEdgeAtPoint(x, y) === null &&
            container.contains(document.elementFromPoint(box.x + x, box.y + y))
          )
            return { node, edge, blank: { x: box.x + x, y: box.y + y } };
      throw new Error('no blank point on the canvas');
    });
    const highlighted = () =>
      page().evaluate(
        (id) => (window as any).explorer.sigma.getNodeDisplayData(id).highlighted === true,
        node,
      );
    const tooltipShown = () => page().evaluate(() => !document.getElementById('edge-tooltip')!.hidden);
    const evidenceRequests: string[] = [];
    page().on('request', (request) => {
      if (request.postData()?.includes(edge)) evidenceRequests.push(request.url());
    });
    // What sigma emits when the pointer comes onto a node or an edge, with or without a button held.
    const emit = (event: string, payload: Record<string, string>) =>
      page().evaluate(
        ({ event, payload }) => {
          const { sigma } = (window as any).explorer;
          sigma.emit(event, { ...payload, event: { x: 10, y: 10, original: new MouseEvent('mousemove') } });
          return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        },
        { event, payload },
      );

    await page().mouse.move(blank.x, blank.y);
    await page().mouse.down();
    await emit('enterNode', { node });
    await emit('enterEdge', { edge });
    expect(await highlighted()).toBe(false);
    expect(await tooltipShown()).toBe(false);
    await emit('leaveEdge', { edge });
    await emit('leaveNode', { node });
    await page().mouse.up();
    expect(evidenceRequests).toEqual([]);

    await emit('enterNode', { node });
    expect(await highlighted()).toBe(true);
    await emit('leaveNode', { node });
    await emit('enterEdge', { edge });
    expect(await tooltipShown()).toBe(true);
    await page().waitForFunction(() => document.querySelector('#edge-tooltip blockquote') !== null);
    expect(evidenceRequests.length).toBe(1);
    await emit('leaveEdge', { edge });
    await settled();
    expect(await highlighted()).toBe(false);
    expect(await tooltipShown()).toBe(false);
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});
