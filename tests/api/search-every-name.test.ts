/**
 * Every entity of data/ is found first by each of its names (name and every alias), typed as
 * printed, through the GraphQL API. Where several entities bear the same folded name (case,
 * diacritics and punctuation aside), all of them come before any other hit, in whatever order.
 * The same holds for every name typed folded (lower case, no diacritics, no punctuation) and
 * without its little words, where the bearers are then the entities bearing that shorter name
 * with or without little words of their own.
 */
import { readConfig } from '../../src/config';
import { readDataset } from '../../src/dataset/read-dataset';
import { bareName, foldName } from '../../src/domain/name-keys';
import { searchIds } from '../support/batched-search';
import { TestApi } from '../support/test-api';

interface NameCheck {
  text: string;
  entityId: string;
  /** The entity's name rather than one of its aliases. */
  isName: boolean;
  /** Every entity bearing this name: the first hits must be exactly these. */
  bearers: string[];
}

function namesOfDataset() {
  const { entities } = readDataset(readConfig().dataDir);
  return entities.flatMap((entity) =>
    [entity.name, ...(entity.aliases ?? [])].map((text, i) => ({
      text,
      entityId: entity.id,
      isName: i === 0,
    })),
  );
}

function addBearer(index: Map<string, Set<string>>, key: string, id: string): void {
  index.set(key, (index.get(key) ?? new Set()).add(id));
}

/** Each name as printed, with the entities bearing it. */
function namesAsPrinted(): NameCheck[] {
  const names = namesOfDataset();
  const bearers = new Map<string, Set<string>>();
  for (const { text, entityId } of names) addBearer(bearers, foldName(text), entityId);
  return names.map((name) => ({ ...name, bearers: [...bearers.get(foldName(name.text))!].sort() }));
}

/** Each name folded, and without its little words, where that differs from the printed name. */
function namesAsTypedOtherwise(): NameCheck[] {
  const names = namesOfDataset();
  const folded = new Map<string, Set<string>>();
  const bare = new Map<string, Set<string>>();
  for (const { text, entityId } of names) {
    addBearer(folded, foldName(text), entityId);
    addBearer(bare, bareName(foldName(text)), entityId);
  }
  return names.flatMap((name) => {
    const key = foldName(name.text);
    const shorter = bareName(key);
    const checks: NameCheck[] = [];
    if (key !== name.text) checks.push({ ...name, text: key, bearers: [...folded.get(key)!].sort() });
    if (shorter !== key)
      checks.push({
        ...name,
        text: shorter,
        bearers: [...new Set([...(folded.get(shorter) ?? []), ...bare.get(shorter)!])].sort(),
      });
    return checks;
  });
}

async function misses(checks: NameCheck[]): Promise<(NameCheck & { got: string[] })[]> {
  const answers = await searchIds(
    api,
    checks.map((check) => ({ text: check.text, first: check.bearers.length })),
  );
  return checks
    .map((check, i) => ({ ...check, got: answers[i]! }))
    .filter((check) => [...check.got].sort().join() !== check.bearers.join());
}

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(async () => {
  await api.stop();
});

it('finds every entity of data/ first by its name and by every alias, typed as printed', async () => {
  const checks = namesAsPrinted();
  const failures = await misses(checks);
  const entities = new Set(checks.map((c) => c.entityId)).size;
  const namesMissed = failures.filter((f) => f.isName).length;
  console.log(
    `search: checked ${checks.length} names (names and aliases) of ${entities} entities; ` +
      `${checks.length - failures.length} found first, ${failures.length} not, of which ${namesMissed} entities' own names`,
  );
  expect(failures).toEqual([]);
  expect(checks.length).toBeGreaterThan(entities);
});

it('finds them alike typed in lower case without diacritics or punctuation, and without the little words', async () => {
  const checks = namesAsTypedOtherwise();
  const failures = await misses(checks);
  console.log(
    `search: checked ${checks.length} other spellings of those names (folded, without little words); ${failures.length} not found first`,
  );
  expect(failures).toEqual([]);
  expect(checks.length).toBeGreaterThan(0);
});
