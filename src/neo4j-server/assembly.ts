/**
 * Assembles the Neo4j Community server from Maven Central: org.neo4j:neo4j and its runtime
 * closure are the jars of the official distribution's lib/. The jars land in a versioned folder
 * that is only renamed into place once complete, so an interrupted download is never mistaken
 * for an installation and the second start downloads nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { PrerequisiteError, requireMaven } from './prerequisites';

export const ASSEMBLY_POM = path.join(PROJECT_ROOT, 'scripts', 'neo4j', 'pom.xml');

export interface Assembly {
  version: string;
  libDir: string;
}

export function pinnedNeo4jVersion(): string {
  const pom = fs.readFileSync(ASSEMBLY_POM, 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${ASSEMBLY_POM} does not pin <neo4j.version>`);
  return match[1];
}

export function assemblyDir(homeDir: string, version: string): string {
  return path.join(homeDir, 'dist', `neo4j-community-${version}`);
}

export function findAssembly(homeDir: string): Assembly | null {
  const version = pinnedNeo4jVersion();
  const libDir = path.join(assemblyDir(homeDir, version), 'lib');
  return fs.existsSync(path.join(libDir, 'neo4j-server-' + version + '.jar')) ? { version, libDir } : null;
}

export function ensureAssembled(homeDir: string, log: (line: string) => void = () => {}): Assembly {
  const existing = findAssembly(homeDir);
  if (existing) return existing;

  const version = pinnedNeo4jVersion();
  const mvn = requireMaven();
  const target = assemblyDir(homeDir, version);
  const staging = `${target}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const logFile = path.join(homeDir, `assemble-${version}.log`);
  log(`Assembling Neo4j ${version} from Maven Central (once; cached in ${target}) ...`);
  const result = spawnSync(
    mvn,
    [
      '-B',
      '-q',
      '-f',
      ASSEMBLY_POM,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${path.join(staging, 'lib')}`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  fs.writeFileSync(logFile, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new PrerequisiteError(
      `Could not download Neo4j ${version} from Maven Central (mvn exited ${result.status ?? result.signal}): check the network or the mirror in ~/.m2/settings.xml; details in ${logFile}`,
    );
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target);
  const assembled = findAssembly(homeDir);
  if (!assembled)
    throw new PrerequisiteError(`Maven finished but ${target}/lib holds no neo4j-server jar; see ${logFile}`);
  return assembled;
}
