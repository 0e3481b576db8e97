/**
 * The explorer's connect mode (in Chromium, at phone and laptop widths) offers paths that mean
 * something: Gorky to Poliakov avoids vague places by default (no Siberia), lists the paths
 * surest first with their score and every hop's certainty, leaves out an entity clicked in a
 * path, and draws what the API gives once vague places are let back in; the URL keeps every
 * option. Screenshots go to test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { VAGUE_PLACE_KINDS } from '../../src/domain/vocabulary';
import { screenshotPath } from '../support/browser';
import { pageSession } from '../support/page-session';

const GORKY = 'person:maxim-gorky';
const POLIAKOV = 'person:nika-poliakov';
/** Relation types ticked under Filters: enough for paths of several certainties, some through Siberia. */
const TYPES = ['ASSOCIATE_OF', 'WROTE_TO', 'PERSECUTED', 'IMPRISONED_AT', 'BORN_IN', 'PARTNER_OF'];

const session = pageSession();
let page: Page;

/** Waits until paths are listed and drawn and the layout settled; `absent` not drawn, or exactly `nodes`. */
async function pathsShown(wanted: { absent?: string; nodes?: string[] } = {}): Promise<void> {
  await page.waitForFunction(
    ({ absent, nodes }) => {
      const { graph, view } = (window as any).explorer;
      return (
        document.querySelectorAll('[data-testid=path]').length > 0 &&
        graph.order > 0 &&
        !view.isLayoutRunning() &&
        (absent === undefined || !graph.hasNode(absent)) &&
        (nodes === undefined || graph.nodes().sort().join() === nodes.join())
      );
    },
    wanted,
    { timeout: 60_000 },
  );
}

function drawnIds(): Promise<string[]> {
  return page.evaluate(() => (window as any).explorer.graph.nodes() as string[]);
}

async function vaguePlaceIds(): Promise<Set<string>> {
  const [row] = await session.server.db.read(
    'MATCH (n:Entity) WHERE n.placeKind IN $kinds RETURN collect(n.id) AS ids',
    {
      kinds: VAGUE_PLACE_KINDS,
    },
  );
  return new Set(row!.ids as string[]);
}

describe.each([360, 1024])('connect mode at %i px', (width) => {
  it('connects Gorky and Poliakov not through Siberia, surest first, and leaves out what is clicked', async () => {
    page = await session.open(width);
    await page.goto(`${session.server.url}/#mode=connect&from=${GORKY}&to=${POLIAKOV}&types=${TYPES.join()}`);
    await pathsShown();

    // Every entity of the paths is shown: the ticked types are the paths' own.
    const [shown, drawn] = await page.evaluate(() => {
      const { graph, view } = (window as any).explorer;
      return [view.visibleCounts().nodes as number, graph.order as number];
    });
    expect(shown).toBe(drawn);

    // Vague places are avoided by default: none is drawn, Siberia least of all.
    await expect(page.locator('#avoid-vague').isChecked()).resolves.toBe(true);
    const vague = await vaguePlaceIds();
    expect(vague.has('place:siberia')).toBe(true);
    expect((await drawnIds()).filter((id) => vague.has(id))).toEqual([]);

    // Ranked surest first, each with its score and every hop's certainty.
    const scores = (await page
      .locator('[data-testid=path]')
      .evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('data-score'))))) as number[];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBeGreaterThan(1);
    await expect(page.locator('[data-testid=path] strong').first().textContent()).resolves.toMatch(
      /score \d\.\d\d/,
    );
    const hops = await page.locator('[data-testid=path] > ol > li').count();
    await expect(page.locator('[data-testid=path] > ol > li > .certainty').count()).resolves.toBe(hops);
    const canvas = await page.locator('#graph').boundingBox();
    expect(canvas!.width).toBeGreaterThan(width * 0.45);
    await page.screenshot({ path: screenshotPath(`explorer-connect-${width}`) });
    await page
      .locator('[data-testid=path]')
      .first()
      .screenshot({ path: screenshotPath(`explorer-connect-first-path-${width}`) });

    // Clicking ⊘ by an entity in a path leaves it out of every path, and the URL keeps that.
    const exclude = page.locator('[data-testid=path] [data-exclude]').last();
    const excluded = (await exclude.getAttribute('data-exclude'))!;
    await exclude.click();
    await page.waitForFunction((id) => location.hash.includes(`exclude=${id}`), excluded);
    await pathsShown({ absent: excluded });
    await expect(page.locator(`[data-testid=path] [data-exclude="${excluded}"]`).count()).resolves.toBe(0);
    await expect(page.locator(`#excluded [data-include="${excluded}"]`).count()).resolves.toBe(1);

    // Letting vague places back in draws exactly what the API then gives: Siberia among it.
    // Narrow screens open with the side panels closed (collapsible-panels.ts).
    if (width <= 700) await page.click('button[aria-controls=sidebar]');
    await page.locator('#avoid-vague').uncheck();
    await page.waitForFunction(() => location.hash.includes('vague=1'));
    const answer = await session.server.post(
      `{ paths(from: "${GORKY}", to: "${POLIAKOV}", first: 5, maxHops: 6, types: [${TYPES.join()}], excludeVaguePlaces: false, excludeIds: ["${excluded}"]) { nodes { id } } }`,
    );
    const expected = [
      ...new Set(
        (answer.json.data.paths as { nodes: { id: string }[] }[]).flatMap((p) => p.nodes.map((n) => n.id)),
      ),
    ].sort();
    expect(expected).toContain('place:siberia');
    await pathsShown({ nodes: expected });
    await page.screenshot({ path: screenshotPath(`explorer-connect-vague-${width}`) });

    // An entity of a path, selected, can be left out from its details too.
    const second = expected.find((id) => id !== GORKY && id !== POLIAKOV && id !== 'place:siberia')!;
    await page.goto(`${session.server.url}/${await page.evaluate(() => location.hash)}&sel=${second}`);
    await page.locator(`#details .exclude-offer [data-exclude="${second}"]`).click();
    await page.waitForFunction((id) => location.hash.includes(id) && !location.hash.includes('sel='), second);
    await pathsShown({ absent: second });
    await page
      .locator('#connect-controls')
      .screenshot({ path: screenshotPath(`explorer-connect-options-${width}`) });
    expect(session.browser.pageErrors).toEqual([]);
  });
});
