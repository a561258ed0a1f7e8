// GET /readyz: is the bot doing its job, not merely alive (/healthz)? It names what is wrong in words an operator
// acts on: which feeds are failing and why, and an outbox that does not drain (how long its oldest message has
// waited). 200 "ready" or "degraded" (some feeds failing, dead messages kept); 503 "not ready" when the store
// or the scheduler is down, every feed is failing, or the oldest pending message has waited too long.
import type { FeedStateStore, OutboxStore } from '../core/ports.ts';
import { healthReport, type HealthSource, type RequestHandler } from './health-server.ts';

export interface FeedHealth {
  id: string;
  consecutiveFailures: number;
  lastError: string | null;
  /** ISO times, null when it never happened. */
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
}

export interface ReadinessSource extends HealthSource {
  /** The configured feeds' states (a feed not fetched yet may be missing). */
  feeds: () => Promise<FeedHealth[]>;
  /** How many feeds are configured. */
  feedCount: number;
  /** When the oldest pending outbox entry was queued, or null when nothing is pending. */
  oldestPendingAt: () => Promise<Date | null>;
  /**
   * Seconds the oldest pending message may wait before the outbox counts as not draining. Retries back off to at
   * most 10 minutes, so an entry still pending after 15 has failed again and again, or nothing is sending.
   */
  outboxStaleSeconds?: number;
}

const DEFAULT_OUTBOX_STALE_SECONDS = 15 * 60;
/** Later than any entry's due time: `due(FAR_FUTURE, 1)` is the oldest pending entry (due lists oldest first). */
const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

/** Readiness read from the store: the configured feeds' states (a removed feed's old state is ignored) and the outbox. */
export function storeReadiness(health: HealthSource, store: Pick<FeedStateStore, 'listFeedStates'> & Pick<OutboxStore, 'due'>, feedIds: string[]): ReadinessSource {
  const configured = new Set(feedIds);
  return {
    ...health,
    feedCount: configured.size,
    feeds: async () => (await store.listFeedStates()).filter((s) => configured.has(s.feedId)).map((s) => ({
      id: s.feedId, consecutiveFailures: s.consecutiveFailures, lastError: s.lastError, lastSuccessAt: s.lastSuccessAt, lastAttemptAt: s.lastAttemptAt,
    })),
    oldestPendingAt: async () => {
      const [oldest] = await store.due(FAR_FUTURE, 1);
      return oldest ? new Date(oldest.createdAt) : null;
    },
  };
}

function age(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

export async function readinessReport(src: ReadinessSource): Promise<{ ready: boolean; body: Record<string, unknown> }> {
  const now = src.clock.now().getTime();
  const health = await healthReport(src);
  const storeOk = health.body.store === 'ok';
  const problems: string[] = [];
  if (!storeOk) problems.push(`the store does not answer (${String(health.body.store)})`);
  if (health.body.scheduler !== 'ok') problems.push(`the feed scheduler is ${String(health.body.scheduler)}`);

  const states = storeOk ? await src.feeds().catch(() => []) : [];
  const failing = states.filter((f) => f.consecutiveFailures > 0).sort((a, b) => b.consecutiveFailures - a.consecutiveFailures);
  const allFailing = src.feedCount > 0 && failing.length === src.feedCount;
  if (failing.length) {
    const named = failing.slice(0, 5).map((f) => `${f.id} (${f.lastError ?? 'failed'}; ${f.consecutiveFailures} in a row)`).join(', ');
    problems.push(`${allFailing ? 'every feed is failing' : `${failing.length} of ${src.feedCount} feeds failing`}: ${named}${failing.length > 5 ? ` and ${failing.length - 5} more` : ''}`);
  }

  const outbox = (health.body.outbox as { pending: number; dead: number; sent: number } | null) ?? null;
  const oldest = storeOk ? await src.oldestPendingAt().catch(() => null) : null;
  const oldestAge = oldest ? Math.max(0, Math.round((now - oldest.getTime()) / 1000)) : null;
  const stuck = oldestAge !== null && oldestAge > (src.outboxStaleSeconds ?? DEFAULT_OUTBOX_STALE_SECONDS);
  if (stuck) problems.push(`the outbox is not draining: the oldest of ${outbox?.pending ?? '?'} pending messages has waited ${age(oldestAge)} (see npm run cli -- outbox --status pending)`);
  if (outbox && outbox.dead > 0) problems.push(`${outbox.dead} message${outbox.dead === 1 ? '' : 's'} could not be delivered (dead; see npm run cli -- outbox --status dead)`);

  const ready = storeOk && health.body.scheduler === 'ok' && !allFailing && !stuck;
  return {
    ready,
    body: {
      status: !ready ? 'not ready' : problems.length ? 'degraded' : 'ready',
      problems,
      store: health.body.store,
      scheduler: health.body.scheduler,
      feeds: {
        total: src.feedCount,
        failing: failing.map((f) => ({ id: f.id, consecutive_failures: f.consecutiveFailures, last_error: f.lastError, last_success_at: f.lastSuccessAt, last_attempt_at: f.lastAttemptAt })),
        last_successful_fetch_age_seconds: health.body.last_successful_fetch_age_seconds,
      },
      outbox: outbox ? { ...outbox, oldest_pending_age_seconds: oldestAge } : null,
    },
  };
}

/** GET /readyz, mounted beside /healthz (startHealthServer's extra handlers, or a platform's HTTP server). */
export function readinessRequestHandler(src: ReadinessSource): RequestHandler {
  return async (req, res) => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/readyz') return false;
    const { ready, body } = await readinessReport(src);
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    return true;
  };
}
