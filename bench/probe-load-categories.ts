/**
 * The abusive categories of issue 12 that cost the server work when let through: whole-graph
 * scans, the evidence flood and its reads, parallel exports, and the plan-cache attack of
 * issue 11. Each repeats the original finding's parameters.
 */
import { ProbeCategory, ProbeContext } from './probe-category';
import { forSeconds } from './probe-workers';
import { Tally } from './probe-tally';
import { collectQueries } from './query-collector';

const aliases = (count: number, field: string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

const UPDATE_RELATION =
  'mutation($id: ID!, $version: Int!, $patch: RelationPatch!) { updateRelation(id: $id, version: $version, patch: $patch) { version citationCount } }';

/** Offers `total` citations to the flooded relation in writes of `perWrite`, as one editor, one after another. */
async function floodEvidence(
  context: ProbeContext,
  total: number,
  perWrite: number,
): Promise<{ tally: Tally; notes: Record<string, unknown> }> {
  const tally = new Tally();
  const { id, source, quote } = context.flooded;
  let version = context.flooded.version;
  let accepted = 0;
  for (let offered = 0; offered < total; offered += perWrite) {
    const addEvidence = Array.from({ length: Math.min(perWrite, total - offered) }, () => ({
      source,
      quote,
    }));
    const answer = tally.add(
      await context.attacker.graphql(
        UPDATE_RELATION,
        { id, version, patch: { addEvidence } },
        { authorization: `Bearer ${context.editorToken}` },
      ),
      'updateRelation',
    );
    const updated =
      answer.status === 200 && answer.codes.length === 0
        ? (JSON.parse(answer.text) as { data: { updateRelation: { version: number } } }).data.updateRelation
        : null;
    if (updated) {
      version = updated.version;
      accepted += addEvidence.length;
    }
  }
  context.flooded.version = version;
  return { tally, notes: { citationsOffered: total, citationsAccepted: accepted } };
}

export const LOAD_CATEGORIES: ProbeCategory[] = [
  {
    name: 'whole-graph scans',
    parameters:
      '20 clients; requests of 30 weakRelations, of as many as the limits let through, or of 30 stats (all cost ~60 in the old model)',
    async run({ attacker, seconds }) {
      const tally = new Tally();
      const scan = 'weakRelations(first: 1) { totalCount }';
      // The adversary who reads the price and the limit (from a refusal): as many scans as are let through.
      const price = (
        JSON.parse((await attacker.graphql(`{ ${scan} }`)).text) as { extensions: { cost: number } }
      ).extensions.cost;
      const thirty = `{ ${aliases(30, scan)} }`;
      const refused = (
        JSON.parse((await attacker.graphql(thirty)).text) as {
          errors?: { extensions?: { limit?: string; max?: number } }[];
        }
      ).errors?.[0]?.extensions;
      const fitting = Math.max(
        1,
        Math.min(
          30,
          refused?.limit === 'maxCost' ? Math.floor((refused.max ?? 0) / price) : (refused?.max ?? 30),
        ),
      );
      const bodies = [thirty, `{ ${aliases(fitting, scan)} }`, `{ ${aliases(30, 'stats { citations }')} }`];
      await forSeconds(20, seconds, async (client, round) => {
        const query = bodies[(client + round) % bodies.length] as string;
        tally.add(await attacker.graphql(query), query.slice(0, 40));
      });
      return {
        tally,
        notes: { costOfOneScan: price, scansLetThrough: fitting, thirtyRefusedBy: refused?.limit ?? null },
      };
    },
  },
  {
    name: 'evidence flood: 5 writes of 600',
    parameters: 'an editor offers 3,000 citations to one relation in 5 updateRelation writes',
    run: (context) => floodEvidence(context, 3000, 600),
  },
  {
    name: 'evidence flood: writes of 20',
    parameters: 'the same 3,000 citations in writes of 20 (the per-write limit), 150 writes',
    run: (context) => floodEvidence(context, 3000, 20),
  },
  {
    name: 'evidence reads',
    parameters:
      "10 anonymous clients reading the flooded relation's evidence, 30 aliases of evidence(first: 50)",
    async run({ attacker, seconds, flooded }) {
      const tally = new Tally();
      const query = `{ ${aliases(30, `relation(id: "${flooded.id}") { citationCount evidence(first: 50) { quote seedFile offset source { id name } } }`)} }`;
      await forSeconds(
        10,
        seconds,
        async () => void tally.add(await attacker.graphql(query), 'evidence read'),
      );
      return { tally };
    },
  },
  {
    name: 'parallel exports',
    parameters: '20 clients; whole-graph exports in every format and depth-3 exports',
    async run({ attacker, seconds }) {
      const tally = new Tally();
      const paths = [
        '/export/graph.json',
        '/export/graph.gexf',
        '/export/graph.graphml',
        '/export/cytoscape.json',
        '/export/graph.json?id=person:leo-klejn&depth=3',
        '/export/graph.gexf?id=law:rsfsr-121&depth=3',
      ];
      await forSeconds(20, seconds, async (client, round) => {
        const path = paths[(client + round) % paths.length] as string;
        tally.add(await attacker.request('GET', path), path);
      });
      return { tally };
    },
  },
  {
    name: 'plan-cache attack (issue 11)',
    parameters: '4 clients; the same cheap relations query with its types list shuffled every time',
    async run({ attacker, seconds, relationTypes, driver }) {
      const tally = new Tally();
      const collected = await collectQueries(driver, () =>
        forSeconds(4, seconds, async () => {
          const types = [...relationTypes]
            .sort(() => Math.random() - 0.5)
            .slice(0, 1 + Math.floor(Math.random() * relationTypes.length));
          tally.add(
            await attacker.graphql(
              `{ relations(of: "person:leo-klejn", types: [${types.join(', ')}]) { totalCount } }`,
            ),
            'shuffled types',
          );
        }),
      );
      // The collector keeps recent invocations in a bounded buffer: a floor for what ran, not a count.
      return {
        tally,
        notes: { cypherInvocationsKept: collected.invocations, distinctCypherTexts: collected.texts },
      };
    },
  },
];
