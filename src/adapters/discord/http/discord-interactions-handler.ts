// POST /discord/interactions: Discord's "Interactions Endpoint URL", for teams that run the bot behind a load
// balancer instead of holding a gateway connection. Order matters: size cap, then signature + timestamp + replay,
// and only then is the body parsed — nothing unauthenticated reaches JSON.parse or the commands.
// Discord expects the answer in this HTTP response within 3 seconds; files cannot be attached to it.
import type http from 'node:http';
import { PermissionFlagsBits } from 'discord.js';
import type { CommandContext } from '../../../core/commands/command.ts';
import type { Clock, Logger } from '../../../core/ports.ts';
import { autocompleteChoices } from '../autocomplete-choices.ts';
import { TTS_COMMAND_NAME } from '../command-definitions.ts';
import type { InteractionDeps, ManagePermission } from '../handle-interaction.ts';
import { storyOfCustomId } from '../../../core/evidence/review-actions.ts';
import { statusCommandOfCustomId } from '../../../core/commands/status-reply.ts';
import { interactionToCommand } from '../interaction-to-command.ts';
import { renderDiscordMessage, type DiscordPayload } from '../render-embeds.ts';
import {
  INTERACTION_TYPE, focusedOption, interactionBodySchema, invocationContext, rawOptionReader, subcommandOf,
  type CommandInvocation, type ComponentPress,
} from './interaction-body-schema.ts';
import { ReplayGuard, verifyDiscordSignature, parseEd25519PublicKey, type ReplayCheck } from './verify-discord-signature.ts';
import { readBoundedBody as readRawBody } from '../../read-bounded-body.ts';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
/** Interaction bodies are a few KB; anything near this is not from Discord. */
export const MAX_BODY_BYTES = 100 * 1024;

const RESPONSE_TYPE = { pong: 1, channelMessage: 4, autocompleteResult: 8 } as const;
const EPHEMERAL_FLAG = 1 << 6;
const CHANGES_SUBSCRIPTIONS = new Set(['subscribe', 'unsubscribe']);
const PERMISSION_NAMES: Record<Exclude<ManagePermission, 'none'>, string> = {
  ManageChannels: 'Manage Channels',
  ManageGuild: 'Manage Server',
  Administrator: 'Administrator',
};

export interface DiscordInteractionsOptions {
  /** DISCORD_PUBLIC_KEY, hex. Checked at creation: a wrong key would otherwise refuse every request silently. */
  publicKeyHex: string;
  commands: InteractionDeps['commands'];
  clock: Clock;
  managePermission: ManagePermission;
  logger: Logger;
  /** Defaults to an in-memory guard; replicas behind a load balancer may share one instead. */
  replayGuard?: ReplayCheck;
  maxAgeSeconds?: number;
}

/** Whether the member may change this channel's subscriptions, from the interaction's permission bitfield. */
export function memberCanManage(permissions: string | null, required: ManagePermission): boolean {
  if (required === 'none') return true;
  if (permissions === null) return false;
  const bits = BigInt(permissions);
  // Administrator implies every other permission.
  if ((bits & PermissionFlagsBits.Administrator) !== 0n) return true;
  const flag = PermissionFlagsBits[required];
  return (bits & flag) === flag;
}

function sendText(res: http.ServerResponse, status: number, text: string, extra: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extra }).end(text);
}

