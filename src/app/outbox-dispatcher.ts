// Delivers the outbox: every alert and digest is written there first (idempotency key = kind + platform +
// channel + cluster or digest period), then sent from here. Nothing is lost: an entry stays pending until the
// platform accepted it, and is retried with backoff, honouring Retry-After. Nothing is repeated: the key makes
// enqueueing idempotent, and the entry is marked sent right after the platform's answer.
//
// The window a crash could open: after the platform accepted a message and before markSent is written. It is
// closed by marking the entry "in flight" before the send and passing the outbox key to the platform (Slack
// message metadata, Discord nonce): after a restart, an in-flight entry is first looked up on the platform
// (sender.findDelivered) and only sent if it is not there.
import { deliveryInDoubt, IN_FLIGHT, type Clock, type LeaseStore, type OutboxEntry, type OutboxStore } from '../core/ports.ts';
import { DeliveryError, type PlatformSender, type SendResult } from './delivery-port.ts';

/** The subset of pino's logger the dispatcher uses. */
export interface DispatchLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface OutboxDispatcherOptions {
  /** With claimDueOutbox (Postgres), several replicas share the outbox and never send one entry twice at once. */
  store: OutboxStore & Partial<Pick<LeaseStore, 'claimDueOutbox'>>;
  /** This process's name in claims (replicas). */
  owner?: string;
  /** How long a claim holds before another replica may take the entry over (a replica that died). */
  claimMs?: number;
  /** Sender per platform name (Subscription.platform). */
  senders: Map<string, PlatformSender>;
  clock: Clock;
  logger: DispatchLogger;
  /** Minimum gap between two calls to one channel (Slack and Discord allow about one message per second). */
  perChannelIntervalMs?: number;
  /**
   * An entry is dead once it has failed at least this many times AND for at least `giveUpAfterMs` since it was
   * queued: a platform outage of a few hours is waited out. Rate limits (the platform saying "wait") never count.
   */
  maxAttempts?: number;
  giveUpAfterMs?: number;
  /** First retry delay; doubles per attempt up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected so tests advance a fake clock instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Entries fetched per store query. */
  batchSize?: number;
  /** Called after each delivery attempt (metrics). */
  onOutcome?: (entry: OutboxEntry, outcome: 'sent' | 'retried' | 'dead') => void;
  /** Called when the platform could not be asked whether an in-doubt entry was delivered (metrics). */
  onLookupFailed?: (entry: OutboxEntry, error: unknown) => void;
}

export interface DispatchResult {
  sent: number;
  retried: number;
  dead: number;
}

type Outcome = 'sent' | 'retried' | 'dead' | 'skipped';

/** How long a failing entry is retried (with backoff capped at maxDelayMs) before it is dead: a long outage. */
export const DEFAULT_GIVE_UP_AFTER_MS = 12 * 60 * 60 * 1000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function channelOf(e: OutboxEntry): string {
  return `${e.platform}\u0000${e.channelId}`;
}

