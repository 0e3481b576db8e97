/**
 * Turns Nagle's algorithm off on the driver's sockets. neo4j-driver 5 leaves it on, and its
 * chunker writes a message of more than 1,400 bytes in two writes: the second then waits for
 * the server's delayed acknowledgement, 40 ms on Linux. A read planned as one statement is
 * often longer than that, so without this every such read paid 40 ms of waiting on an idle
 * loopback (measured: the neighbourhood statement answered in 1.6 ms by the server and 44 ms
 * by the client; 1.3 ms with this). There is no driver option for it, so the channel's write
 * sets TCP_NODELAY on its socket before the first message.
 */
import type { Socket } from 'node:net';

interface NodeChannelClass {
  prototype: { write(buffer: unknown): void; _conn?: Socket };
}

const PATCHED = Symbol.for('evidence-graph.noDelay');

export function disableNagleOnDriverSockets(): boolean {
  let channel: NodeChannelClass;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('neo4j-driver-bolt-connection/lib/channel/node/node-channel') as {
      default: NodeChannelClass;
    };
    channel = loaded.default;
  } catch {
    return false;
  }
  const prototype = channel.prototype as NodeChannelClass['prototype'] & { [PATCHED]?: true };
  if (prototype[PATCHED]) return true;
  const write = prototype.write;
  const noDelay = new WeakSet<Socket>();
  prototype.write = function (this: NodeChannelClass['prototype'], buffer: unknown) {
    const socket = this._conn;
    if (socket && !noDelay.has(socket) && typeof socket.setNoDelay === 'function') {
      socket.setNoDelay(true);
      noDelay.add(socket);
    }
    return write.call(this, buffer);
  };
  prototype[PATCHED] = true;
  return true;
}
