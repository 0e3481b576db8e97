/**
 * The two pages in a real browser (Chromium through playwright-core), served by the real HTTP
 * app on the test database. Any request to a host other than this machine is blocked and
 * recorded, and each test asserts there was none: the pages work with the network cable pulled.
 * Screenshots go to test-output/screenshots/ (git-ignored) for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotPath } from '../support/browser';
import { pageSession } from '../support/page-session';

const session = pageSession();
let page: Page;

// The browser context's own size (support/browser.ts), on a fresh page whose errors and
// outside requests start empty.
beforeEach(async () => {
  page = await session.open(1440);
  await page.setViewportSize({ width: 1440, height: 900 });
});

function nothingLeftThisMachine(): void {
  expect(session.browser.externalRequests).toEqual([]);
  expect(session.browser.pageErrors).toEqual([]);
}

const EXAMPLES = fs
  .readdirSync(path.resolve(__dirname, '..', '..', 'docs', 'queries'))
  .filter((name) => name.endsWith('.graphql'));

describe('the GraphQL IDE at GET /graphql', () => {
  it('loads from this server alone, opens the example operations as tabs and runs one', async () => {
    await page.goto(`${session.server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await expect(page.title()).resolves.toContain('GraphQL IDE');

    // One tab per example operation of docs/queries.
    const tabs = page.locator('.graphiql-tab-button');
    expect(EXAMPLES.length).toBeGreaterThan(0);
    await expect(tabs.count()).resolves.toBe(EXAMPLES.length);

    // Run the open tab's operation (once its editor is up) and wait for the answer in the response pane.
    await page.locator('.graphiql-query-editor .view-line').first().waitFor();
    const response = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('"operationName"'),
    );
    await page.locator('.graphiql-execute-button').click();
    const answer = await (await response).json();
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toBeTruthy();
    await page.locator('.result-window').getByText('"data"').waitFor();

    // The schema explorer lists the root type's fields.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.getByRole('region', { name: 'Documentation Explorer' });
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('neighborhood', { exact: true }).first().waitFor();

    // The headers pane is there (curators send Authorization: Bearer ...).
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.getByRole('region', { name: 'Headers' }).waitFor();

    await page.screenshot({ path: screenshotPath('graphiql') });
    nothingLeftThisMachine();
  });

  it('still answers GraphQL clients at the same address', async () => {
    const response = await fetch(`${session.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "person:nika-poliakov") { name } }' }),
    });
    expect(await response.json()).toMatchObject({ data: { entity: { name: 'Nika Poliakov' } } });
  });
});

async function explorer(): Promise<{ order: number; hasNode(id: string): Promise<boolean> }> {
  return {
    order: await page.evaluate(() => (window as any).explorer.graph.order as number),
    hasNode: (id: string) =>
      page.evaluate((node) => (window as any).explorer.graph.hasNode(node) as boolean, id),
  };
}

/** The id and the named attributes of every drawn edge the filters show. */
function shownEdges(...names: string[]): Promise<[string, ...unknown[]][]> {
  return page.evaluate((names) => {
    const { graph, view } = (window as any).explorer;
    return graph
      .filterEdges((edge: string) => view.edgeShown(edge))
      .map((edge: string) => [edge, ...names.map((name) => graph.getEdgeAttribute(edge, name))]);
  }, names);
}

/** Until the URL's state is applied, the layout has stopped and the camera's fit animation ended. */
async function waitForLayout(): Promise<void> {
  await page.waitForFunction(() => (window as any).explorer?.still() === true, undefined, {
    timeout: 30_000,
  });
}

/**
 * A point of the canvas where a click lands on one of the edges between `a` and `b`: the layout
 * starts from random positions, so a node, a label or a crossing edge may lie over any given
 * point of it. Asks sigma's own hit test (what its click handler uses) after a fresh render,
 * at whole pixels as a mouse event reports them.
 */
async function pointOnEdge(a: string, b: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([from, to]) => {
      const { graph, view, sigma } = (window as any).explorer;
      const between: string[] = [...graph.edges(from, to), ...graph.edges(to, from)];
      sigma.refresh();
      for (const edge of between) {
        for (let step = 1; step < 40; step++) {
          const at = view.edgeMidpointOnScreen(
            edge,
            0.5 + (step % 2 === 0 ? 1 : -1) * Math.floor(step / 2) * 0.025,
          );
          const pixel = { x: Math.round(at.x), y: Math.round(at.y) };
          if (
            sigma.getNodeAtPosition(pixel) === null &&
            between.includes(sigma.getEdgeAtPoint(pixel.x, pixel.y))
          )
            return pixel;
        }
      }
      return null;
    },
    [a, b],
  );
  if (!point) throw new Error(`no point of an edge between ${a} and ${b} can be clicked in this layout`);
  return point;
}

