/**
 * Every example operation in docs/queries runs against the loaded seed graph and answers its
 * question: the key facts of each answer are asserted here, so the documentation cannot rot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TestApi } from '../support/test-api';
import { nonEmpty } from '../support/non-empty';

const DIR = path.join(__dirname, '..', '..', 'docs', 'queries');
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

type Check = (data: any) => void;

const names = (list: { name: string }[]) => list.map((x) => x.name);

const CHECKS: Record<string, Check> = {
  '01-convictions-and-imprisonments.graphql': (data) => {
    const person = data.entity;
    expect(person.name).toBe('Nika Poliakov');
    expect(person.convictions.nodes.map((c: any) => c.law.name)).toContain(
      'Article 58 of the RSFSR Criminal Code',
    );
    expect(person.imprisonments.nodes.length).toBeGreaterThan(0);
    for (const relation of [...person.convictions.nodes, ...person.imprisonments.nodes]) {
      expect(relation.evidence.length).toBeGreaterThan(0);
      expect(relation.evidence[0].quote.length).toBeGreaterThan(10);
    }
  },
  '02-who-wrote-to-stalin-in-1933.graphql': (data) => {
    const senders = data.entity.lettersReceived.nodes.map((l: any) => l.sender.id);
    expect(senders).toContain('person:genrikh-yagoda');
    const yagoda = data.entity.lettersReceived.nodes.find(
      (l: any) => l.sender.id === 'person:genrikh-yagoda',
    );
    expect(JSON.stringify(yagoda.evidence)).toMatch(/pederast|homosexual/i);
  },
  '03-how-are-gorky-and-poliakov-connected.graphql': (data) => {
    expect(data.paths.length).toBeGreaterThan(0);
    for (const p of data.paths) {
      expect(p.nodes[0].id).toBe('person:maxim-gorky');
      expect(p.nodes.at(-1).id).toBe('person:nika-poliakov');
      for (const r of p.relations) expect(r.evidence.length).toBeGreaterThan(0);
    }
  },
  '04-what-does-the-healey-interview-attest.graphql': (data) => {
    expect(data.entity.claims.totalCount).toBeGreaterThan(20);
    const claims = data.entity.claims.nodes;
    expect(claims.some((c: any) => c.type === 'INTERVIEWED' && c.to.name === 'Dan Healey')).toBe(true);
    for (const c of nonEmpty<any>(claims))
      expect(c.evidence.map((e: any) => e.source.id)).toContain('source:seed-001-healey-interview');
  },
  '05-which-works-cite-the-gulag-archipelago.graphql': (data) => {
    expect(names(data.entity.authors)).toContain('Aleksandr Solzhenitsyn');
    const citing = data.entity.citedBy.nodes.map((c: any) => c.citingWork.id);
    expect(citing).toEqual(
      expect.arrayContaining(['source:seed-000-gay-in-the-gulag', 'source:seed-003-gulag-encyclopedia']),
    );
  },
  '06-under-which-law-was-leo-klejn-sentenced.graphql': (data) => {
    expect(data.relations.totalCount).toBe(1);
    expect(data.relations.pageInfo.hasNextPage).toBe(false);
    expect(data.relations.nodes).toHaveLength(1);
    const law = data.relations.nodes[0].law;
    expect(law.name).toBe('Article 121 of the RSFSR Criminal Code');
    expect(names(law.predecessors)).toContain('Article 154-a of the RSFSR Criminal Code');
    expect(data.relations.nodes[0].evidence[0].quote).toMatch(/article 121/);
  },
  '07-find-by-any-spelling.graphql': (data) => {
    expect(data.search[0].entity.id).toBe('person:genrikh-yagoda');
  },
  '08-relations-resting-on-weak-evidence.graphql': (data) => {
    expect(data.weakRelations.totalCount).toBeGreaterThan(0);
    for (const r of nonEmpty<any>(data.weakRelations.nodes))
      expect(['POSSIBLE', 'DISPUTED', 'RUMOURED']).toContain(r.certainty);
    expect(
      data.weakRelations.nodes.some((r: any) => r.from.name === 'Maxim Gorky' && r.certainty === 'RUMOURED'),
    ).toBe(true);
  },
  '09-neighbourhood-for-a-drawing.graphql': (data) => {
    const ids = new Set(data.neighborhood.nodes.map((n: any) => n.id));
    expect(ids.has('person:vladimir-bekhterev')).toBe(true);
    expect(data.neighborhood.nodes.length).toBeGreaterThan(20);
    expect(data.neighborhood).toMatchObject({ truncated: false, reachable: data.neighborhood.nodes.length });
    for (const e of nonEmpty<any>(data.neighborhood.edges))
      expect(ids.has(e.from.id) && ids.has(e.to.id)).toBe(true);
  },
};

/** Every page in an answer: an example that shows "all" must not be cut without saying so. */
function pages(value: unknown, path = 'data'): { path: string; hasNextPage: boolean }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => pages(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value as Record<string, unknown>);
  const own = entries.flatMap(([key, child]) =>
    key === 'pageInfo' && child && typeof child === 'object' && 'hasNextPage' in child
      ? [{ path, hasNextPage: (child as { hasNextPage: boolean }).hasNextPage }]
      : [],
  );
  return [...own, ...entries.flatMap(([key, child]) => pages(child, `${path}.${key}`))];
}

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

describe('docs/queries', () => {
  it('has a check for every example operation', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(files)('%s answers its question', async (file) => {
    const query = fs.readFileSync(path.join(DIR, file), 'utf8');
    const result = await api.execute(query);
    expect(result.errors).toBeUndefined();
    CHECKS[file]?.(result.data);
    expect(pages(result.data).filter((page) => page.hasNextPage)).toEqual([]);
  });
});
