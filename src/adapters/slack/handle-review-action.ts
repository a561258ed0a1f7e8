// A press on an alert's Confirm or Wrong button (Block Kit block_actions, action_id "tts_review:confirm|reject",
// the story id as value). Acknowledged at once, as Slack wants within 3 seconds; the outcome goes to the presser
// alone through the action's response_url. Same permission as changing subscriptions (SLACK_ALLOWED_USERS).
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/commands/command.ts';
import type { Message } from '../../core/message.ts';
import { parseReviewActionId } from '../../core/evidence/review-actions.ts';
import type { Verdict } from '../../core/evidence/review-actions.ts';
import { canManageChannel, type RespondMessage } from './handle-slash-command.ts';
import type { Logger } from '../../core/ports.ts';
import { renderSlackMessage } from './render-blocks.ts';

export type ReviewPress = (clusterId: string, verdict: Verdict, ctx: CommandContext) => Promise<Message>;

/** What Bolt hands an action listener, reduced to what we read (the body also holds a token: never log it). */
export interface ReviewActionArgs {
  ack: () => Promise<void>;
  respond: (message: RespondMessage) => Promise<unknown>;
  action: { action_id?: string; value?: string; type?: string };
  body: { user: { id: string }; channel?: { id: string } | null; container?: { channel_id?: string } };
}

export async function handleReviewAction(args: ReviewActionArgs, deps: { review: ReviewPress; allowedUsers: string[]; logger: Logger }): Promise<void> {
  await args.ack();
  const verdict = parseReviewActionId(args.action.action_id ?? '');
  const channelId = args.body.channel?.id ?? args.body.container?.channel_id ?? '';
  const say = async (m: Message) => {
    const [p] = renderSlackMessage({ ...m, ephemeral: true }, { maxMessages: 1 });
    await args.respond({ response_type: 'ephemeral', replace_original: false, text: p!.text, blocks: p!.blocks });
  };
  if (!verdict || !args.action.value) return;
  const ctx: CommandContext = { platform: 'slack', channelId, userId: args.body.user.id, canManageChannel: canManageChannel(args.body.user.id, deps.allowedUsers) };
  try {
    const outcome = await deps.review(args.action.value, verdict === 'confirm' ? 'accept' : 'reject', ctx);
    deps.logger.info({ action: verdict, user: ctx.userId, channel: channelId }, 'Slack review button');
    await say(outcome);
  } catch (error) {
    const ref = randomUUID().slice(0, 8);
    deps.logger.error({ err: error, ref, action: verdict, user: ctx.userId, channel: channelId }, 'Slack review button failed');
    await say({ kind: 'reply', title: 'Something went wrong', sections: [{ type: 'text', text: `That press did not go through (ref ${ref}). Try again, or use /tts review.` }] })
      .catch(() => undefined);
  }
}
