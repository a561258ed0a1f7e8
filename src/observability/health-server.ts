// GET /healthz and GET /metrics. Health = the store answers, the scheduler ticked recently, and how old the last
// successful fetch is (reported, and unhealthy only when every feed has been failing for a long time).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../core/ports.ts';
import type { Metrics } from './metrics.ts';
import { explainListenFault } from '../core/explain-startup-fault.ts';

/** How long /healthz waits for the store before it reports it down. */
const STORE_PING_TIMEOUT_MS = 3000;

export interface HealthSource {
  clock: Clock;
  /** Resolves when the store answers a trivial query. */
  pingStore: () => Promise<void>;
  /** Last time the poll scheduler ticked (null before the first tick). */
  lastTickAt: () => Date | null;
  lastSuccessfulFetchAt: () => Promise<Date | null>;
  outboxDepth: () => Promise<{ pending: number; dead: number; sent: number }>;
  metrics: Metrics;
  /** Seconds after which a silent scheduler counts as dead. */
  schedulerStaleSeconds?: number;
  /** Seconds without any successful fetch after which the bot reports unhealthy. */
  fetchStaleSeconds?: number;
}

export async function healthReport(src: HealthSource): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  const now = src.clock.now().getTime();
  let storeOk = true;
  let storeError: string | null = null;
  // A store that hangs (a Postgres that accepts and never answers) must make health say so, not hang with it.
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`the store did not answer within ${STORE_PING_TIMEOUT_MS / 1000} s`)), STORE_PING_TIMEOUT_MS); });
  try { await Promise.race([src.pingStore(), hung]); } catch (e) { storeOk = false; storeError = (e as Error).message; } finally { clearTimeout(timer); }
  const tick = src.lastTickAt();
  const schedulerOk = tick !== null && now - tick.getTime() <= (src.schedulerStaleSeconds ?? 120) * 1000;
  const lastFetch = storeOk ? await src.lastSuccessfulFetchAt().catch(() => null) : null;
  const fetchAge = lastFetch ? Math.round((now - lastFetch.getTime()) / 1000) : null;
  const fetchOk = fetchAge === null || fetchAge <= (src.fetchStaleSeconds ?? 6 * 3600);
  const outbox = storeOk ? await src.outboxDepth().catch(() => null) : null;
  const ok = storeOk && schedulerOk && fetchOk;
  return {
    ok,
    body: {
      status: ok ? 'ok' : 'unhealthy',
      store: storeOk ? 'ok' : `error: ${storeError}`,
      scheduler: schedulerOk ? 'ok' : tick ? `stale (last tick ${tick.toISOString()})` : 'not started',
      last_successful_fetch_age_seconds: fetchAge,
      outbox,
    },
  };
}

/** Node request handler, usable stand-alone or mounted on another server (e.g. Bolt's HTTP receiver). */
export function healthRequestHandler(src: HealthSource) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const url = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || (url !== '/healthz' && url !== '/metrics')) return false;
    if (url === '/healthz') {
      const { ok, body } = await healthReport(src);
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } else {
      const depth = await src.outboxDepth().catch(() => null);
      if (depth) for (const [status, n] of Object.entries(depth)) src.metrics.outboxDepth.set({ status }, n);
      res.writeHead(200, { 'content-type': src.metrics.registry.contentType }).end(await src.metrics.registry.metrics());
    }
    return true;
  };
}

/** Handles a request it owns and resolves true, or resolves false to let the next handler try. */
export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;

/** One HTTP server for /healthz, /metrics and any extra endpoints (e.g. Discord's interactions URL). */
export async function startHealthServer(src: HealthSource, port: number, host = '0.0.0.0', extra: RequestHandler[] = []): Promise<{ port: number; close: () => Promise<void> }> {
  const handlers = [healthRequestHandler(src), ...extra];
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        for (const handle of handlers) if (await handle(req, res)) return;
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } catch {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => server.once('error', (e) => reject(explainListenFault(e, port))).listen(port, host, () => resolve()));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) };
}
