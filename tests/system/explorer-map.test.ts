/**
 * The explorer's map (in Chromium, at phone, laptop and wide widths): every place of data/ with
 * coordinates is drawn as a mark over the offline basemap, the year filter changes the arcs of
 * people's moves (only moves between stays of those years remain), clicking a camp shows who was
 * held there with the texts' words, and nothing logs an error. Screenshots go to
 * test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { parseDataset } from '../../src/dataset/read-dataset';
import { screenshotPath } from '../support/browser';
import { realFiles } from '../support/dataset-files';
import { pageSession } from '../support/page-session';
import { MAP_RELATION_TYPES } from '../../web/explorer/map-stays';

const session = pageSession();
let page: Page;

const dataset = parseDataset(realFiles);
const located = dataset.entities.filter((e) => e.kind === 'PLACE' && e.coordinates);
const unlocated = new Set(
  dataset.entities.filter((e) => e.kind === 'PLACE' && !e.coordinates).map((e) => e.id),
);
/** People's stays at places the map cannot draw: it counts them instead. */
const staysElsewhere = dataset.relations.filter(
  (r) => (MAP_RELATION_TYPES as readonly string[]).includes(r.type) && unlocated.has(r.to),
).length;

async function open(width: number, hash: string): Promise<void> {
  page = await session.open(width);
  await page.goto(`${session.server.url}/${hash}`);
  await page.waitForFunction(() => document.body.dataset.mapDrawn !== undefined, undefined, {
    timeout: 60_000,
  });
}

interface DrawnArc {
  person: string;
  from: string;
  to: string;
  relations: string[];
}

function arcs(): Promise<DrawnArc[]> {
  return page.$$eval('#map .arc[data-person]', (paths) =>
    paths.map((p) => ({
      person: p.getAttribute('data-person')!,
      from: p.getAttribute('data-from')!,
      to: p.getAttribute('data-to')!,
      relations: p.getAttribute('data-relations')!.split(' '),
    })),
  );
}

/** The first and last year each relation's date can mean, as the API gives them. */
async function yearsOf(ids: string[]): Promise<Map<string, [number, number]>> {
  const query = `{ ${ids.map((id, i) => `r${i}: relation(id: ${JSON.stringify(id)}) { date { earliest latest } }`).join(' ')} }`;
  const { json } = await session.server.post(query);
  return new Map(
    ids.map((id, i) => {
      const date = json.data[`r${i}`].date as { earliest: string | null; latest: string | null };
      return [
        id,
        [Number((date.earliest ?? '0000').slice(0, 4)), Number((date.latest ?? '9999').slice(0, 4))],
      ];
    }),
  );
}

describe.each([360, 1024, 1600])('the map at %i px', (width) => {
  it('draws every place with coordinates over the basemap, without an error', async () => {
    await open(width, '#view=map');
    const marks = await page.$$eval('#map .mark[data-place]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-place')),
    );
    expect(marks.sort()).toEqual(located.map((p) => p.id).sort());
    await expect(page.locator('#map .land path').count()).resolves.toBeGreaterThan(100);
    // Every mark lies inside the drawn map.
    const box = (await page.locator('#map').boundingBox())!;
    expect(box.width).toBeGreaterThan(width * 0.45);
    for (const mark of await page.locator('#map .mark').all()) {
      const b = (await mark.boundingBox())!;
      expect(b.x + b.width / 2).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width / 2).toBeLessThanOrEqual(box.x + box.width);
      expect(b.y + b.height / 2).toBeGreaterThanOrEqual(box.y);
      expect(b.y + b.height / 2).toBeLessThanOrEqual(box.y + box.height);
    }
    await expect(page.locator('#view-map').getAttribute('aria-selected')).resolves.toBe('true');
    // What the map cannot draw is said, not hidden.
    expect(staysElsewhere).toBeGreaterThan(0);
    await expect(page.locator('#status').textContent()).resolves.toContain(
      ` ${staysElsewhere} at places with no point on the map`,
    );
    await page.screenshot({ path: screenshotPath(`explorer-map-${width}`) });
    expect(session.browser.pageErrors).toEqual([]);
  });
});

