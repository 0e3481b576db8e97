/**
 * `npm run data:check`: validates data/ without touching a database and prints its counts per
 * entity kind and relation type.
 */
import { readConfig } from '../config';
import { readDataset } from '../dataset/read-dataset';
import { runCli } from './run-cli';

function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort()
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

runCli(async () => {
  const dataset = readDataset(readConfig().dataDir);
  console.log(`entities: ${dataset.entities.length} (${tally(dataset.entities.map((e) => e.kind))})`);
  console.log(`relations: ${dataset.relations.length} (${tally(dataset.relations.map((r) => r.type))})`);
  console.log(`citations: ${dataset.relations.reduce((n, r) => n + r.evidence.length, 0)}`);
  return 0;
});
