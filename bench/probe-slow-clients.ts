/**
 * The socket-level categories of issue 12, spoken as raw HTTP/1.1 because an HTTP client would
 * not dribble: clients that send a body one byte a second (how long until the server closes
 * them), and one address opening more connections than the per-address cap.
 */
import net from 'node:net';
import { ProbeCategory } from './probe-category';
import { errorCodes } from './probe-http';
import { Tally } from './probe-tally';

const SLOW_CLIENTS = 20;
/** Longer than the 65 s the original probe saw a slow client kept: a client still open then is a gap. */
const GIVE_UP_MS = 75_000;
/** More than the default cap of 128 connections per address. */
const HELD_CONNECTIONS = 140;

function connect(url: URL, localAddress: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port), localAddress }, () =>
      resolve(socket),
    );
    socket.once('error', reject);
  });
}

/** The body of a raw HTTP/1.1 answer, its chunks joined when it was sent chunked. */
function bodyOf(answer: string): string {
  const headerEnd = answer.indexOf('\r\n\r\n');
  if (headerEnd < 0) return '';
  let rest = answer.slice(headerEnd + 4);
  if (!/^transfer-encoding: chunked/im.test(answer.slice(0, headerEnd))) return rest;
  let body = '';
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = lineEnd < 0 ? 0 : parseInt(rest.slice(0, lineEnd), 16);
    if (!(size > 0)) return body;
    body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

/** The status and error codes of the first answer a socket receives, or why there was none. */
function firstAnswer(
  socket: net.Socket,
  giveUpMs: number,
): Promise<{ status: string; codes: string[]; ms: number }> {
  const began = performance.now();
  return new Promise((resolve) => {
    let received = '';
    const finish = (status: string) => {
      clearTimeout(timer);
      resolve({ status, codes: errorCodes(bodyOf(received)), ms: performance.now() - began });
    };
    const statusOf = () => /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
    const timer = setTimeout(() => finish(statusOf() ?? `still open after ${giveUpMs / 1000} s`), giveUpMs);
    socket.on('data', (chunk) => {
      received += String(chunk);
      const length = /content-length: (\d+)/i.exec(received)?.[1];
      const headerEnd = received.indexOf('\r\n\r\n');
      const complete =
        length !== undefined
          ? received.length - headerEnd - 4 >= Number(length)
          : received.endsWith('\r\n0\r\n\r\n');
      if (headerEnd >= 0 && complete) finish(statusOf() ?? 'unreadable answer');
    });
    socket.on('error', () => {});
    socket.once('close', () => finish(statusOf() ?? 'closed without an answer'));
  });
}

export const SLOW_CLIENT_CATEGORIES: ProbeCategory[] = [
  {
    name: 'slow-body clients',
    parameters: `${SLOW_CLIENTS} connections that send a 1,000-byte body one byte a second`,
    async run({ apiUrl }) {
      const tally = new Tally();
      const sockets = await Promise.all(
        Array.from({ length: SLOW_CLIENTS }, () => connect(apiUrl, '127.0.0.4')),
      );
      const answers = sockets.map(async (socket) => {
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: ${apiUrl.host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`,
        );
        const dribble = setInterval(() => (socket.writable ? socket.write(' ') : undefined), 1000);
        const answer = await firstAnswer(socket, GIVE_UP_MS);
        clearInterval(dribble);
        socket.destroy();
        tally.addRaw(answer.status, answer.codes);
        return answer.ms / 1000;
      });
      const seconds = await Promise.all(answers);
      return {
        tally,
        notes: {
          secondsUntilAnsweredOrClosed: {
            min: Math.round(Math.min(...seconds) * 10) / 10,
            max: Math.round(Math.max(...seconds) * 10) / 10,
          },
        },
      };
    },
  },
  {
    name: 'connections per address',
    parameters: `one address holds ${HELD_CONNECTIONS} connections and sends GET /healthz on each`,
    async run({ apiUrl }) {
      const tally = new Tally();
      const sockets: net.Socket[] = [];
      try {
        // One after another, so the server counts them in the order they were opened.
        for (let i = 0; i < HELD_CONNECTIONS; i += 1) sockets.push(await connect(apiUrl, '127.0.0.5'));
        const answers = await Promise.all(
          sockets.map((socket) => {
            socket.write(`GET /healthz HTTP/1.1\r\nHost: ${apiUrl.host}\r\n\r\n`);
            return firstAnswer(socket, 10_000);
          }),
        );
        for (const answer of answers) tally.addRaw(answer.status, answer.codes);
      } finally {
        for (const socket of sockets) socket.destroy();
      }
      return { tally };
    },
  },
];
