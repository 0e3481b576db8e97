/**
 * The victim: one client looking up an entity by id in a loop, as a user of the explorer would,
 * while something else runs. Its latency is what the abusive clients cost everyone else.
 */
import { ProbeClient } from './probe-http';

export interface VictimFigures {
  lookups: number;
  /** Lookups that did not come back as a 200 with the entity's name. */
  failedLookups: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export class Victim {
  constructor(
    private readonly client: ProbeClient,
    private readonly entityId: string,
  ) {}

  /** Runs the lookup loop until `work` settles (and at least once), and returns its latencies. */
  async during(work: Promise<unknown>): Promise<VictimFigures> {
    let done = false;
    void work.finally(() => (done = true)).catch(() => {});
    const latencies: number[] = [];
    let failed = 0;
    const query = `{ entity(id: "${this.entityId}") { name } }`;
    do {
      const answer = await this.client.graphql(query);
      latencies.push(answer.ms);
      if (answer.status !== 200 || answer.codes.length > 0 || !answer.text.includes('"name"')) failed += 1;
    } while (!done);
    latencies.sort((a, b) => a - b);
    return {
      lookups: latencies.length,
      failedLookups: failed,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      maxMs: round(latencies.at(-1) ?? NaN),
    };
  }
}
