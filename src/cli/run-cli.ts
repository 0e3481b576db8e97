/**
 * The shared frame of the command-line entry points: expected failures (a missing tool, a bad
 * dataset, a bad setting) print one clear message and exit non-zero, without a stack trace.
 */
import { ConfigError } from '../config';
import { CuratorEditsError } from '../dataset/load-dataset';
import { DatasetError } from '../dataset/read-dataset';
import { PrerequisiteError } from '../neo4j-server/prerequisites';

export function isExpectedFailure(error: unknown): boolean {
  return (
    error instanceof PrerequisiteError ||
    error instanceof ConfigError ||
    error instanceof DatasetError ||
    error instanceof CuratorEditsError
  );
}

export function runCli(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        isExpectedFailure(error)
          ? (error as Error).message
          : `error: ${(error as Error).message ?? String(error)}`,
      );
      // A command-line user is the operator: show the database's own reason, which the API hides.
      const cause = (error as { cause?: { databaseCode?: string; error?: Error } }).cause;
      if (cause?.error) console.error(`  cause: ${cause.databaseCode ?? ''} ${cause.error.message}`);
      if (!isExpectedFailure(error) && process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
