/**
 * A TCP proxy in front of the test Neo4j that can make it vanish and come back on cue, in
 * milliseconds and without stopping the server, so that orders of events which a real restart
 * produces only by chance can be produced on purpose. The mode applies to new connections;
 * `dropOpen` cuts the ones already open.
 */
import net from 'node:net';

export type ProxyMode = 'forward' | 'refuse';

export class FaultProxy {
  mode: ProxyMode = 'forward';
  private readonly open = new Set<{ client: net.Socket; upstream: net.Socket }>();

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
    client.pipe(upstream);
    upstream.pipe(client);
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
