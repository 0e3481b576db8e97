/**
 * The explorer sizes and colours by the network measures (in Chromium, at phone, laptop and
 * wide widths): sizing by PageRank changes the node sizes and makes the API's most central
 * entity the largest, colouring by community gives each Louvain community one colour, a link
 * to an entity opens it selected, the timeline's brush sets the years the graph shows, and
 * nothing logs an error. Screenshots go to
 * test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { screenshotPath } from '../support/browser';
import { useExplorerPage } from '../support/explorer-page';

const explorer = useExplorerPage();
let page: Page;

/** A page at this width and fragment, once the drawing holds still. */
async function open(width: number, hash: string): Promise<void> {
  page = await explorer.open(width, hash);
}

/** Node id -> [size, colour] as drawn. */
function drawn(): Promise<Record<string, [number, string]>> {
  return page.evaluate(() => {
    const { graph } = (window as any).explorer;
    const out: Record<string, [number, string]> = {};
    graph.forEachNode((node: string, a: { size: number; color: string }) => (out[node] = [a.size, a.color]));
    return out;
  });
}

async function measures(): Promise<{ id: string; pageRank: number; community: number }[]> {
  const result = await explorer.server.post('{ networkMeasures { entities { id pageRank community } } }');
  return result.json.data.networkMeasures.entities;
}

describe.each([360, 1024, 1600])('the explorer at %i px', (width) => {
  it('sizes by PageRank (the most central entity largest) and colours one colour per community, without an error', async () => {
    await open(width, '#whole=1');
    const before = await drawn();
    // Narrow screens open with the side panels closed (collapsible-panels.ts).
    if (width <= 700) await page.click('button[aria-controls=sidebar]');
    await page.selectOption('#size-by', 'pageRank');
    await page.selectOption('#color-by', 'community');
    await page.waitForFunction(() => document.body.dataset.styled === 'pageRank community');
    const after = await drawn();
    const ids = Object.keys(after);
    expect(ids.filter((id) => after[id]![0] !== before[id]![0]).length).toBeGreaterThan(ids.length / 2);

    const api = await measures();
    const top = [...api].sort((a, b) => b.pageRank - a.pageRank || (a.id < b.id ? -1 : 1))[0]!;
    const largest = ids.reduce((best, id) => (after[id]![0] > after[best]![0] ? id : best));
    expect(largest).toBe(top.id);
    await expect(page.locator('#top-entities li').first().getAttribute('data-id')).resolves.toBe(top.id);

    // The largest communities have colours of their own: members share one, no two share it.
    const colourOf = new Map<number, Set<string>>();
    for (const m of api.filter((e) => e.community < 5))
      colourOf.set(m.community, new Set([...(colourOf.get(m.community) ?? []), after[m.id]![1]]));
    for (const colours of colourOf.values()) expect(colours.size).toBe(1);
    expect(new Set([...colourOf.values()].map((c) => [...c][0])).size).toBe(colourOf.size);

    const canvas = await page.locator('#graph').boundingBox();
    expect(canvas!.width).toBeGreaterThan(width * 0.45);
    await page.screenshot({ path: screenshotPath(`explorer-pagerank-communities-${width}`) });
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe('a link to an entity', () => {
  it('opens it selected with its details, and leaves no stale text in the search box', async () => {
    await open(1024, '#entity=person:nika-poliakov');
    await expect(page.locator('[data-testid=entity-name]').textContent()).resolves.toBe('Nika Poliakov');
    await expect(page.locator('#search').inputValue()).resolves.toBe('');
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe('the timeline under the graph', () => {
  it('sets the year filter with a brush, and the graph then shows only relations of those years', async () => {
    await open(1024, '#whole=1');
    const shownEdges = () =>
      page.evaluate(() => (window as any).explorer.view.visibleCounts().edges as number);
    const all = await shownEdges();
    await expect(page.locator('#timeline .bar').count()).resolves.toBeGreaterThan(10);
    const box = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /years=\d+-\d+/.test(location.hash));
    // The browser applies a new URL on its hashchange event, a task after the change itself.
    await explorer.settled();
    const [from, to] = (await page.evaluate(() =>
      /years=(\d+)-(\d+)/.exec(location.hash)!.slice(1).map(Number),
    )) as [number, number];
    expect(from).toBeLessThan(to);
    const years = await page.evaluate(() => {
      const { graph, view } = (window as any).explorer;
      return graph
        .filterEdges((edge: string) => view.edgeShown(edge))
        .map((edge: string) => [
          graph.getEdgeAttribute(edge, 'earliestYear'),
          graph.getEdgeAttribute(edge, 'latestYear'),
        ]);
    });
    expect(years.length).toBeGreaterThan(0);
    expect(years.length).toBeLessThan(all);
    for (const [earliest, latest] of years)
      expect((latest === null || latest >= from) && (earliest === null || earliest <= to)).toBe(true);
    await expect(page.locator('#year-ticks span').allTextContents()).resolves.toEqual([
      '1880',
      '1920',
      '1960',
      '2000',
    ]);
    await page.screenshot({ path: screenshotPath('explorer-timeline-brush') });
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});

describe('hiding isolated entities', () => {
  it('leaves out of the whole graph every entity no shown relation touches, and labels edges by type when zoomed in', async () => {
    await open(1600, '#whole=1');
    const visible = () => page.evaluate(() => (window as any).explorer.view.visibleCounts().nodes as number);
    const all = await visible();
    const [row] = await explorer.server.db.read(
      "MATCH (n:Entity) WHERE NOT EXISTS { (n)-[r]-(:Entity) WHERE type(r) <> 'RETRACTED' } RETURN count(n) AS n",
    );
    expect(Number(row!.n)).toBeGreaterThan(0);
    await page.locator('#hide-isolated').check();
    await page.waitForFunction(() => location.hash.includes('isolated=0'));
    await explorer.settled();
    expect(await visible()).toBe(all - Number(row!.n));
    // Zoomed in close, the drawn edges carry their type as a label.
    const label = await page.evaluate(async () => {
      const { sigma, graph } = (window as any).explorer;
      await sigma.getCamera().animate({ ratio: 0.2 }, { duration: 0 });
      // Labels are placed, where they fit, once a frame at this zoom is drawn (label-layout.ts).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const edge = [...sigma.getEdgeDisplayedLabels()].find((e) => sigma.getEdgeDisplayData(e)?.label);
      return [sigma.getEdgeDisplayData(edge)?.label, graph.getEdgeAttribute(edge, 'relationType')];
    });
    expect(label[0]).toBe(String(label[1]).toLowerCase().replace(/_/g, ' '));
    await page.screenshot({ path: screenshotPath('explorer-zoomed-edge-labels') });
    expect(explorer.browser.pageErrors).toEqual([]);
  });
});