describe('the map under the year filter', () => {
  it('keeps only the moves between stays of the chosen years', async () => {
    await open(1024, '#view=map');
    const all = await arcs();
    expect(all.length).toBeGreaterThan(1);
    // Years in which some move drawn has both its stays: the overlap of their dates.
    const years = await yearsOf(all.flatMap((a) => a.relations));
    const overlaps = all.map((arc) => {
      const [a, b] = arc.relations.map((id) => years.get(id)!) as [[number, number], [number, number]];
      return [Math.max(a[0], b[0], 1860), Math.min(a[1], b[1], 2025)] as [number, number];
    });
    const range = overlaps.find(([from, to]) => from <= to)!;
    expect(range).toBeDefined();
    await page.evaluate(([a, b]) => {
      for (const [id, value] of [
        ['year-from', a],
        ['year-to', b],
      ] as const) {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = String(value);
        input.dispatchEvent(new Event('change'));
      }
    }, range);
    await page.waitForFunction(
      (expected) => document.body.dataset.mapDrawn?.startsWith(expected),
      `${range[0]}-${range[1]}`,
    );
    const kept = await arcs();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    const keptYears = await yearsOf(kept.flatMap((a) => a.relations));
    for (const arc of kept)
      for (const relation of arc.relations) {
        const [earliest, latest] = keptYears.get(relation)!;
        expect(latest >= range[0] && earliest <= range[1]).toBe(true);
      }
    await page.screenshot({ path: screenshotPath('explorer-map-years') });
    expect(session.browser.pageErrors).toEqual([]);
  });
});

describe('a camp clicked on the map', () => {
  it('shows a person held there with the words of the text; a mark opens from the keyboard too', async () => {
    await open(1600, '#view=map');
    const camp = page.locator('#map .mark[data-kind=camp]:not(.empty)').first();
    const id = (await camp.getAttribute('data-place'))!;
    await camp.click();
    await page.waitForFunction(() => location.hash.includes('sel=place:'));
    await page.locator('[data-testid=stays] [data-testid=quote]').first().waitFor();
    const { json } = await session.server.post(
      `{ entity(id: ${JSON.stringify(id)}) { name ... on Place { prisoners(first: 100) { nodes { from { name } evidence { quote } } } } } }`,
    );
    const place = json.data.entity as {
      name: string;
      prisoners: { nodes: { from: { name: string }; evidence: { quote: string }[] }[] };
    };
    await expect(page.locator('[data-testid=place-name]').textContent()).resolves.toBe(place.name);
    const people = await page.locator('[data-testid=stays] [data-testid=person]').allTextContents();
    const quotes = await page.locator('[data-testid=stays] [data-testid=quote]').allTextContents();
    const held = place.prisoners.nodes;
    expect(held.length).toBeGreaterThan(0);
    expect(people).toContain(held[0]!.from.name);
    expect(quotes).toContain(held[0]!.evidence[0]!.quote);
    await expect(page.locator('[data-testid=coordinates]').textContent()).resolves.toMatch(
      /Curator's knowledge, not from the texts/,
    );
    await page.screenshot({ path: screenshotPath('explorer-map-camp') });
    // From the keyboard: a mark in the tab order opens with Enter.
    const city = page.locator('#map .mark[data-kind=city]:not(.empty)').first();
    const cityId = (await city.getAttribute('data-place'))!;
    await city.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash.includes(`sel=${id}`), cityId);
    expect(session.browser.pageErrors).toEqual([]);
  });
});

describe('zooming the map', () => {
  it('spreads crowded places apart about the pointer, and "Whole map" shows all again', async () => {
    await open(1600, '#view=map');
    const centre = async (id: string) => {
      const b = (await page.locator(`#map .mark[data-place="${id}"]`).boundingBox())!;
      return [b.x + b.width / 2, b.y + b.height / 2] as [number, number];
    };
    const apart = async () => {
      const [a, b] = [await centre('place:moscow'), await centre('place:marfino-sharashka')];
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    };
    const before = await apart();
    const moscow = await centre('place:moscow');
    // The pointer lands on whole pixels: Moscow is off it by a fraction, which zooming multiplies.
    const pointer = moscow.map(Math.round) as [number, number];
    const off = Math.hypot(moscow[0] - pointer[0], moscow[1] - pointer[1]);
    await page.mouse.move(...pointer);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
    await page.waitForFunction((d) => {
      const box = (id: string) =>
        document.querySelector(`#map .mark[data-place="${id}"]`)!.getBoundingClientRect();
      const [a, b] = [box('place:moscow'), box('place:marfino-sharashka')];
      return (
        Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2) > d * 4
      );
    }, before);
    const after = await centre('place:moscow');
    // At most 16 times closer: the place under the pointer stays under it.
    expect(Math.hypot(after[0] - pointer[0], after[1] - pointer[1])).toBeLessThanOrEqual(16 * off + 1);
    await page.screenshot({ path: screenshotPath('explorer-map-zoomed') });
    await page.locator('#map .map-reset').click();
    // Back where it was before the zoom.
    await page.waitForFunction(([x, y]) => {
      const b = document.querySelector('#map .mark[data-place="place:moscow"]')!.getBoundingClientRect();
      return Math.hypot(b.x + b.width / 2 - x, b.y + b.height / 2 - y) < 0.5;
    }, moscow);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
