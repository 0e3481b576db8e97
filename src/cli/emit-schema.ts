/**
 * `npm run schema:emit`: writes schema/schema.graphql from the type-graphql classes.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { printSchemaFile } from '../graphql/build-schema';
import { runCli } from './run-cli';

runCli(async () => {
  const file = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
  fs.writeFileSync(file, printSchemaFile());
  console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
  return 0;
});
