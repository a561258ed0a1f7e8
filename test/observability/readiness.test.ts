// /readyz over a real SQLite store and a real HTTP server: /healthz stays a liveness check, /readyz says which
// feeds are failing and whether the outbox drains, and turns 503 when the bot is not doing its job.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { startHealthServer, type HealthSource } from '../../src/observability/health-server.ts';
import { readinessRequestHandler, storeReadiness } from '../../src/observability/readiness.ts';
import type { FeedState } from '../../src/core/ports.ts';
import { FakeClock } from '../fakes/fake-clock.ts';

const NOW = '2026-03-02T09:00:00.000Z';
const minutesAgo = (m: number) => new Date(Date.parse(NOW) - m * 60_000).toISOString();

let store: SqliteStore;
let clock: FakeClock;
let server: { port: number; close: () => Promise<void> };

function feedState(feedId: string, failures: number, lastError: string | null): FeedState {
  return {
    feedId, etag: null, lastModified: null, lastAttemptAt: minutesAgo(1), lastSuccessAt: failures ? null : minutesAgo(1),
    nextAttemptAt: null, consecutiveFailures: failures, lastError, seeded: failures === 0,
  };
}

async function get(path: string): Promise<{ status: number; body: any }> {
  const r = await fetch(`http://127.0.0.1:${server.port}${path}`);
  return { status: r.status, body: await r.json() };
}

beforeEach(async () => {
  store = SqliteStore.open(':memory:');
  clock = new FakeClock(NOW);
  const health: HealthSource = {
    clock, metrics: createMetrics(),
    pingStore: async () => { await store.depth(); },
    lastTickAt: () => clock.now(),
    lastSuccessfulFetchAt: async () => null,
    outboxDepth: () => store.depth(),
  };
  const readiness = storeReadiness(health, store, ['wire', 'daily', 'kuajing']);
  server = await startHealthServer(health, 0, '127.0.0.1', [readinessRequestHandler(readiness)]);
});

afterEach(async () => {
  await server.close();
  await store.close();
});

describe('/readyz', () => {
  it('is ready with every feed fetching and nothing waiting', async () => {
    for (const id of ['wire', 'daily', 'kuajing']) await store.saveFeedState(feedState(id, 0, null));
    const { status, body } = await get('/readyz');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', problems: [], feeds: { total: 3, failing: [] }, outbox: { pending: 0, oldest_pending_age_seconds: null } });
  });

  it('names the failing feeds and why, and stays up (degraded) while some still work', async () => {
    await store.saveFeedState(feedState('wire', 0, null));
    await store.saveFeedState(feedState('daily', 4, 'HTTP 404 Not Found'));
    await store.saveFeedState(feedState('removed-from-config', 9, 'HTTP 410 Gone'));
    const { status, body } = await get('/readyz');
    expect(status).toBe(200);
    expect(body.status).toBe('degraded');
    expect(body.problems).toEqual(['1 of 3 feeds failing: daily (HTTP 404 Not Found; 4 in a row)']);
    expect(body.feeds.failing).toEqual([{ id: 'daily', consecutive_failures: 4, last_error: 'HTTP 404 Not Found', last_success_at: null, last_attempt_at: minutesAgo(1) }]);
  });

  it('is not ready (503) when every feed fails, while /healthz still answers that the process lives', async () => {
    await store.saveFeedState(feedState('wire', 2, 'connection refused by 127.0.0.1:9 (nothing listens there)'));
    await store.saveFeedState(feedState('daily', 4, 'HTTP 404 Not Found'));
    await store.saveFeedState(feedState('kuajing', 1, 'timeout'));
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('not ready');
    expect(ready.body.problems[0]).toMatch(/^every feed is failing: daily \(HTTP 404 Not Found; 4 in a row\), wire .*, kuajing \(timeout; 1 in a row\)$/);
    const live = await get('/healthz');
    expect(live.status).toBe(200);
    expect(live.body.status).toBe('ok');
  });

  it('is not ready when the outbox does not drain, with the oldest pending message\'s age', async () => {
    for (const id of ['wire', 'daily', 'kuajing']) await store.saveFeedState(feedState(id, 0, null));
    const message = { kind: 'alert' as const, title: 'Story', sections: [] };
    await store.enqueue({ key: 'alert:slack:C1:a', platform: 'slack', channelId: 'C1', kind: 'alert', message, now: minutesAgo(42) });
    const waiting = await store.enqueue({ key: 'alert:slack:C1:b', platform: 'slack', channelId: 'C1', kind: 'alert', message, now: minutesAgo(5) });
    // Waiting out a retry does not hide an entry: it is still pending, not yet due.
    await store.markRetry(waiting.entry.id, 'HTTP 500', new Date(Date.parse(NOW) + 600_000).toISOString());
    const { status, body } = await get('/readyz');
    expect(status).toBe(503);
    expect(body.outbox).toMatchObject({ pending: 2, oldest_pending_age_seconds: 42 * 60 });
    expect(body.problems).toContain('the outbox is not draining: the oldest of 2 pending messages has waited 42 min (see npm run cli -- outbox --status pending)');
  });

  it('a fresh pending message is normal; a dead one is reported without failing readiness', async () => {
    for (const id of ['wire', 'daily', 'kuajing']) await store.saveFeedState(feedState(id, 0, null));
    const message = { kind: 'alert' as const, title: 'Story', sections: [] };
    await store.enqueue({ key: 'alert:slack:C1:fresh', platform: 'slack', channelId: 'C1', kind: 'alert', message, now: minutesAgo(1) });
    const dead = await store.enqueue({ key: 'alert:slack:C9:gone', platform: 'slack', channelId: 'C9', kind: 'alert', message, now: minutesAgo(90) });
    await store.markDead(dead.entry.id, 'channel_not_found');
    const { status, body } = await get('/readyz');
    expect(status).toBe(200);
    expect(body.status).toBe('degraded');
    expect(body.outbox).toMatchObject({ pending: 1, dead: 1, oldest_pending_age_seconds: 60 });
    expect(body.problems).toEqual(['1 message could not be delivered (dead; see npm run cli -- outbox --status dead)']);
  });
});
