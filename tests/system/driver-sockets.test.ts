/**
 * The driver's sockets send each message at once (TCP_NODELAY): with Nagle's algorithm on, a
 * statement longer than the driver's 1,400-byte chunk waited for the server's delayed
 * acknowledgement, 40 ms on Linux, on every planned read (src/db/socket-no-delay.ts).
 */
import net from 'node:net';
import { connectTestDatabase } from '../support/test-api';

it('turns Nagle off on every connection the API opens to Neo4j, before a long statement is sent', async () => {
  const calls: boolean[] = [];
  const setNoDelay = net.Socket.prototype.setNoDelay;
  net.Socket.prototype.setNoDelay = function (this: net.Socket, noDelay?: boolean) {
    calls.push(noDelay !== false);
    return setNoDelay.call(this, noDelay);
  };
  const db = connectTestDatabase();
  try {
    const padding = 'x'.repeat(3000);
    const [row] = await db.read(`RETURN size('${padding}') AS length`);
    expect(row?.length).toBe(3000);
    expect(calls).toContain(true);
  } finally {
    net.Socket.prototype.setNoDelay = setNoDelay;
    await db.close();
  }
});
