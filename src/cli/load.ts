/**
 * `npm run load [-- --overwrite-edits]`: validates data/ and loads it into the configured
 * database (the local server unless NEO4J_URI is set), applying the schema first. It refuses
 * while curators' API edits of the dataset's items would be undone, unless told to let data/ win.
 */
import { readConfig } from '../config';
import { connectConfiguredDatabase } from '../startup/configured-database';
import { applySchema } from '../db/apply-schema';
import { loadDataset } from '../dataset/load-dataset';
import { readDataset } from '../dataset/read-dataset';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run load [-- --overwrite-edits]';

runCli(async (args) => {
  const unknown = args.filter((a) => a !== '--overwrite-edits');
  if (unknown.length > 0) {
    console.error(`unknown argument ${unknown[0]}; ${USAGE}`);
    return 2;
  }
  const overwriteEdits = args.includes('--overwrite-edits');
  const config = readConfig();
  const dataset = readDataset(config.dataDir);
  const { db, release } = await connectConfiguredDatabase(config, console.log);
  try {
    await applySchema(db);
    const summary = await loadDataset(db, dataset, {
      overwriteEdits,
      actor: 'npm run load --overwrite-edits',
    });
    console.log(
      `Loaded ${summary.entities} entities, ${summary.relations} relations and ${summary.citations} citations into ${db.uri} in ${summary.ms} ms.`,
    );
    if (summary.overwrittenEdits > 0)
      console.log(
        `${summary.overwrittenEdits} curator edit(s) undone; each is kept as a RESET_BY_LOAD change record.`,
      );
    return 0;
  } finally {
    await release();
  }
});
