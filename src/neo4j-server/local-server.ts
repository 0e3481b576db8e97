/**
 * The named local instances: `default` for `npm start` and `npm run db:*` (its data persists),
 * and throw-away ones for the tests. All live under the configured .neo4j/ folder.
 */
import path from 'node:path';
import { LocalNeo4jConfig } from '../config';
import { LocalNeo4jInstance } from './local-instance';

export function localInstance(config: LocalNeo4jConfig, name = config.instance): LocalNeo4jInstance {
  return new LocalNeo4jInstance({
    dir: path.join(config.homeDir, 'instances', name),
    boltPort: config.boltPort,
    heap: config.heap,
    pageCache: config.pageCache,
  });
}
