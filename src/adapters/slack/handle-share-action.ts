// A press on "Share in channel" under a private /tts status (action_id "tts_share:status", the market as value):
// acknowledged at once, then the same answer is posted for the whole channel through the action's response_url
// (response_type in_channel), and the private copy is removed. Anyone who could ask /tts status may share it.
import { randomUUID } from 'node:crypto';
import type { Command, CommandContext } from '../../core/commands/command.ts';
import type { Message } from '../../core/message.ts';
import type { Logger } from '../../core/ports.ts';
import { statusCommandOfShare } from '../../core/commands/status-reply.ts';
import { canManageChannel, type RespondMessage } from './handle-slash-command.ts';
import type { ReviewActionArgs } from './handle-review-action.ts';
import { renderSlackMessage } from './render-blocks.ts';

/** A shared answer may take as many messages as a slash command's reply. */
const MAX_SHARED_MESSAGES = 3;

export interface ShareActionDeps {
  handle: (cmd: Command, ctx: CommandContext) => Promise<Message>;
  allowedUsers: string[];
  logger: Logger;
}

export async function handleShareAction(args: Omit<ReviewActionArgs, 'respond'> & { respond: (m: RespondMessage | { delete_original: true }) => Promise<unknown> }, deps: ShareActionDeps): Promise<void> {
  await args.ack();
  const cmd = statusCommandOfShare(args.action.value ?? '');
  if (!cmd) return;
  const channelId = args.body.channel?.id ?? args.body.container?.channel_id ?? '';
  const ctx: CommandContext = { platform: 'slack', channelId, userId: args.body.user.id, canManageChannel: canManageChannel(args.body.user.id, deps.allowedUsers) };
  try {
    const message = await deps.handle(cmd, ctx);
    for (const part of renderSlackMessage({ ...message, ephemeral: false }, { maxMessages: MAX_SHARED_MESSAGES })) {
      await args.respond({ response_type: 'in_channel', replace_original: false, text: part.text, blocks: part.blocks });
    }
    // The private copy (with its button) has done its job; a failure to remove it is harmless.
    await args.respond({ delete_original: true }).catch(() => undefined);
    deps.logger.info({ market: cmd.market, user: ctx.userId, channel: channelId }, 'Slack status shared in channel');
  } catch (error) {
    const ref = randomUUID().slice(0, 8);
    deps.logger.error({ err: error, ref, user: ctx.userId, channel: channelId }, 'Slack share button failed');
    await args.respond({
      response_type: 'ephemeral', replace_original: false, text: `Could not share it (ref ${ref}). Try /tts status ${cmd.market.toLowerCase()} public.`,
      blocks: renderSlackMessage({ kind: 'reply', ephemeral: true, title: 'Something went wrong', sections: [{ type: 'text', text: `Could not share it (ref ${ref}). Try /tts status ${cmd.market.toLowerCase()} public.` }] }, { maxMessages: 1 })[0]!.blocks,
    }).catch(() => undefined);
  }
}
