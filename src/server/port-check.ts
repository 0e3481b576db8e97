/**
 * Whether the API's port is free, asked before Neo4j is started: a taken port must be one clear
 * line at once, not a stack trace after a minute of starting the database.
 */
import net from 'node:net';
import { ConfigError } from '../config';

/** A setting (PORT or HOST) that cannot work on this machine. */
export class PortTakenError extends ConfigError {}

export async function assertPortFree(host: string, port: number): Promise<void> {
  // Port 0 means "any free port": nothing to check.
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(
          new PortTakenError(
            `PORT ${port} on ${host} is already in use by another process: stop it or choose another port with PORT.`,
          ),
        );
      else if (error.code === 'EACCES')
        reject(
          new PortTakenError(
            `PORT ${port} on ${host} may not be opened by this user: choose a port above 1023 with PORT.`,
          ),
        );
      else if (error.code === 'EADDRNOTAVAIL')
        reject(
          new PortTakenError(`HOST ${host} is not an address of this machine: choose another with HOST.`),
        );
      else reject(error);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
