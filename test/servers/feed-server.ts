// A small local feed server for tests: serves given bodies per path with ETag / Last-Modified / 304, configurable
// status, delay and Retry-After, and an escape hatch for hostile behaviour. Listens on 127.0.0.1, port 0; records
// every request and counts TCP connections, so a test can prove that a refused fetch never connected.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  status?: number;
  body?: string | Buffer;
  /** Default: application/rss+xml; charset=utf-8. */
  contentType?: string;
  etag?: string;
  lastModified?: string;
  /** Value of the Retry-After header (seconds or HTTP date). */
  retryAfter?: string;
  /** Redirect target (sets Location; status defaults to 302). */
  location?: string;
  headers?: Record<string, string>;
  /** Waits this long before answering. */
  delayMs?: number;
  /** Takes over the response entirely (drip, bombs, lies). */
  handler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export interface RecordedRequest { path: string; headers: http.IncomingHttpHeaders }

export interface FeedServer {
  /** Absolute URL of `path` on this server (http://127.0.0.1:PORT/path). */
  url(path: string): string;
  port: number;
  requests: RecordedRequest[];
  /** TCP connections accepted so far. */
  connections(): number;
  setRoute(path: string, route: FeedRoute): void;
  close(): Promise<void>;
}

export async function startFeedServer(routes: Record<string, FeedRoute> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    const route = table.get(path);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such feed');
    const answer = () => {
      if (route.handler) return route.handler(req, res);
      const headers: Record<string, string> = { 'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8', ...route.headers };
      if (route.etag) headers.etag = route.etag;
      if (route.lastModified) headers['last-modified'] = route.lastModified;
      if (route.retryAfter) headers['retry-after'] = route.retryAfter;
      if (route.location) headers.location = route.location;
      const etagMatches = route.etag !== undefined && req.headers['if-none-match'] === route.etag;
      const notModifiedSince = route.etag === undefined && route.lastModified !== undefined && req.headers['if-modified-since'] === route.lastModified;
      if (etagMatches || notModifiedSince) return void res.writeHead(304, headers).end();
      res.writeHead(route.status ?? (route.location ? 302 : 200), headers).end(route.body ?? '');
    };
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    connections: () => connections,
    setRoute: (path, route) => void table.set(path, route),
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
