/**
 * `npm run verify:evidence -- <folder of seed texts>`: checks every quote of data/ against the
 * seed texts and prints `evidence: N quotes checked, M not found`; exits 1 when M > 0.
 */
import { readConfig } from '../config';
import { readDataset } from '../dataset/read-dataset';
import { verifyQuotes } from '../evidence/verify-quotes';
import { runCli } from './run-cli';

runCli(async (args) => {
  const seedDir = args[0];
  if (!seedDir) {
    console.error('usage: npm run verify:evidence -- <folder of seed texts>');
    return 2;
  }
  const report = verifyQuotes(readDataset(readConfig().dataDir), seedDir);
  for (const p of report.problems)
    console.error(`${p.relation} ${p.citation} (${p.seed}@${p.offset}): ${p.problem}`);
  console.log(`evidence: ${report.checked} quotes checked, ${report.notFound} not found`);
  return report.notFound > 0 ? 1 : 0;
});
