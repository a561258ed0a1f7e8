// A TCP proxy on 127.0.0.1 in front of a real server (PostgreSQL in the fault tests) that injects what networks
// and database restarts do: every connection reset at once when the client sends a given text (a statement of
// the wire protocol carries its SQL in plain text, so "mid-ingest" is exact), or silence — connections accepted and
// held, nothing forwarded either way, as a hung server or a dead peer behind a load balancer looks.
import net from 'node:net';

interface Pair { client: net.Socket; upstream: net.Socket }

export class TcpFaultProxy {
  /** How many times every connection was reset. */
  resets = 0;
  /** Connections accepted so far. */
  accepted = 0;
  private readonly pairs = new Set<Pair>();
  private readonly held = new Set<net.Socket>();
  private silent = false;
  private trigger: { text: Buffer; times: number } | null = null;

  private constructor(private readonly server: net.Server, private readonly target: { host: string; port: number }) {}

  static async start(target: { host: string; port: number }): Promise<TcpFaultProxy> {
    const server = net.createServer();
    const proxy = new TcpFaultProxy(server, target);
    server.on('connection', (socket) => proxy.accept(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** `url` with its host and port replaced by the proxy's. */
  via(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** The next `times` times a client sends `text`, that statement never reaches the server and every connection is reset. */
  resetWhenSent(text: string, times = 1): void {
    this.trigger = { text: Buffer.from(text), times };
  }

  /** Resets every connection now (a database restart). */
  resetAll(): void {
    this.resets++;
    for (const p of this.pairs) {
      p.client.resetAndDestroy();
      p.upstream.destroy();
    }
    this.pairs.clear();
    for (const s of this.held) s.resetAndDestroy();
    this.held.clear();
  }

  /** From now on nothing is forwarded either way, and new connections are accepted and held without an answer. */
  goSilent(): void {
    this.silent = true;
    for (const p of this.pairs) {
      p.client.pause();
      p.upstream.pause();
    }
  }

  /** Answers again: the held connections are reset (their clients notice and reconnect), new ones are forwarded. */
  answerAgain(): void {
    this.silent = false;
    this.resetAll();
  }

  close(): Promise<void> {
    this.resetAll();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.accepted++;
    client.on('error', () => undefined);
    if (this.silent) {
      this.held.add(client);
      client.on('close', () => this.held.delete(client));
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    upstream.on('error', () => client.destroy());
    const pair = { client, upstream };
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop);
    upstream.on('close', drop);
    let tail = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      const seen = Buffer.concat([tail, chunk]);
      tail = seen.subarray(Math.max(0, seen.length - 200));
      if (this.trigger && this.trigger.times > 0 && seen.includes(this.trigger.text)) {
        this.trigger.times--;
        this.resetAll();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  }
}
