// Delivers outbox messages to Slack: chat.postMessage (the ts is kept to edit the alert later), chat.update for
// edits, files.uploadV2 for attached PNGs (the digest chart). The outbox owns retries, so the WebClient must not
// retry on its own (that would send twice): a 429 surfaces at once as a DeliveryError with Retry-After.
import type { Logger } from '../../core/ports.ts';
import { LogLevel, webApi, type Logger as SlackLogger } from '@slack/bolt';
import type { Message } from '../../core/message.ts';
import { DeliveryError, type PlatformSender, type SendOptions, type SendResult } from '../../app/delivery-port.ts';
import { renderSlackMessage } from './render-blocks.ts';

type WebClient = webApi.WebClient;
const { ErrorCode } = webApi;

/** Slack errors a retry cannot fix: the outbox marks the entry dead at once. */
const PERMANENT_ERRORS = new Set([
  'channel_not_found', 'not_in_channel', 'is_archived', 'invalid_blocks', 'invalid_blocks_format', 'msg_too_long',
  'invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'missing_scope',
  'no_permission', 'restricted_action', 'cant_update_message', 'message_not_found', 'edit_window_closed',
  'invalid_arguments', 'channel_is_archived', 'team_access_not_granted',
]);

/** A long digest may take a few messages; more would flood the channel. */
const MAX_MESSAGES = 3;

