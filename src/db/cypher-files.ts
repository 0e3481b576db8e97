/**
 * Fixed Cypher lives in cypher/*.cypher, one statement per file (schema.cypher holds several,
 * separated by semicolons). Files are read once and cached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    // Comment lines are dropped: they may mention template slots, and the server need not parse them.
    text = fs
      .readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file, without `//` comment lines. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
