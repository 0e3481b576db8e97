/**
 * `npm run db:start | db:stop | db:status`: the local Neo4j server that `npm start` uses.
 */
import { readConfig } from '../config';
import { ensureAssembled } from '../neo4j-server/assembly';
import { localInstance } from '../neo4j-server/local-server';
import { runCli } from './run-cli';

runCli(async (args) => {
  const config = readConfig();
  const instance = localInstance(config.local);
  switch (args[0]) {
    case 'start': {
      const assembly = ensureAssembled(config.local.homeDir, console.log);
      const { started, ms } = await instance.start(assembly, console.log);
      console.log(
        started
          ? `Neo4j ${assembly.version} is ready on ${instance.boltUri} (started in ${(ms / 1000).toFixed(1)} s).`
          : `Neo4j was already running on ${instance.boltUri}.`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await instance.stop();
      console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const status = await instance.status();
      if (status.state === 'running') {
        console.log(
          `running: pid ${status.pid}, ${status.boltUri}, ${status.ready ? 'accepting connections' : 'not yet accepting connections'}`,
        );
        return 0;
      }
      console.log(
        status.staleWithPid
          ? `stopped (a stale pid file named ${status.staleWithPid}, which is not running)`
          : 'stopped',
      );
      return 3;
    }
    default:
      console.error('usage: db.js start|stop|status');
      return 2;
  }
});
