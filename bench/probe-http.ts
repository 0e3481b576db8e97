/**
 * The probes' HTTP client: node:http with a keep-alive agent bound to one loopback source
 * address per client, because the API caps connections per address and all of 127.0.0.0/8 is
 * loopback: the victim, the abusive clients and the cap probe each count as their own address.
 */
import http from 'node:http';

export interface Answer {
  /** Null when no HTTP answer came (connection reset or closed, or the client's own time limit). */
  status: number | null;
  /** The answer's error codes, once each, as `CODE` or `CODE:limit` when it names a limit. */
  codes: string[];
  bytes: number;
  ms: number;
  text: string;
  /** The transport error, when there was no answer. */
  error?: string;
}

/** Longer than any limit of the API (transaction 10 s + grace, request 30 s): a client that waits this long found a gap. */
const CLIENT_TIMEOUT_MS = 70_000;

/** The codes of a GraphQL answer (`errors[].extensions`) or of an HTTP-level one (`error`). */
export function errorCodes(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof json !== 'object' || json === null) return [];
  const { errors, error } = json as {
    errors?: { extensions?: Record<string, unknown> }[];
    error?: Record<string, unknown>;
  };
  const found = [
    ...(Array.isArray(errors) ? errors.map((e) => e.extensions ?? {}) : []),
    ...(error ? [error] : []),
  ];
  const codes = found.map((e) =>
    typeof e.limit === 'string' ? `${String(e.code)}:${e.limit}` : String(e.code),
  );
  return [...new Set(codes)];
}

export class ProbeClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly base: URL,
    readonly localAddress: string,
    maxSockets = 64,
  ) {
    this.agent = new http.Agent({ keepAlive: true, localAddress, maxSockets });
  }

  request(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const began = performance.now();
    return new Promise((resolve) => {
      const finish = (answer: Omit<Answer, 'ms' | 'codes'>) =>
        resolve({ ...answer, codes: errorCodes(answer.text), ms: performance.now() - began });
      const request = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path,
          method,
          agent: this.agent,
          headers:
            body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const raw = Buffer.concat(chunks);
            finish({ status: response.statusCode ?? null, bytes: raw.length, text: raw.toString('utf8') });
          });
          response.on('error', (error) =>
            finish({ status: response.statusCode ?? null, bytes: 0, text: '', error: error.message }),
          );
        },
      );
      request.setTimeout(CLIENT_TIMEOUT_MS, () =>
        request.destroy(new Error(`no answer within ${CLIENT_TIMEOUT_MS / 1000} s`)),
      );
      request.on('error', (error) =>
        finish({
          status: null,
          bytes: 0,
          text: '',
          error: (error as NodeJS.ErrnoException).code ?? error.message,
        }),
      );
      request.end(body);
    });
  }

  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    return this.post(JSON.stringify(variables === undefined ? { query } : { query, variables }), headers);
  }

  /** A /graphql POST of a body given as is (for bodies JSON.stringify would not make). */
  post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request('POST', '/graphql', body, { 'content-type': 'application/json', ...headers });
  }

  close(): void {
    this.agent.destroy();
  }
}
