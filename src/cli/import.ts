/**
 * `npm run import -- <file.csv>... [--dry-run] [--editor <name>]`: imports curators'
 * spreadsheets (layouts in src/import/spreadsheet-layout.ts, README "Spreadsheet import") into
 * the configured database in one transaction, with change records under the editor's name.
 * Prints what is (or, with --dry-run, would be) created, changed, left alone and refused;
 * exits 1 when a row is refused, and then writes nothing.
 */
// type-graphql's input classes (the API's validation rules) need the metadata API before they load.
import 'reflect-metadata';
import os from 'node:os';
import { readConfig } from '../config';
import { importSpreadsheets, ImportReport } from '../import/import-spreadsheets';
import { readSheet, SheetError } from '../import/read-spreadsheet';
import { connectConfiguredDatabase } from '../startup/configured-database';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run import -- <file.csv>... [--dry-run] [--editor <name>]';

export function printReport(report: ImportReport, dryRun: boolean, editor: string): void {
  // Only a committed import created anything; a dry run or a refused one would have.
  const verb = {
    create: report.written ? 'created' : 'would create',
    change: report.written ? 'changed' : 'would change',
    unchanged: 'unchanged',
  };
  for (const o of report.outcomes) {
    console.log(
      `${verb[o.action]} ${o.kind} ${o.id} (row${o.rows.length > 1 ? 's' : ''} ${o.rows.join(', ')})${o.fields ? `: ${o.fields.join(', ')}` : ''}`,
    );
  }
  for (const p of report.refused)
    console.log(`refused ${p.file}: row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
  const count = (action: string) => report.outcomes.filter((o) => o.action === action).length;
  const summary = `${count('create')} ${report.written ? 'created' : 'to create'}, ${count('change')} ${report.written ? 'changed' : 'to change'}, ${count('unchanged')} unchanged, ${report.refused.length} refused`;
  if (report.written) console.log(`Imported as ${editor} in one transaction: ${summary}.`);
  else console.log(`${dryRun ? 'Dry run' : 'Refused'}: ${summary}; nothing was written.`);
}

runCli(async (args) => {
  const files: string[] = [];
  let dryRun = false;
  let editor = `import:${os.userInfo().username}`;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--editor' && args[i + 1]?.trim()) editor = args[++i]!.trim();
    else if (arg.startsWith('--')) {
      console.error(`unknown or incomplete argument ${arg}; ${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let sheets;
  try {
    sheets = files.map(readSheet);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    console.error(`refused ${error.message}; nothing was written.`);
    return 1;
  }
  const { db, release } = await connectConfiguredDatabase(readConfig(), console.log);
  try {
    const report = await importSpreadsheets(db, sheets, { editor, dryRun });
    printReport(report, dryRun, editor);
    return report.refused.length > 0 ? 1 : 0;
  } finally {
    await release();
  }
});
