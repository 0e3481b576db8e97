/**
 * `npm run data:report`: prints the data-quality report of data/ (see src/dataset/quality-report.ts)
 * as Markdown tables, without touching a database.
 */
import { readConfig } from '../config';
import { formatQualityReport, qualityReport } from '../dataset/quality-report';
import { readDataset } from '../dataset/read-dataset';
import { runCli } from './run-cli';

runCli(async () => {
  console.log(formatQualityReport(qualityReport(readDataset(readConfig().dataDir))));
  return 0;
});
