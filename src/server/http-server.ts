/**
 * The Node HTTP server around the Express app, with the socket limits a slow or greedy client
 * meets: headers and the whole request must arrive in time (else 408 and the connection is
 * closed), idle keep-alive connections close, and one client address may hold only so many
 * connections at once (more get 503 with Retry-After and are closed).
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { HttpLimits } from '../config';

/** How often Node looks for requests past their time: its default of 30 s would let a slow client overstay by that much. */
const TIMEOUT_CHECK_MS = 500;

export function createHttpServer(handler: http.RequestListener, limits: HttpLimits): http.Server {
  const open = new Map<string, number>();
  const overCap = new WeakSet<Socket>();
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: TIMEOUT_CHECK_MS,
    },
    (req, res) => {
      if (!overCap.has(req.socket)) {
        handler(req, res);
        return;
      }
      const body = JSON.stringify({
        errors: [
          {
            message: `Too many open connections from this address (the limit is ${limits.maxConnectionsPerIp}); close some or try again shortly.`,
            extensions: {
              code: 'TOO_MANY_CONNECTIONS',
              limit: 'HTTP_MAX_CONNECTIONS_PER_IP',
              max: limits.maxConnectionsPerIp,
            },
          },
        ],
      });
      res
        .writeHead(503, {
          'content-type': 'application/json; charset=utf-8',
          'retry-after': '1',
          connection: 'close',
        })
        .end(body);
    },
  );
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (address === undefined) return;
    const count = (open.get(address) ?? 0) + 1;
    open.set(address, count);
    if (count > limits.maxConnectionsPerIp) overCap.add(socket);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
  return server;
}