export class OutboxDispatcher {
  private readonly store: OutboxDispatcherOptions['store'];
  private readonly owner: string;
  private readonly claimMs: number;
  private readonly senders: Map<string, PlatformSender>;
  private readonly clock: Clock;
  private readonly logger: DispatchLogger;
  private readonly interval: number;
  private readonly maxAttempts: number;
  private readonly giveUpAfterMs: number;
  private readonly onLookupFailed: OutboxDispatcherOptions['onLookupFailed'];
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly batchSize: number;
  private readonly onOutcome: OutboxDispatcherOptions['onOutcome'];
  /** Per channel: when the last call went out (pacing) and until when the platform asked us to hold off. */
  private readonly lastCallAt = new Map<string, number>();
  private readonly blockedUntil = new Map<string, number>();
  /** alert_update entries waiting for their original to be delivered, until the original's next attempt. */
  private readonly deferredUntil = new Map<number, number>();
  /** Newest update id delivered per edited alert, so an older update retried late cannot overwrite it. */
  private readonly newestUpdate = new Map<string, number>();
  private inFlight: Promise<DispatchResult> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(opts: OutboxDispatcherOptions) {
    this.store = opts.store;
    this.owner = opts.owner ?? `dispatcher-${process.pid}`;
    this.claimMs = opts.claimMs ?? 60_000;
    this.senders = opts.senders;
    this.clock = opts.clock;
    this.logger = opts.logger;
    this.interval = opts.perChannelIntervalMs ?? 1000;
    this.maxAttempts = opts.maxAttempts ?? 8;
    this.giveUpAfterMs = opts.giveUpAfterMs ?? DEFAULT_GIVE_UP_AFTER_MS;
    this.onLookupFailed = opts.onLookupFailed;
    this.baseDelayMs = opts.baseDelayMs ?? 2000;
    this.maxDelayMs = opts.maxDelayMs ?? 10 * 60_000;
    this.sleep = opts.sleep ?? realSleep;
    this.batchSize = opts.batchSize ?? 200;
    this.onOutcome = opts.onOutcome;
  }

  /**
   * Delivers every entry due now. Channels are served in parallel and each channel in order, paced; a failing
   * entry is rescheduled or declared dead and never holds up the others. Concurrent calls share one run.
   */
  runOnce(): Promise<DispatchResult> {
    this.inFlight ??= this.deliverDue().finally(() => { this.inFlight = null; });
    return this.inFlight;
  }

