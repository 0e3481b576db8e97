/**
 * Every entity of data/ is found first by each of its names (name and every alias), typed as
 * printed, through the GraphQL API. Where several entities bear the same folded name (case,
 * diacritics and punctuation aside), all of them come before any other hit, in whatever order.
 */
import { readConfig } from '../src/config';
import { readDataset } from '../src/dataset/read-dataset';
import { foldName } from '../src/domain/name-keys';
import { searchIds } from './support/batched-search';
import { TestApi } from './support/test-api';

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
  const answers = await searchIds(api, checks.map((check) => ({ text: check.text, first: check.bearers.length })));
  const failures = checks.map((check, i) => ({ ...check, got: answers[i]! })).filter((check) => [...check.got].sort().join() !== check.bearers.join());
  const entities = new Set(checks.map((c) => c.entityId)).size;
  const namesMissed = failures.filter((f) => f.isName).length;
  console.log(
    `search: checked ${checks.length} names (names and aliases) of ${entities} entities; ` +
      `${checks.length - failures.length} found first, ${failures.length} not, of which ${namesMissed} entities' own names`,
  );
  expect(failures).toEqual([]);
  expect(checks.length).toBeGreaterThan(entities);
});
