/**
 * Checks for the tools the local server needs, so that a missing one is reported as one line
 * that says what to install instead of a stack trace from a failed spawn.
 */
import { spawnSync } from 'node:child_process';

export class PrerequisiteError extends Error {}

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) return { ok: false, output: '' };
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Neo4j 5.26 runs on Java 17 or 21; returns the java executable to use. */
export function requireJava(): string {
  const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  const { ok, output } = run(java, ['-version']);
  if (!ok) {
    throw new PrerequisiteError(
      'Java 17 or 21 is needed to run the local Neo4j 5.26 server and was not found: install it (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use another server.',
    );
  }
  const match = /version "(\d+)/.exec(output);
  const major = match?.[1] ? Number(match[1]) : 0;
  if (major !== 17 && major !== 21) {
    throw new PrerequisiteError(
      `Neo4j 5.26 runs on Java 17 or 21, but "${java} -version" reports ${major || 'an unknown version'}: install Java 17 (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.`,
    );
  }
  return java;
}

export function requireMaven(): string {
  if (!run('mvn', ['-v']).ok) {
    throw new PrerequisiteError(
      'Maven is needed once, to assemble the Neo4j server from Maven Central, and was not found: install it (Debian: apt-get install maven) or set NEO4J_URI to use another server.',
    );
  }
  return 'mvn';
}
