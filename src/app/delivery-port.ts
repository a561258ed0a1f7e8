// What the outbox needs from a chat platform. Each adapter (Slack, Discord, console) implements it;
// the outbox dispatcher owns retries, pacing and idempotency, so adapters stay thin.
import type { Message } from '../core/message.ts';

export interface SendResult {
  /** The platform's id for the posted message (Slack ts, Discord message id); used to edit it later. */
  remoteId: string | null;
}

/** Thrown (or returned as a rejection) by a sender when the platform refused or failed. */
export class DeliveryError extends Error {
  readonly code = 'DELIVERY_FAILED';
  constructor(
    message: string,
    /** Seconds the platform asked us to wait (HTTP 429 Retry-After, Discord retry_after). */
    readonly retryAfterSeconds: number | null,
    /** False for errors a retry cannot fix (channel not found, invalid blocks). */
    readonly retryable: boolean,
    options?: { cause?: unknown; maybeDelivered?: boolean },
  ) {
    super(message, options);
    this.name = 'DeliveryError';
    this.maybeDelivered = options?.maybeDelivered ?? false;
  }

  /**
   * True when the request may have reached the platform and been acted on although no answer came back (the
   * connection dropped, a timeout, a 5xx): the outbox asks the platform before sending the entry again.
   * False when the platform answered that it did not post (a rate limit, a refusal).
   */
  readonly maybeDelivered: boolean;
}

export interface SendOptions {
  /** The outbox key: the platform keeps it with the message (Slack metadata, Discord nonce) so a send whose
   *  outcome was lost in a crash can be recognised instead of repeated. */
  idempotencyKey?: string;
}

export interface PlatformSender {
  /** "slack", "discord" or "console": matches Subscription.platform. */
  readonly platform: string;
  send(channelId: string, message: Message, opts?: SendOptions): Promise<SendResult>;
  /**
   * Looks for a message sent with this idempotency key since `since` (ISO); its remote id, or null. Used after a
   * crash for entries whose send was in flight, so they are not posted twice.
   */
  findDelivered?(channelId: string, idempotencyKey: string, since: string): Promise<string | null>;
  /** Replaces a message sent before (cluster gained sources). */
  update(channelId: string, remoteId: string, message: Message): Promise<SendResult>;
}
