/**
 * The categories of issue 12 that must be refused before any database work: a deeply nested
 * unused variable, bad variables, a persisted-query hash that does not match, export names
 * from Object.prototype, 95 KB ids, and a 700-item list as a variable's default value.
 */
import { ProbeCategory, ProbeContext } from './probe-category';
import { Answer } from './probe-http';
import { Tally } from './probe-tally';
import { times } from './probe-workers';

/** Requests per refusal category, four at a time. */
const REQUESTS = 100;
const CONCURRENCY = 4;

type Send = (context: ProbeContext, i: number) => Promise<Answer>;

function refusals(name: string, parameters: string, variants: Send[]): ProbeCategory {
  return {
    name,
    parameters,
    async run(context) {
      const tally = new Tally();
      await times(
        REQUESTS,
        CONCURRENCY,
        async (i) =>
          void tally.add(
            await (variants[i % variants.length] as Send)(context, i),
            `${name} #${i % variants.length}`,
          ),
      );
      return { tally };
    },
  };
}

const nested = (open: string, close: string) =>
  `{"query":"{ stats { citations } }","variables":{"junk":${open.repeat(5000)}1${close.repeat(5000)}}}`;
const longId = `person:${'x'.repeat(95_000)}`;
const editor = (context: ProbeContext) => ({ authorization: `Bearer ${context.editorToken}` });

export const REFUSAL_CATEGORIES: ProbeCategory[] = [
  refusals('unused variable 5,000 deep', 'an unused variable nested 5,000 levels (lists, objects)', [
    ({ attacker }) => attacker.post(nested('[', ']')),
    ({ attacker }) => attacker.post(nested('{"a":', '}')),
  ]),
  refusals('bad variables', 'missing, wrong type, unknown enum value, null item, incomplete input object', [
    ({ attacker }) => attacker.graphql('query($id: ID!) { entity(id: $id) { name } }', {}),
    ({ attacker }) =>
      attacker.graphql('query($f: Int!) { search(text: "x", first: $f) { score } }', { f: 'abc' }),
    ({ attacker }) =>
      attacker.graphql(
        'query($t: [RelationType!]) { relations(of: "person:leo-klejn", types: $t) { totalCount } }',
        { t: ['NOPE'] },
      ),
    ({ attacker }) =>
      attacker.graphql('query($c: [Certainty!]) { weakRelations(certainty: $c) { totalCount } }', {
        c: [null],
      }),
    (context) =>
      context.attacker.graphql(
        'mutation($i: NewEntityInput!) { createEntity(input: $i) { id } }',
        { i: { id: 'person:someone' } },
        editor(context),
      ),
  ]),
  refusals('persisted-query hash mismatch', 'a query with a persistedQuery sha256Hash that is not its hash', [
    ({ attacker }, i) =>
      attacker.post(
        JSON.stringify({
          query: '{ stats { citations } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: i.toString(16).padStart(64, 'a') } },
        }),
      ),
  ]),
  refusals(
    'export names of Object.prototype',
    'GET /export/constructor, /export/__proto__, /export/toString',
    [
      ({ attacker }) => attacker.request('GET', '/export/constructor'),
      ({ attacker }) => attacker.request('GET', '/export/__proto__'),
      ({ attacker }) => attacker.request('GET', '/export/toString'),
    ],
  ),
  refusals('95 KB ids', 'a 95,000-character id as a variable, as a literal, and in a write', [
    ({ attacker }) => attacker.graphql('query($id: ID!) { entity(id: $id) { name } }', { id: longId }),
    ({ attacker }) => attacker.graphql(`{ relations(of: "${longId}") { totalCount } }`),
    (context) =>
      context.attacker.graphql(
        'mutation($i: NewEntityInput!) { createEntity(input: $i) { id } }',
        { i: { id: longId.slice(0, 50_000), kind: 'PERSON', name: 'x' } },
        editor(context),
      ),
  ]),
  refusals('700-item list default', 'a variable whose default value is a list of 700 relation types', [
    ({ attacker }) =>
      attacker.graphql(
        `query($t: [RelationType!] = [${Array.from({ length: 700 }, () => 'WROTE_TO').join(', ')}]) { relations(of: "person:leo-klejn", types: $t) { totalCount } }`,
      ),
  ]),
];
