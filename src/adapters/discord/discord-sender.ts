// Delivers outbox messages to Discord channels over REST.
//
// Rate limits: this sender's REST client has rejectOnRateLimit on and retries off. A 429 (per route or global),
// or a bucket @discordjs/rest already knows to be empty, becomes a DeliveryError carrying retryAfterSeconds,
// and the outbox dispatcher reschedules the entry and holds the channel back. We do not let @discordjs/rest
// sleep and retry by itself: the dispatcher owns retries and pacing for every platform, a long retry_after would
// otherwise stall a whole dispatcher run, and a 5xx or timeout retried inside the client could post twice.
// A 429 means Discord did not create the message, so retrying it later never duplicates.
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes, type APIMessage } from 'discord.js';
import type { Message } from '../../core/message.ts';
import { DeliveryError, type PlatformSender, type SendOptions, type SendResult } from '../../app/delivery-port.ts';
import { renderDiscordMessage, type DiscordPayload } from './render-embeds.ts';

/** Discord JSON error codes a retry cannot fix: the channel or message is gone, access was revoked, the body is invalid. */
const PERMANENT_CODES = new Map<number, string>([
  [10003, 'Unknown Channel: the channel was deleted or the id is wrong; unsubscribe it or fix the id'],
  [10008, 'Unknown Message: the message to edit was deleted'],
  [50001, 'Missing Access: the bot cannot see this channel; give it View Channel there'],
  [50013, 'Missing Permissions: give the bot Send Messages, Embed Links and Attach Files in this channel'],
  [50035, 'Invalid Form Body: Discord refused the message content'],
  [50006, 'Cannot send an empty message'],
  [40005, 'Request entity too large: the attachment is too big'],
]);

/** The REST client the sender uses: Discord's API (or a test fake), no internal retries, 429s rejected. */
export function createSenderRest(opts: { token: string; apiUrl?: string | undefined; timeoutMs?: number }): REST {
  return new REST({
    ...(opts.apiUrl ? { api: opts.apiUrl } : {}),
    retries: 0,
    rejectOnRateLimit: () => true,
    timeout: opts.timeoutMs ?? 15_000,
  }).setToken(opts.token);
}

function toDeliveryError(error: unknown, action: string): DeliveryError {
  if (error instanceof RateLimitError) {
    const ms = Math.max(error.retryAfter, error.timeToReset, 0);
    return new DeliveryError(`Discord rate limit on ${error.route}${error.global ? ' (global)' : ''}; retry in ${ms} ms`, Math.max(ms, 1) / 1000, true, { cause: error });
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const known = PERMANENT_CODES.get(code);
    if (known) return new DeliveryError(`${action} failed: ${known} (Discord ${code})`, null, false, { cause: error });
    // 401 = bad token: every entry would fail the same way, so keep them pending until the token is fixed.
    const retryable = error.status === 401 || error.status === 408 || error.status >= 500;
    return new DeliveryError(`${action} failed: Discord ${error.status} ${code}: ${error.message}`, null, retryable, { cause: error });
  }
  if (error instanceof HTTPError) {
    return new DeliveryError(`${action} failed: Discord HTTP ${error.status}`, null, true, { cause: error, maybeDelivered: true });
  }
  // No answer (reset, timeout): the post may have been made; the nonce makes the resend return it, not repeat it.
  const reason = error instanceof Error ? error.message : String(error);
  return new DeliveryError(`${action} failed: ${reason}`, null, true, { cause: error, maybeDelivered: true });
}

function body(payload: DiscordPayload): { body: object; files?: { name: string; data: Buffer; contentType: string }[] } {
  const files = payload.files ?? [];
  return {
    body: {
      embeds: payload.embeds,
      ...(payload.components ? { components: payload.components } : {}),
      // Mentions inside news text must never ping anyone.
      allowed_mentions: { parse: [] },
      ...(files.length ? { attachments: files.map((f, id) => ({ id, filename: f.name })) } : {}),
    },
    ...(files.length ? { files } : {}),
  };
}

export class DiscordSender implements PlatformSender {
  readonly platform = 'discord';
  /**
   * Parts already posted of a multi-message send that failed half-way, so that the outbox's retry posts only
   * the rest. In memory: a restart in between re-posts the first parts (the outbox's known duplicate window).
   */
  private readonly posted = new Map<string, string[]>();

  constructor(private readonly rest: REST) {}

  async send(channelId: string, message: Message, opts: SendOptions = {}): Promise<SendResult> {
    const payloads = renderDiscordMessage(message);
    const key = createHash('sha256').update(channelId).update(JSON.stringify(message)).digest('hex');
    const ids = this.posted.get(key) ?? [];
    for (let i = ids.length; i < payloads.length; i++) {
      let created: APIMessage;
      try {
        const request = body(payloads[i]!);
        if (opts.idempotencyKey) {
          // Discord drops a second message with the same nonce (enforce_nonce), so a send repeated after a crash
          // returns the message already posted instead of posting it twice. Nonces are at most 25 characters.
          const nonce = createHash('sha256').update(`${opts.idempotencyKey}#${i}`).digest('base64url').slice(0, 25);
          Object.assign(request.body as object, { nonce, enforce_nonce: true });
        }
        created = (await this.rest.post(Routes.channelMessages(channelId), request)) as APIMessage;
      } catch (error) {
        if (ids.length) this.posted.set(key, ids);
        throw toDeliveryError(error, `Posting to Discord channel ${channelId}`);
      }
      ids.push(created.id);
    }
    this.posted.delete(key);
    return { remoteId: ids[0] ?? null };
  }

  async update(channelId: string, remoteId: string, message: Message): Promise<SendResult> {
    // An edit replaces exactly one message: render into one, cut with "…and N more" if needed.
    const [payload] = renderDiscordMessage(message, { maxMessages: 1 });
    try {
      await this.rest.patch(Routes.channelMessage(channelId, remoteId), body(payload!));
    } catch (error) {
      throw toDeliveryError(error, `Editing Discord message ${remoteId} in channel ${channelId}`);
    }
    return { remoteId };
  }
}
