// Delivers the outbox: every alert and digest is written there first (idempotency key = kind + platform +
// channel + cluster or digest period), then sent from here. Nothing is lost: an entry stays pending until the
// platform accepted it, and is retried with backoff, honouring Retry-After. Nothing is repeated: the key makes
// enqueueing idempotent, and the entry is marked sent right after the platform's answer.
//
// The window a crash could open: after the platform accepted a message and before markSent is written. It is
// closed by marking the entry "in flight" before the send and passing the outbox key to the platform (Slack
// message metadata, Discord nonce): after a restart, an in-flight entry is first looked up on the platform
// (sender.findDelivered) and only sent if it is not there.
import { claimsOutbox, deliveryInDoubt, type Clock, type OutboxEntry, type OutboxStore, type Logger } from '../core/ports.ts';
import { DeliveryError, type PlatformSender, type SendResult } from './delivery-port.ts';
import { DEFAULT_GIVE_UP_AFTER_MS, retryDecision, type RetryPolicy } from './outbox-retry-policy.ts';

export interface OutboxDispatcherOptions {
  /** A store that is also an OutboxClaimStore (Postgres) lets several replicas share the outbox, never sending one entry twice at once. */
  store: OutboxStore;
  /** This process's name in claims (replicas). */
  owner?: string;
  /** How long a claim holds before another replica may take the entry over (a replica that died). */
  claimMs?: number;
  /** Sender per platform name (Subscription.platform). */
  senders: Map<string, PlatformSender>;
  clock: Clock;
  logger: Logger;
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
  private readonly logger: Logger;
  private readonly interval: number;
  private readonly policy: RetryPolicy;
  private readonly onLookupFailed: OutboxDispatcherOptions['onLookupFailed'];
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
  /** start(): the channels being delivered right now, each by its own worker (one channel never waits for another). */
  private readonly busy = new Map<string, Promise<void>>();
  /** Channels whose failed lookup was already logged at warn level (once per channel and process). */
  private readonly lookupWarned = new Set<string>();

