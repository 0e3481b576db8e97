/**
 * A TCP proxy in front of the test Neo4j that can make it vanish and come back on cue, in
 * milliseconds and without stopping the server, so that orders of events which a real restart
 * produces only by chance can be produced on purpose. The mode applies to new connections;
 * `dropOpen` cuts the ones already open; `cutAfterNextCommit` lets the server receive the next
 * COMMIT but never lets its answer reach the client: a write whose outcome the client cannot know;
 * `cutAfterNextCommitAnswer` relays that answer and cuts right after it: a write the client knows
 * committed, followed by an outage before it can read anything back.
 */
import net from 'node:net';

export type ProxyMode = 'forward' | 'refuse';

/** A Bolt COMMIT message as the driver sends it: a 2-byte chunk (struct of 0 fields, tag 0x12) and the end marker. */
const BOLT_COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

/** Time the server gets to commit before the connections are cut. */
const COMMIT_GRACE_MS = 500;

export class FaultProxy {
  mode: ProxyMode = 'forward';
  private readonly open = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private commitCut: { then: ProxyMode; done: () => void; answer: 'withhold' | 'relay' } | null = null;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new FaultProxy(server, (server.address() as net.AddressInfo).port);
    server.on('connection', (client) => proxy.accept(client, target));
    return proxy;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  private accept(client: net.Socket, target: { host: string; port: number }): void {
    client.on('error', () => {});
    if (this.mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const link = { client, upstream };
    this.open.add(link);
    client.on('close', () => {
      upstream.destroy();
      this.open.delete(link);
    });
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk: Buffer) => {
      const cut = this.commitCut !== null && chunk.includes(BOLT_COMMIT) ? this.commitCut : null;
      if (cut) {
        this.commitCut = null;
        // Relaying is taken over by hand from here: the answer to this COMMIT is withheld or relayed, then the cut.
        upstream.unpipe(client);
      }
      upstream.write(chunk);
      if (cut?.answer === 'withhold') {
        setTimeout(() => this.cut(cut), COMMIT_GRACE_MS);
      } else if (cut) {
        // The driver reads nothing else on this connection before the COMMIT's answer.
        upstream.once('data', (answer: Buffer) => client.write(answer, () => this.cut(cut)));
        // unpipe paused the upstream, and a 'data' listener alone does not resume a paused stream.
        upstream.resume();
      }
    });
    upstream.pipe(client);
  }

  /**
   * The next COMMIT reaches the server, its answer never reaches the client; then every open
   * connection is cut and new ones get `then`. Resolves once the cut is done.
   */
  cutAfterNextCommit(then: ProxyMode): Promise<void> {
    return new Promise((resolve) => {
      this.commitCut = { then, done: resolve, answer: 'withhold' };
    });
  }

  /**
   * The next COMMIT and its answer pass; as soon as the answer is handed to the client, every
   * open connection is cut and new ones get `then`. Resolves once the cut is done.
   */
  cutAfterNextCommitAnswer(then: ProxyMode): Promise<void> {
    return new Promise((resolve) => {
      this.commitCut = { then, done: resolve, answer: 'relay' };
    });
  }

  private cut(cut: { then: ProxyMode; done: () => void }): void {
    this.mode = cut.then;
    this.dropOpen();
    cut.done();
  }

  /** Open connections are cut: a server that went away. */
  dropOpen(): void {
    for (const link of this.open) {
      link.client.destroy();
      link.upstream.destroy();
    }
  }

  async stop(): Promise<void> {
    this.dropOpen();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