function sendJson(res: http.ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The first payload only: one HTTP response carries one message, and no files (Discord refuses multipart here). */
function messageResponse(payload: DiscordPayload, ephemeral: boolean) {
  const embeds = payload.embeds.map((e) => (e.image?.url.startsWith('attachment://') ? { ...e, image: undefined } : e));
  return {
    type: RESPONSE_TYPE.channelMessage,
    data: { embeds, allowed_mentions: { parse: [] }, ...(payload.components ? { components: payload.components } : {}), ...(ephemeral ? { flags: EPHEMERAL_FLAG } : {}) },
  };
}

function noticeResponse(title: string, text: string) {
  const payload = renderDiscordMessage({ kind: 'reply', title, ephemeral: true, sections: [{ type: 'text', text }] })[0]!;
  return messageResponse(payload, true);
}

async function answerCommand(body: CommandInvocation, opts: DiscordInteractionsOptions) {
  if (body.data.name !== TTS_COMMAND_NAME) {
    return noticeResponse('Unknown command', `This bot only answers /${TTS_COMMAND_NAME}.`);
  }
  const sub = subcommandOf(body.data);
  const mapped = interactionToCommand(sub.name, rawOptionReader(sub.options));
  if (!mapped.ok) return noticeResponse('Check the command options', mapped.problem);
  const where = invocationContext(body);
  if (!where.channelId || !where.userId) {
    return noticeResponse('Not available here', `Use /${TTS_COMMAND_NAME} in a server channel.`);
  }
  const ctx: CommandContext = {
    platform: 'discord',
    channelId: where.channelId,
    userId: where.userId,
    canManageChannel: memberCanManage(where.permissions, opts.managePermission),
  };
  if (CHANGES_SUBSCRIPTIONS.has(sub.name) && !ctx.canManageChannel && opts.managePermission !== 'none') {
    return noticeResponse('Not allowed',
      `Changing this channel's subscriptions needs the **${PERMISSION_NAMES[opts.managePermission]}** permission. Ask someone who has it, or see what the channel follows with /${TTS_COMMAND_NAME} subscriptions.`);
  }
  const message = await opts.commands.handle(mapped.command, ctx);
  return messageResponse(renderDiscordMessage(message, { maxMessages: 1 })[0]!, message.ephemeral === true);
}

/** An alert's Confirm / Wrong press: settles the story's reported changes; the outcome to the presser alone. */
async function answerPress(body: ComponentPress, opts: DiscordInteractionsOptions) {
  const where = invocationContext(body);
  const share = statusCommandOfCustomId(body.data.custom_id);
  if (share && where.channelId && where.userId) {
    // "Share in channel" under a private status: the same answer, for everyone.
    const ctx: CommandContext = { platform: 'discord', channelId: where.channelId, userId: where.userId, canManageChannel: memberCanManage(where.permissions, opts.managePermission) };
    const message = await opts.commands.handle(share, ctx);
    return messageResponse(renderDiscordMessage({ ...message, ephemeral: false }, { maxMessages: 1 })[0]!, false);
  }
  const press = storyOfCustomId(body.data.custom_id);
  if (!press || !opts.commands.review || !where.channelId || !where.userId) return noticeResponse('Nothing to do', 'This button is not one this bot knows.');
  const ctx: CommandContext = {
    platform: 'discord', channelId: where.channelId, userId: where.userId, canManageChannel: memberCanManage(where.permissions, opts.managePermission),
  };
  const message = await opts.commands.review(press.clusterId, press.action === 'confirm' ? 'accept' : 'reject', ctx);
  return messageResponse(renderDiscordMessage(message, { maxMessages: 1 })[0]!, true);
}

function answerAutocomplete(body: CommandInvocation) {
  const focused = body.data.name === TTS_COMMAND_NAME ? focusedOption(subcommandOf(body.data).options) : null;
  return {
    type: RESPONSE_TYPE.autocompleteResult,
    data: { choices: focused ? autocompleteChoices(focused.name, focused.value) : [] },
  };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * A Node request handler for the Interactions Endpoint URL. Resolves false for any other path, so it can sit
 * beside /healthz on one server; for its own path it always answers and never rejects.
 */
export function createDiscordInteractionsHandler(opts: DiscordInteractionsOptions) {
  parseEd25519PublicKey(opts.publicKeyHex);
  const publicKeyHex = opts.publicKeyHex.trim();
  const replayGuard = opts.replayGuard ?? new ReplayGuard({ windowSeconds: opts.maxAgeSeconds });
  const log = opts.logger;

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    if ((req.url ?? '/').split('?')[0] !== DISCORD_INTERACTIONS_PATH) return false;
    if (req.method !== 'POST') {
      sendText(res, 405, 'method not allowed', { allow: 'POST' });
      return true;
    }
    const raw = await readRawBody(req, MAX_BODY_BYTES);
    if (!raw.ok) {
      // Stop the client sending the rest: the connection is not reused after a refused body.
      if (raw.status === 413) sendText(res, 413, 'request body too large', { connection: 'close' });
      else sendText(res, 400, 'could not read the request body');
      return true;
    }
    const signatureHex = header(req, 'x-signature-ed25519');
    const timestamp = header(req, 'x-signature-timestamp');
    const now = opts.clock.now();
    const verified = verifyDiscordSignature({
      publicKeyHex, signatureHex, timestamp, rawBody: raw.body, now, ...(opts.maxAgeSeconds !== undefined ? { maxAgeSeconds: opts.maxAgeSeconds } : {}),
    });
    if (!verified.ok) {
      log.warn({ reason: verified.reason }, 'Discord interaction refused');
      sendText(res, 401, `invalid request signature: ${verified.reason}`);
      return true;
    }
    // Only a verified request is remembered, so forged ones cannot fill the guard.
    if (!replayGuard.checkAndRemember({ signatureHex: signatureHex!, timestamp: timestamp!, now })) {
      log.warn({ reason: 'replay' }, 'Discord interaction refused');
      sendText(res, 401, 'invalid request signature: already received');
      return true;
    }

    let json: unknown;
    try {
      json = JSON.parse(raw.body.toString('utf8'));
    } catch {
      sendText(res, 400, 'body is not JSON');
      return true;
    }
    const parsed = interactionBodySchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      sendText(res, 400, `unexpected interaction body${first ? ` at ${first.path.join('.') || '(root)'}: ${first.message}` : ''}`);
      return true;
    }
    const body = parsed.data;
    if (body.type === INTERACTION_TYPE.ping) {
      sendJson(res, { type: RESPONSE_TYPE.pong });
      return true;
    }
    if (body.type === INTERACTION_TYPE.autocomplete) {
      sendJson(res, answerAutocomplete(body));
      return true;
    }
    if (body.type === INTERACTION_TYPE.messageComponent) {
      try {
        sendJson(res, await answerPress(body, opts));
        log.info({ interaction: body.id, custom: body.data.custom_id.split(':').slice(0, 2).join(':') }, 'Discord button answered over HTTP');
      } catch (error) {
        log.error({ interaction: body.id, err: error }, 'Discord review button failed');
        if (!res.headersSent) sendJson(res, noticeResponse('Something went wrong', 'That press did not go through. Try again, or use /tts review.'));
      }
      return true;
    }

    const sub = body.data.name === TTS_COMMAND_NAME ? subcommandOf(body.data).name : body.data.name;
    const where = { interaction: body.id, subcommand: sub, guild: body.guild_id ?? null, channel: invocationContext(body).channelId };
    try {
      sendJson(res, await answerCommand(body, opts));
      log.info(where, `Discord /${TTS_COMMAND_NAME} ${sub} answered over HTTP`);
    } catch (error) {
      log.error({ ...where, err: error }, `Discord /${TTS_COMMAND_NAME} ${sub} failed`);
      if (!res.headersSent) {
        sendJson(res, noticeResponse('Something went wrong',
          `The bot could not answer /${TTS_COMMAND_NAME} ${sub}. Try again in a minute; if it keeps failing, ask the bot's admin to check its logs.`));
      }
    }
    return true;
  };
}