  constructor(opts: OutboxDispatcherOptions) {
    this.store = opts.store;
    this.owner = opts.owner ?? `dispatcher-${process.pid}`;
    this.claimMs = opts.claimMs ?? 60_000;
    this.senders = opts.senders;
    this.clock = opts.clock;
    this.logger = opts.logger;
    this.interval = opts.perChannelIntervalMs ?? 1000;
    this.policy = {
      maxAttempts: opts.maxAttempts ?? 8,
      giveUpAfterMs: opts.giveUpAfterMs ?? DEFAULT_GIVE_UP_AFTER_MS,
      baseDelayMs: opts.baseDelayMs ?? 2000,
      maxDelayMs: opts.maxDelayMs ?? 10 * 60_000,
    };
    this.onLookupFailed = opts.onLookupFailed;
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

  /**
   * Polls every `pollMs` until stop(). Each channel with due entries gets its own worker; a poll starts workers
   * for the channels that have none, so a channel whose platform hangs (until the sender's timeout) or backs off
   * never holds up the others, nor the other platform.
   */
  start(pollMs = 1000): void {
    if (this.timer) return;
    this.stopping = false;
    const tick = async () => {
      try {
        await this.startWorkers();
      } catch (error) {
        this.logger.error({ err: error }, 'outbox poll failed; will try again');
      }
      if (!this.stopping) this.timer = setTimeout(() => void tick(), pollMs);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  /**
   * Due entries (claimed, with replicas) grouped by channel, and until when sends may start. A claim only protects
   * an entry until it runs out; after that another replica may claim and send it. So a long batch (a backlog
   * paced at one message a second) stops starting sends once half the claim is used, leaving the other half for
   * the send in progress; the rest is claimed again when the claim has run out.
   */
  private async dueByChannel(skip: (e: OutboxEntry) => boolean, busy: readonly { platform: string; channelId: string }[] = []): Promise<{ byChannel: Map<string, OutboxEntry[]>; sendUntil: number }> {
    const claimedAt = this.clock.now();
    const now = claimedAt.toISOString();
    // Entries of a channel whose worker is still busy are not claimed: claimed and skipped, they would sit out
    // the whole claim (a minute) while every replica is free to send them.
    const shared = claimsOutbox(this.store);
    const batch = shared
      ? await this.store.claimDueOutbox(now, this.batchSize, this.owner, this.claimMs, busy)
      : await this.store.due(now, this.batchSize);
    const sendUntil = shared ? claimedAt.getTime() + this.claimMs / 2 : Infinity;
    const byChannel = new Map<string, OutboxEntry[]>();
    for (const e of batch) {
      if (skip(e)) continue;
      byChannel.set(channelOf(e), [...(byChannel.get(channelOf(e)) ?? []), e]);
    }
    return { byChannel, sendUntil };
  }

  private async startWorkers(): Promise<void> {
    const busy = [...this.busy.keys()].map((key) => {
      const [platform = '', channelId = ''] = key.split('\u0000');
      return { platform, channelId };
    });
    const { byChannel, sendUntil } = await this.dueByChannel((e) => this.busy.has(channelOf(e)), busy);
    for (const [channel, entries] of byChannel) {
      const totals: DispatchResult = { sent: 0, retried: 0, dead: 0 };
      const worker = this.deliverChannel(entries, totals, sendUntil)
        .then(() => { if (totals.sent || totals.retried || totals.dead) this.logger.info(totals, 'outbox delivered'); })
        .catch((error: unknown) => this.logger.error({ err: error }, 'outbox delivery failed; will try again'))
        .finally(() => this.busy.delete(channel));
      this.busy.set(channel, worker);
    }
  }

  /**
   * Stops polling; resolves once the sends in progress have finished (so the store can be closed after). No new
   * send starts after stop(), and each one in progress ends within the sender's timeout: shutdown is bounded.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.all([this.inFlight?.catch(() => undefined), ...this.busy.values()]);
  }

  private async deliverDue(): Promise<DispatchResult> {
    const totals: DispatchResult = { sent: 0, retried: 0, dead: 0 };
    const seen = new Set<number>();
    // Re-query until nothing new is due: a batch may be smaller than the backlog.
    for (;;) {
      const { byChannel, sendUntil } = await this.dueByChannel((e) => seen.has(e.id));
      if (byChannel.size === 0) break;
      for (const entries of byChannel.values()) for (const e of entries) seen.add(e.id);
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
      if (this.clock.now().getTime() >= sendUntil || this.stopping) break;
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
        // Said once per channel with the fix (it will not go away by itself), counted every time.
        this.onLookupFailed?.(entry, error);
        const first = !this.lookupWarned.has(channelOf(entry));
        this.lookupWarned.add(channelOf(entry));
        (first ? this.logger.warn : this.logger.info).call(this.logger, { key: entry.key, platform: entry.platform, channel: entry.channelId, error: (error as Error).message },
          first ? 'could not check on the platform whether this entry was already delivered; sending it (it may appear twice)'
            : 'sending again without a check on the platform (see the warning above)');
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
    const now = this.clock.now().getTime();
    const d = retryDecision(entry, error, startedAt, now, this.policy);
    if (d.kind === 'dead') return this.dead(entry, d.reason);
    if (d.rateLimited) this.blockedUntil.set(channelOf(entry), d.nextAt);
    const next = new Date(d.nextAt).toISOString();
    await this.store.markRetry(entry.id, d.lastError, next, { countAttempt: !d.rateLimited });
    this.logger.warn({ key: entry.key, attempt: d.attempt, retryAt: next, error: d.reason }, d.rateLimited ? 'platform rate limit; waiting as asked' : 'outbox delivery failed; will retry');
    return 'retried';
  }

  private async dead(entry: OutboxEntry, reason: string): Promise<Outcome> {
    await this.store.markDead(entry.id, reason);
    this.deferredUntil.delete(entry.id);
    this.logger.error({ key: entry.key, platform: entry.platform, channel: entry.channelId, reason }, 'outbox entry is dead');
    return 'dead';
  }
}
