/**
 * `npm run load`: validates data/ and loads it into the configured database (the local
 * server unless NEO4J_URI is set), applying the schema first.
 */
import { readConfig } from '../config';
import { connectConfiguredDatabase } from '../runtime/configured-database';
import { applySchema } from '../db/apply-schema';
import { loadDataset } from '../dataset/load-dataset';
import { readDataset } from '../dataset/read-dataset';
import { runCli } from './run-cli';

runCli(async () => {
  const config = readConfig();
  const dataset = readDataset(config.dataDir);
  const { db, release } = await connectConfiguredDatabase(config, console.log);
  try {
    await applySchema(db);
    const summary = await loadDataset(db, dataset);
    console.log(`Loaded ${summary.entities} entities, ${summary.relations} relations and ${summary.citations} citations into ${db.uri} in ${summary.ms} ms.`);
    return 0;
  } finally {
    await release();
  }
});