  /** Polls every `pollMs` until stop(); each poll starts after the previous one finished. */
  start(pollMs = 1000): void {
    if (this.timer) return;
    this.stopping = false;
    const tick = async () => {
      try {
        const r = await this.runOnce();
        if (r.sent || r.retried || r.dead) this.logger.info(r, 'outbox delivered');
      } catch (error) {
        this.logger.error({ err: error }, 'outbox run failed; will try again');
      }
      if (!this.stopping) this.timer = setTimeout(() => void tick(), pollMs);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  /** Stops polling; resolves once a run in progress has finished (so the store can be closed after). */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight?.catch(() => undefined);
  }

  private async deliverDue(): Promise<DispatchResult> {
    const totals: DispatchResult = { sent: 0, retried: 0, dead: 0 };
    const seen = new Set<number>();
    // Re-query until nothing new is due: a batch may be smaller than the backlog.
    for (;;) {
      const claimedAt = this.clock.now();
      const now = claimedAt.toISOString();
      const batch = this.store.claimDueOutbox
        ? await this.store.claimDueOutbox(now, this.batchSize, this.owner, this.claimMs)
        : await this.store.due(now, this.batchSize);
      // A claim only protects an entry until it runs out; after that another replica may claim and send it. So a
      // long batch (a backlog paced at one message a second) stops starting sends once half the claim is used,
      // leaving the other half for the send in progress; the rest is claimed again when the claim has run out.
      const sendUntil = this.store.claimDueOutbox ? claimedAt.getTime() + this.claimMs / 2 : Infinity;
      const due = batch.filter((e) => !seen.has(e.id));
      if (due.length === 0) break;
      const byChannel = new Map<string, OutboxEntry[]>();
      for (const e of due) {
        seen.add(e.id);
        byChannel.set(channelOf(e), [...(byChannel.get(channelOf(e)) ?? []), e]);
      }
      await Promise.all([...byChannel.values()].map((entries) => this.deliverChannel(entries, totals, sendUntil)));
    }
    return totals;
  }

  private async deliverChannel(entries: OutboxEntry[], totals: DispatchResult, sendUntil: number): Promise<void> {
    // Several edits of one alert due together: only the newest needs to go out.
    const newestInBatch = new Map<string, number>();
    for (const e of entries) {
      if (e.kind === 'alert_update' && e.updatesKey) newestInBatch.set(e.updatesKey, Math.max(e.id, newestInBatch.get(e.updatesKey) ?? 0));
    }
    for (const entry of entries) {
      if (this.clock.now().getTime() >= sendUntil) break;
      let outcome: Outcome;
      try {
        const superseded = entry.kind === 'alert_update' && entry.updatesKey
          && entry.id < Math.max(newestInBatch.get(entry.updatesKey) ?? 0, this.newestUpdate.get(entry.updatesKey) ?? 0);
        outcome = superseded ? await this.supersede(entry) : await this.deliverOne(entry);
      } catch (error) {
        // The store itself failed (disk full, closed): the entry stays pending for the next run. If this was
        // markSent after a successful send, that next run delivers it a second time, hence the error level.
        this.logger.error({ err: error, key: entry.key }, 'outbox bookkeeping failed; the entry stays pending and may be delivered again');
        outcome = 'skipped';
      }
      if (outcome !== 'skipped') {
        totals[outcome]++;
        this.onOutcome?.(entry, outcome);
      }
    }
  }

  private async supersede(entry: OutboxEntry): Promise<Outcome> {
    // Its content is older than an edit already made or about to be made; sending it would roll the alert back.
    await this.store.markSent(entry.id, null, this.clock.now().toISOString());
    this.logger.info({ key: entry.key }, 'outbox update superseded by a newer one');
    return 'sent';
  }

  private async deliverOne(entry: OutboxEntry): Promise<Outcome> {
    const channel = channelOf(entry);
    const now = this.clock.now().getTime();
    if ((this.blockedUntil.get(channel) ?? 0) > now) return 'skipped';
    if ((this.deferredUntil.get(entry.id) ?? 0) > now) return 'skipped';
    const sender = this.senders.get(entry.platform);
    // A platform this process does not serve (e.g. `once` prints to the console while Slack entries wait for the
    // bot): leave the entry untouched for a process that has the sender, rather than spend its attempts.
    if (!sender) return 'skipped';

    let target: { remoteId: string } | null = null;
    if (entry.kind === 'alert_update') {
      const original = entry.updatesKey ? await this.store.getByKey(entry.updatesKey) : null;
      if (!original) return this.dead(entry, `the alert to update (${entry.updatesKey ?? 'none'}) is not in the outbox`);
      if (original.status === 'dead') return this.dead(entry, `the alert it updates was never delivered: ${original.lastError ?? 'dead'}`);
      if (original.status === 'pending') {
        // Wait for the original rather than posting a second message. We do not rewrite the pending original
        // with the newer content: the store has no such operation and it would race with a send in flight;
        // the edit follows within one poll of the original going out.
        this.deferredUntil.set(entry.id, Date.parse(original.nextAttemptAt));
        return 'skipped';
      }
      if (!original.remoteId) return this.dead(entry, 'the platform gave no message id for the alert, so it cannot be edited');
      target = { remoteId: original.remoteId };
    }

    if (!target && deliveryInDoubt(entry.lastError) && sender.findDelivered) {
      // The last send may have reached the platform but its outcome was never recorded (a crash, a lost
      // response, a requeued dead letter): ask the platform before sending again.
      let found: string | null = null;
      try {
        found = await sender.findDelivered(entry.channelId, entry.key, entry.createdAt);
      } catch (error) {
        // A lookup that may work later (Slack unreachable, 5xx): try the whole entry again later, still in doubt.
        if (!(error instanceof DeliveryError) || error.retryable) {
          const reason = `could not check whether it was already delivered: ${(error as Error).message}`;
          return this.fail(entry, new DeliveryError(reason, null, true, { cause: error, maybeDelivered: true }), this.clock.now().toISOString());
        }
        // One that cannot (the bot may not read the channel): sending anyway may repeat the message, holding it
        // back would lose it. Send, and say so and count it.
        this.onLookupFailed?.(entry, error);
        this.logger.warn({ key: entry.key, platform: entry.platform, channel: entry.channelId, error: (error as Error).message },
          'could not check on the platform whether this entry was already delivered; sending it (it may appear twice)');
      }
      if (found) {
        await this.store.markSent(entry.id, found, this.clock.now().toISOString());
        this.logger.info({ key: entry.key }, 'outbox entry was already delivered before a restart; not sending it again');
        return 'sent';
      }
    }

    await this.pace(channel);
    let result: SendResult;
    let startedAt: string | null = null;
    try {
      if (!target) {
        startedAt = this.clock.now().toISOString();
        await this.store.markSending(entry.id, startedAt);
      }
      result = target
        ? await sender.update(entry.channelId, target.remoteId, entry.message)
        : await sender.send(entry.channelId, entry.message, { idempotencyKey: entry.key });
    } catch (error) {
      this.lastCallAt.set(channel, this.clock.now().getTime());
      return this.fail(entry, error, startedAt);
    }
    this.lastCallAt.set(channel, this.clock.now().getTime());
    // Record the delivery before anything else can fail or yield: this is the duplicate window (see top).
    await this.store.markSent(entry.id, result.remoteId ?? target?.remoteId ?? null, this.clock.now().toISOString());
    this.deferredUntil.delete(entry.id);
    if (entry.kind === 'alert_update' && entry.updatesKey) {
      this.newestUpdate.set(entry.updatesKey, Math.max(entry.id, this.newestUpdate.get(entry.updatesKey) ?? 0));
    }
    return 'sent';
  }

  private async pace(channel: string): Promise<void> {
    const last = this.lastCallAt.get(channel);
    if (this.interval <= 0 || last === undefined) return;
    const wait = last + this.interval - this.clock.now().getTime();
    if (wait > 0) await this.sleep(wait);
  }

  private async fail(entry: OutboxEntry, error: unknown, startedAt: string | null): Promise<Outcome> {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof DeliveryError && !error.retryable) return this.dead(entry, reason);
    const now = this.clock.now().getTime();
    const retryAfterMs = error instanceof DeliveryError && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : null;
    // A rate limit is the platform saying "wait": the message was not posted and it is no failure, so it uses
    // up no attempt and never makes an entry dead.
    const rateLimited = retryAfterMs !== null;
    const attempt = rateLimited ? entry.attempts : entry.attempts + 1;
    const failingFor = now - Date.parse(entry.createdAt);
    if (!rateLimited && attempt >= this.maxAttempts && failingFor >= this.giveUpAfterMs) {
      return this.dead(entry, `gave up after ${attempt} attempts over ${describeDuration(failingFor)}: ${reason}`);
    }
    // Backoff is deterministic (no jitter): per-channel pacing already spreads retries, and tests stay exact.
    const delay = retryAfterMs ?? Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(attempt - 1, 30));
    if (rateLimited) this.blockedUntil.set(channelOf(entry), now + retryAfterMs);
    const next = new Date(now + delay).toISOString();
    // The in-flight marker stays when the request may have reached the platform (no answer came back), so the
    // next try asks the platform first instead of posting a second copy. A rate limit or refusal clears it:
    // the platform said it did not post.
    const keepMarker = (!(error instanceof DeliveryError) || error.maybeDelivered) && startedAt !== null;
    const lastError = keepMarker ? `${IN_FLIGHT} ${startedAt}, outcome unknown: ${reason}` : reason;
    await this.store.markRetry(entry.id, lastError, next, { countAttempt: !rateLimited });
    this.logger.warn({ key: entry.key, attempt, retryAt: next, error: reason }, rateLimited ? 'platform rate limit; waiting as asked' : 'outbox delivery failed; will retry');
    return 'retried';
  }

  private async dead(entry: OutboxEntry, reason: string): Promise<Outcome> {
    await this.store.markDead(entry.id, reason);
    this.deferredUntil.delete(entry.id);
    this.logger.error({ key: entry.key, platform: entry.platform, channel: entry.channelId, reason }, 'outbox entry is dead');
    return 'dead';
  }
}

/** "3 h 20 min", "45 s": how long an entry was retried, for the reason it died. */
function describeDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}`;
}
