/**
 * Debian's HAProxy in front of loopback API replicas, configured by the repository's own
 * docs/deploy/haproxy.cfg: its `bind` line gets a free loopback port, its `server-template` line
 * (Docker's DNS names) becomes one `server` line per replica, and the `resolvers` section
 * (Docker's DNS) is left out. The generated file lives in a temporary folder.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

const SHIPPED_CONFIG = path.resolve(__dirname, '..', '..', 'docs', 'deploy', 'haproxy.cfg');

export function haproxyConfig(port: number, servers: { name: string; port: number }[]): string {
  const shipped = fs.readFileSync(SHIPPED_CONFIG, 'utf8');
  const withoutResolvers = shipped.replace(/^resolvers docker\n(?:[ \t]+.*\n)*\n/m, '');
  if (withoutResolvers === shipped)
    throw new Error('docs/deploy/haproxy.cfg has no "resolvers docker" section to leave out');
  const lines = withoutResolvers.split('\n');
  const bind = lines.findIndex((line) => /^\s*bind :\d+$/.test(line));
  const template = lines.findIndex((line) => /^\s*server-template /.test(line));
  if (bind < 0 || template < 0)
    throw new Error(
      'docs/deploy/haproxy.cfg lacks the "bind :port" or "server-template" line this test replaces',
    );
  lines[bind] = `  bind 127.0.0.1:${port}`;
  lines.splice(
    template,
    1,
    ...servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`),
  );
  return lines.join('\n');
}

export interface Haproxy {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts HAProxy in the foreground and waits until every replica passed its health check. */
export async function startHaproxy(servers: { name: string; port: number }[]): Promise<Haproxy> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haproxy-'));
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, haproxyConfig(port, servers));
  // -db: stay in the foreground, no daemon, so the test owns the process and its output.
  const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // Every replica answers /readyz through the balancer once all are marked up (rise 2, inter 1 s).
  const seen = new Set<string>();
  for (let attempt = 0; seen.size < servers.length; attempt++) {
    if (child.exitCode !== null || attempt > 200) {
      await stop();
      throw new Error(
        `HAProxy did not bring all ${servers.length} replicas up (saw ${[...seen].join(', ') || 'none'}):\n${output}`,
      );
    }
    try {
      const response = await fetch(`${url}/readyz`);
      const served = response.headers.get('x-served-by');
      if (response.status === 200 && served) seen.add(served);
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, output: () => output, stop };
}
