/**
 * Every entity of data/ is found first by each of its names (name and every alias), typed as
 * printed, through the GraphQL API. Where several entities bear the same folded name (case,
 * diacritics and punctuation aside), all of them come before any other hit, in whatever order.
 */
import { readConfig } from '../src/config';
import { readDataset } from '../src/dataset/read-dataset';
import { foldName } from '../src/domain/name-keys';
import { TestApi } from './support/test-api';

/** The API allows 30 aliases per document; each alias is one search. */
const SEARCHES_PER_REQUEST = 30;

interface NameCheck {
  text: string;
  entityId: string;
  /** The entity's name rather than one of its aliases. */
  isName: boolean;
  /** Every entity bearing this name: the first hits must be exactly these. */
  bearers: string[];
}

function namesOfDataset(): NameCheck[] {
  const { entities } = readDataset(readConfig().dataDir);
  const bearersByKey = new Map<string, Set<string>>();
  const names = entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])].map((text, i) => ({ text, entityId: entity.id, isName: i === 0 })));
  for (const { text, entityId } of names) {
    const key = foldName(text);
    bearersByKey.set(key, (bearersByKey.get(key) ?? new Set()).add(entityId));
  }
  return names.map((name) => ({ ...name, bearers: [...bearersByKey.get(foldName(name.text))!].sort() }));
}

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(async () => {
  await api.stop();
});

it('finds every entity of data/ first by its name and by every alias, typed as printed', async () => {
  const checks = namesOfDataset();
  const failures: (NameCheck & { got: string[] })[] = [];
  for (let start = 0; start < checks.length; start += SEARCHES_PER_REQUEST) {
    const batch = checks.slice(start, start + SEARCHES_PER_REQUEST);
    const declarations = batch.map((_, i) => `$t${i}: String!, $f${i}: Int!`).join(', ');
    const fields = batch.map((_, i) => `s${i}: search(text: $t${i}, first: $f${i}) { entity { id } }`).join('\n');
    const variables = Object.fromEntries(batch.flatMap((check, i) => [[`t${i}`, check.text], [`f${i}`, check.bearers.length]]));
    const data = await api.data<Record<string, { entity: { id: string } }[]>>(`query Names(${declarations}) {\n${fields}\n}`, variables);
    batch.forEach((check, i) => {
      const got = data[`s${i}`]!.map((hit) => hit.entity.id);
      if ([...got].sort().join() !== check.bearers.join()) failures.push({ ...check, got });
    });
  }
  const entities = new Set(checks.map((c) => c.entityId)).size;
  const namesMissed = failures.filter((f) => f.isName).length;
  console.log(
    `search: checked ${checks.length} names (names and aliases) of ${entities} entities; ` +
      `${checks.length - failures.length} found first, ${failures.length} not, of which ${namesMissed} entities' own names`,
  );
  expect(failures).toEqual([]);
  expect(checks.length).toBeGreaterThan(entities);
});
