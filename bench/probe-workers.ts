/** How the abusive clients are run: a number of them for a time, or a number of requests at a concurrency. */

/** `clients` loops, each calling `work` back to back until `seconds` are up. */
export async function forSeconds(
  clients: number,
  seconds: number,
  work: (client: number, round: number) => Promise<void>,
): Promise<void> {
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let round = 0; Date.now() < until; round += 1) await work(client, round);
    }),
  );
}

/** `count` calls of `work`, at most `concurrency` at once. */
export async function times(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(count, concurrency) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}