/** Slack's Web API base for the WebClient; tests point it at a local fake. Always ends with "/". */
export function slackApiBase(apiUrl: string | undefined): string {
  const base = apiUrl ?? 'https://slack.com/api/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** How long one Web API call may take before it is abandoned (and, for a post, looked up before it is retried). */
export const SLACK_CALL_TIMEOUT_MS = 10_000;

/**
 * A WebClient that never retries and rejects rate-limited calls, so the outbox decides (and nothing is sent twice).
 * Every call has a timeout: a request Slack never answers would otherwise hold the channel (and shutdown) forever.
 */
export function createSenderClient(opts: { botToken: string; apiUrl: string | undefined; logger?: SlackLogger; timeoutMs?: number }): WebClient {
  return new webApi.WebClient(opts.botToken, {
    slackApiUrl: slackApiBase(opts.apiUrl),
    timeout: opts.timeoutMs ?? SLACK_CALL_TIMEOUT_MS,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    ...(opts.logger ? { logger: opts.logger } : { logLevel: LogLevel.ERROR }),
  });
}

/** Maps a WebClient error to a DeliveryError the outbox understands. */
export function toDeliveryError(error: unknown, action: string): DeliveryError {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
  if (e.code === ErrorCode.RateLimitedError) {
    return new DeliveryError(`Slack rate-limited ${action}; retry after ${e.retryAfter ?? '?'} s`, e.retryAfter ?? null, true, { cause: error });
  }
  if (e.code === ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    const hint = code === 'not_in_channel' ? ' (invite the bot with /invite @tts-radar, or add the chat:write.public scope)'
      : code === 'channel_not_found' ? ' (the channel was deleted, or is private and the bot is not in it)' : '';
    return new DeliveryError(`Slack refused ${action}: ${code}${hint}`, null, !PERMANENT_ERRORS.has(code), { cause: error });
  }
  if (e.code === ErrorCode.HTTPError) {
    const status = e.statusCode ?? 0;
    // 5xx and 408 are Slack's trouble and pass; other 4xx will not fix themselves.
    return new DeliveryError(`Slack answered HTTP ${status} to ${action}`, null, status >= 500 || status === 408, { cause: error, maybeDelivered: status >= 500 || status === 408 });
  }
  // No answer (connection reset, timeout): Slack may have posted the message before the answer was lost.
  return new DeliveryError(`could not reach Slack for ${action}: ${e.message ?? String(error)}`, null, true, { cause: error, maybeDelivered: true });
}

/** Slack message metadata type that carries our outbox key. */
export const METADATA_EVENT = 'tts_radar_outbox';

export class SlackSender implements PlatformSender {
  readonly platform = 'slack';

  constructor(private readonly client: WebClient, private readonly logger?: Logger) {}

  async send(channelId: string, message: Message, opts: SendOptions = {}): Promise<SendResult> {
    const [first, ...rest] = renderSlackMessage(message, { maxMessages: MAX_MESSAGES });
    let ts: string;
    // The outbox key travels with the message as metadata, so findDelivered can recognise it after a crash.
    const metadata = opts.idempotencyKey ? { event_type: METADATA_EVENT, event_payload: { key: opts.idempotencyKey } } : undefined;
    try {
      const r = await this.client.chat.postMessage({ channel: channelId, text: first!.text, blocks: first!.blocks, unfurl_links: false, unfurl_media: false, ...(metadata ? { metadata } : {}) });
      ts = r.ts ?? '';
      this.checkScopes(r.response_metadata?.scopes);
    } catch (error) {
      throw toDeliveryError(error, 'chat.postMessage');
    }
    // Once the first part is out, a failure must not throw: the outbox would send the whole message again. The
    // rest is best effort and a miss is logged.
    for (const part of rest) {
      try {
        await this.client.chat.postMessage({ channel: channelId, text: part.text, blocks: part.blocks, unfurl_links: false, unfurl_media: false });
      } catch (error) {
        this.logger?.warn({ channel: channelId, error: toDeliveryError(error, 'chat.postMessage').message }, 'Slack: a continuation of a long message was not delivered');
      }
    }
    await this.uploadAttachments(channelId, message);
    return { remoteId: ts || null };
  }

  private scopesChecked = false;

  /**
   * Says once, on the first post, when the token cannot read history: without it a send whose answer is lost
   * cannot be checked and may be posted twice. Slack lists the token's scopes with every answer (x-oauth-scopes).
   */
  private checkScopes(scopes: string[] | undefined): void {
    if (this.scopesChecked || !scopes) return;
    this.scopesChecked = true;
    const missing = ['channels:history', 'groups:history', 'channels:join'].filter((s) => !scopes.includes(s));
    if (missing.length === 0) return;
    this.logger?.warn({ missing }, `the Slack bot token lacks ${missing.join(', ')}: a message whose answer is lost (or that was in flight in a crash) `
      + 'cannot be looked up in such channels and may be posted twice; add the scopes under OAuth & Permissions (see config/slack-manifest.yaml) and reinstall the app');
  }

  /**
   * Looks through the channel's recent history for our message carrying this outbox key. A bot posting to a
   * public channel it is not in (chat:write.public) may not read its history: it joins the channel (channels:join)
   * and reads again. Any other refusal is thrown, for the outbox to log and count.
   */
  async findDelivered(channelId: string, idempotencyKey: string, since: string): Promise<string | null> {
    try {
      return await this.searchHistory(channelId, idempotencyKey, since);
    } catch (error) {
      const data = (error as { data?: { error?: string; needed?: string } }).data;
      if (data?.error === 'missing_scope') {
        // No other read tells whether Slack kept the post (chat.postMessage takes no idempotency key): say what fixes it.
        throw new DeliveryError(`Slack refused conversations.history: missing_scope — the bot token lacks ${data.needed ?? 'channels:history'} `
          + '(channels:history for public channels, groups:history for private ones): add it under OAuth & Permissions and reinstall the app; '
          + 'until then a message whose answer was lost may be posted twice', null, false, { cause: error });
      }
      if (data?.error !== 'not_in_channel') throw toDeliveryError(error, 'conversations.history');
    }
    try {
      await this.client.conversations.join({ channel: channelId });
      return await this.searchHistory(channelId, idempotencyKey, since);
    } catch (error) {
      const e = toDeliveryError(error, 'conversations.join + conversations.history');
      throw new DeliveryError(`${e.message} (to check for a message whose answer was lost, the bot must be able to read the channel: invite it, or add the channels:join and channels:history scopes)`, null, e.retryable, { cause: error });
    }
  }

  private async searchHistory(channelId: string, idempotencyKey: string, since: string): Promise<string | null> {
    const oldest = String(Math.floor(Date.parse(since) / 1000) - 60);
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const r = await this.client.conversations.history({ channel: channelId, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      for (const m of r.messages ?? []) {
        const payload = (m as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
        if (payload?.event_type === METADATA_EVENT && payload.event_payload?.key === idempotencyKey) return m.ts ?? null;
      }
      cursor = r.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return null;
  }

  async update(channelId: string, remoteId: string, message: Message): Promise<SendResult> {
    const [only] = renderSlackMessage(message, { maxMessages: 1 });
    try {
      await this.client.chat.update({ channel: channelId, ts: remoteId, text: only!.text, blocks: only!.blocks });
    } catch (error) {
      throw toDeliveryError(error, 'chat.update');
    }
    return { remoteId };
  }

  /** Uploads attached files right under the message, best effort for the same reason as continuations. */
  private async uploadAttachments(channelId: string, message: Message): Promise<void> {
    for (const a of message.attachments ?? []) {
      try {
        await this.client.filesUploadV2({
          channel_id: channelId,
          file: Buffer.from(a.dataBase64, 'base64'),
          filename: a.filename.replace(/[^A-Za-z0-9_.-]/g, '_') || 'attachment',
          title: a.title ?? a.filename,
        });
      } catch (error) {
        this.logger?.warn({ channel: channelId, file: a.filename, error: toDeliveryError(error, 'files.uploadV2').message }, 'Slack: an attachment was not uploaded');
      }
    }
  }
}
