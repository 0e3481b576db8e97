/**
 * Graceful stop of the HTTP server: refuse new connections, let the requests in flight finish
 * (up to a deadline), closing each keep-alive connection as soon as it falls idle.
 */
import http from 'node:http';

export async function drainHttpServer(server: http.Server, deadlineMs: number): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // server.close() closes only the connections idle at that moment; poll for the rest.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const drained = await Promise.race([
    closed.then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs))),
  ]);
  clearInterval(idle);
  clearTimeout(timer);
  if (!drained) server.closeAllConnections();
  return drained;
}
