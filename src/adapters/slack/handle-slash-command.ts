// The Slack adapter's one error boundary for users: every /tts goes through here. Slack wants an answer within
// 3 seconds, so quick commands are answered in the acknowledgement itself and slow ones are acknowledged at once
// and answered through response_url. Whatever goes wrong, the user gets a short ephemeral message they can act
// on, the error is logged (never the request, which carries tokens), and the app lives on.
import type { Logger } from '../../core/ports.ts';
import { randomUUID } from 'node:crypto';
import type { Command, CommandContext } from '../../core/commands/command.ts';
import type { ParseResult } from '../../core/commands/parse-command-text.ts';
import type { Message } from '../../core/message.ts';
import { renderSlackMessage, type SlackPayload } from './render-blocks.ts';

export interface SlashCommandDeps {
  commands: {
    parse: (text: string) => ParseResult;
    handle: (cmd: Command, ctx: CommandContext) => Promise<Message>;
  };
  /** Slack user ids allowed to change subscriptions; empty = any channel member. */
  allowedUsers: string[];
  logger: Logger;
  /** How long a quick command may take before we acknowledge empty and answer through response_url. */
  replyBudgetMs?: number;
}

/** What Bolt hands a command listener, reduced to what we use (the body also holds a token: never log it). */
export interface SlashCommandArgs {
  command: { text: string; user_id: string; channel_id: string };
  ack: (response?: AckResponse) => Promise<void>;
  respond: (message: RespondMessage) => Promise<unknown>;
}

export type ResponseType = 'ephemeral' | 'in_channel';
export interface AckResponse { response_type: ResponseType; text: string; blocks: SlackPayload['blocks'] }
export interface RespondMessage extends AckResponse { replace_original?: boolean }

/** Work that reads many stories or builds a digest: acknowledged first, answered through response_url. */
const SLOW_COMMANDS = new Set<Command['name']>(['latest', 'digest']);
const MANAGES_SUBSCRIPTIONS = new Set<Command['name']>(['subscribe', 'unsubscribe']);
/** Slack allows 5 posts to one response_url; a reply of more messages would be cut anyway. */
const MAX_REPLY_MESSAGES = 3;
/** Leaves a second of Slack's 3 for the network. */
const DEFAULT_REPLY_BUDGET_MS = 2000;

/** Whether this user may change the channel's subscriptions (SLACK_ALLOWED_USERS). */
export function canManageChannel(userId: string, allowedUsers: string[]): boolean {
  return allowedUsers.length === 0 || allowedUsers.includes(userId);
}

function toResponses(message: Message): AckResponse[] {
  const responseType: ResponseType = message.ephemeral ? 'ephemeral' : 'in_channel';
  return renderSlackMessage(message, { maxMessages: MAX_REPLY_MESSAGES })
    .map((p) => ({ response_type: responseType, text: p.text, blocks: p.blocks }));
}

function shortNotice(title: string, text: string): Message {
  return { kind: 'reply', ephemeral: true, title, sections: [{ type: 'text', text }] };
}

type Outcome = { message: Message } | { error: unknown };

export async function handleSlashCommand(args: SlashCommandArgs, deps: SlashCommandDeps): Promise<void> {
  const { command, ack, respond } = args;
  const { logger } = deps;
  let acked = false;
  const ackWith = async (response?: AckResponse) => {
    acked = true;
    await ack(response);
  };
  /** Answers with a whole message: the first part in the ack when it has not happened, the rest via response_url. */
  const answer = async (message: Message) => {
    const parts = toResponses(message);
    let rest = parts;
    if (!acked) {
      await ackWith(parts[0]);
      rest = parts.slice(1);
    }
    for (const part of rest) await respond({ ...part, replace_original: false });
  };
  const fail = async (error: unknown, name: string) => {
    const ref = randomUUID().slice(0, 8);
    logger.error({ err: error, ref, command: name, user: command.user_id, channel: command.channel_id }, 'Slack /tts failed');
    await answer(shortNotice(
      'Something went wrong',
      `/tts ${name} failed on our side (ref ${ref}). Try again in a minute; if it keeps failing, tell whoever runs tts-radar and quote the ref.`,
    ));
  };

  let name = 'command';
  try {
    const parsed = deps.commands.parse(command.text ?? '');
    if (!parsed.ok) {
      await answer({ ...parsed.message, ephemeral: true });
      return;
    }
    const cmd = parsed.command;
    name = cmd.name;
    const ctx: CommandContext = {
      platform: 'slack',
      channelId: command.channel_id,
      userId: command.user_id,
      canManageChannel: canManageChannel(command.user_id, deps.allowedUsers),
    };
    logger.info({ command: cmd.name, user: ctx.userId, channel: ctx.channelId }, 'Slack /tts');
    if (MANAGES_SUBSCRIPTIONS.has(cmd.name) && !ctx.canManageChannel) {
      await answer(shortNotice('Not allowed', 'Only the users listed by the bot\'s admin may change this channel\'s subscriptions. Ask one of them, or use /tts subscriptions to see what it follows.'));
      return;
    }
    if (SLOW_COMMANDS.has(cmd.name)) await ackWith();

    const work: Promise<Outcome> = deps.commands.handle(cmd, ctx).then((message) => ({ message }), (error: unknown) => ({ error }));
    let outcome: Outcome | 'late' = 'late';
    if (!acked) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), deps.replyBudgetMs ?? DEFAULT_REPLY_BUDGET_MS); });
      outcome = await Promise.race([work, late]);
      clearTimeout(timer);
      // Too slow for the 3-second window: acknowledge now, the answer follows through response_url.
      if (outcome === 'late') await ackWith();
    }
    if (outcome === 'late') outcome = await work;
    if ('error' in outcome) await fail(outcome.error, name);
    else await answer(outcome.message);
  } catch (error) {
    // A failure while answering (response_url expired, Slack down): tell the user if we still can.
    try {
      await fail(error, name);
    } catch (second) {
      logger.error({ err: second, command: name }, 'Slack /tts: could not even report the failure to the user');
    }
  }
}