describe('the network explorer at /', () => {
  it('searches "Poliakov", draws the neighbourhood with Bekhterev, and shows an edge\'s evidence', async () => {
    await page.goto(`${session.server.url}/`);
    await page.locator('#search').fill('Poliakov');
    const hit = page.locator('#search-hits li[data-id="person:nika-poliakov"]');
    await hit.waitFor();
    await hit.dispatchEvent('mousedown');

    await expect(page.locator('[data-testid=entity-name]').textContent()).resolves.toBe('Nika Poliakov');
    await page.locator('[data-testid=neighbours] [data-neighbour="person:vladimir-bekhterev"]').waitFor();
    expect(await (await explorer()).hasNode('person:vladimir-bekhterev')).toBe(true);
    expect(page.url()).toContain('entity=person:nika-poliakov');
    await waitForLayout();
    await page.screenshot({ path: screenshotPath('explorer-neighbourhood') });

    // Click the Poliakov–Bekhterev edge on the canvas itself, once.
    const canvas = await page.locator('#graph').boundingBox();
    const point = await pointOnEdge('person:nika-poliakov', 'person:vladimir-bekhterev');
    await page.mouse.click(canvas!.x + point.x, canvas!.y + point.y);
    await page.locator('[data-testid=relation]').waitFor();

    const shown = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('rel'));
    const rows = await session.server.db.read(
      'MATCH (c:Citation {relationId: $id}) RETURN c.quote AS quote ORDER BY c.position',
      { id: shown },
    );
    expect(rows.length).toBeGreaterThan(0);
    const quotes = await page.locator('[data-testid=quote]').allTextContents();
    expect(quotes).toEqual(rows.map((row) => row.quote));
    // And what it rests on: the text's words, a curator's inference or a curator's knowledge.
    const [stored] = await session.server.db.read(
      "MATCH ()-[r]->() WHERE r.id = $id RETURN coalesce(r.basis, 'TEXT') AS basis",
      { id: shown },
    );
    const basis = await page.locator('[data-testid=basis]').textContent();
    expect(basis).toContain(
      { TEXT: 'stated by the text', INFERENCE: 'inference', CURATOR: "curator's knowledge" }[
        String(stored?.basis)
      ],
    );
    // The relation clicked, between the two, is the one whose evidence is shown.
    expect(shown).toMatch(/nika-poliakov/);
    expect(shown).toMatch(/vladimir-bekhterev/);
    // The evidence links to its source's own view.
    const sourceLink = page.locator('[data-testid=source-link]').first();
    expect(await sourceLink.getAttribute('href')).toMatch(/^#entity=source:/);
    await page.screenshot({ path: screenshotPath('explorer-evidence') });
    nothingLeftThisMachine();
  });

  it('keeps the view in the URL: a shared link restores entity, selection and filters', async () => {
    await page.goto(
      `${session.server.url}/#entity=person:nika-poliakov&sel=person:nika-poliakov&cert=ATTESTED`,
    );
    await page.locator('[data-testid=entity-name]').waitFor();
    expect(await page.locator('#certainty-filter input[value=ATTESTED]').isChecked()).toBe(true);
    expect(await page.locator('#certainty-filter input[value=PROBABLE]').isChecked()).toBe(false);
    // Every drawn relation that is shown is attested; the others are hidden.
    const shown = (await shownEdges('certainty')).map(([, certainty]) => certainty);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['ATTESTED']));

    // Ticking a box changes the URL, and the back button undoes it.
    await page.locator('#certainty-filter input[value=PROBABLE]').check();
    await page.waitForFunction(() => location.hash.includes('cert=ATTESTED,PROBABLE'));
    await page.goBack();
    await page.waitForFunction(() => /cert=ATTESTED(&|$)/.test(location.hash));
    await waitForLayout();
    expect(await page.locator('#certainty-filter input[value=PROBABLE]').isChecked()).toBe(false);
    nothingLeftThisMachine();
  });

  it('filters by basis: only the relations resting on an inference or a curator are shown, and the measures follow', async () => {
    const measureRequests: unknown[] = [];
    page.on('request', (request) => {
      const body = request.postDataJSON?.() as { query?: string; variables?: unknown } | null;
      if (body?.query?.includes('networkMeasures')) measureRequests.push(body.variables);
    });
    await page.goto(`${session.server.url}/#whole=1&basis=INFERENCE,CURATOR&size=pageRank`);
    await waitForLayout();
    await page.waitForFunction(() => document.body.dataset.styled === 'pageRank kind');
    expect(await page.locator('#basis-filter input[value=TEXT]').isChecked()).toBe(false);
    expect(await page.locator('#basis-filter input[value=CURATOR]').isChecked()).toBe(true);
    const shown = await shownEdges('basis');
    const stored = await session.server.db.read(
      "MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'RETRACTED' AND r.basis IN ['INFERENCE', 'CURATOR'] RETURN r.id AS id",
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(shown.map(([edge]) => edge).sort()).toEqual(stored.map((row) => row.id).sort());
    expect(new Set(shown.map(([, basis]) => basis))).toEqual(new Set(['INFERENCE', 'CURATOR']));
    expect(measureRequests).toContainEqual(expect.objectContaining({ basis: ['INFERENCE', 'CURATOR'] }));

    await page.locator('#basis-filter input[value=TEXT]').check();
    await page.waitForFunction(() => !location.hash.includes('basis='));
    await waitForLayout();
    expect((await shownEdges()).length).toBeGreaterThan(shown.length);
    nothingLeftThisMachine();
  });

  it('filters by year range: relations outside it are hidden', async () => {
    await page.goto(`${session.server.url}/#whole=1&years=1933-1933&undated=0`);
    await waitForLayout();
    const years = (await shownEdges('earliestYear', 'latestYear')) as [
      string,
      number | null,
      number | null,
    ][];
    expect(years.length).toBeGreaterThan(0);
    for (const [, earliest, latest] of years) {
      expect(earliest === null || earliest <= 1933).toBe(true);
      expect(latest === null || latest >= 1933).toBe(true);
      expect(earliest !== null || latest !== null).toBe(true);
    }
    expect(await page.locator('#year-label').textContent()).toBe('1933–1933');
    nothingLeftThisMachine();
  });

  it('draws the whole graph', async () => {
    await page.goto(`${session.server.url}/`);
    await page.getByRole('button', { name: 'Whole graph' }).click();
    await waitForLayout();
    const [row] = await session.server.db.read('MATCH (n:Entity) RETURN count(n) AS n');
    expect((await explorer()).order).toBe(Number(row!.n));
    await page.screenshot({ path: screenshotPath('explorer-whole-graph') });
    nothingLeftThisMachine();
  });

  it('connect mode: shortest paths between two entities, hop by hop with evidence', async () => {
    await page.goto(`${session.server.url}/#mode=connect&from=person:maxim-gorky&to=person:nika-poliakov`);
    const firstPath = page.locator('[data-testid=path]').first();
    await firstPath.waitFor();
    const api = await fetch(`${session.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", first: 5, maxHops: 6) { length relations { evidence { quote } } } }',
      }),
    }).then((r) => r.json());
    const expected = api.data.paths;
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator('[data-testid=path]').count()).resolves.toBe(expected.length);
    // Every hop of the first path shows its quotes.
    const quotes = await firstPath.locator('[data-testid=quote]').allTextContents();
    expect(quotes).toEqual(
      expected[0].relations.flatMap((r: { evidence: { quote: string }[] }) => r.evidence.map((e) => e.quote)),
    );
    await expect(page.locator('#connect-from').inputValue()).resolves.toBe('Maxim Gorky');
    await waitForLayout();
    await page.screenshot({ path: screenshotPath('explorer-connect') });
    nothingLeftThisMachine();
  });
});

describe("the explorer's search box", () => {
  // The titles issue 10 found missing, as the texts print them.
  const TITLES: { text: string; id: string }[] = [
    { text: 'The Gulag Archipelago', id: 'source:solzhenitsyn-the-gulag-archipelago-1973' },
    { text: 'The Mordovian Marathon', id: 'source:kuznetsov-the-mordovian-marathon-1979' },
    { text: 'Law of Spikelets', id: 'law:law-of-spikelets' },
    { text: 'Order No. 270', id: 'law:order-no-270' },
    { text: 'Article 121 of the RSFSR Criminal Code', id: 'law:rsfsr-121' },
    {
      text: 'One Day in the Life of Ivan Denisovich',
      id: 'source:solzhenitsyn-one-day-in-the-life-of-ivan-denisovich-1962',
    },
  ];

  it.each(TITLES)('lists "$text" first when it is typed', async ({ text, id }) => {
    await page.goto(`${session.server.url}/`);
    // The request the box sends once the whole text is typed (earlier keystrokes ask too).
    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') && JSON.parse(r.request().postData() ?? '{}').variables?.text === text,
    );
    await page.locator('#search').pressSequentially(text);
    const answer = await (await answered).json();
    expect(answer.data.search[0]?.entity.id).toBe(id);
    await page.locator(`#search-hits li:first-child[data-id="${id}"]`).waitFor();
    await page.screenshot({ path: screenshotPath(`explorer-search-${id.replace(/[^a-z0-9]+/g, '-')}`) });
    nothingLeftThisMachine();
  });
});
