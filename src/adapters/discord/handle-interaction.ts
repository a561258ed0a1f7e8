// The Discord adapter's one error boundary for users: every /tts interaction goes through here. Whatever goes
// wrong, the user gets a short ephemeral message they can act on, the error is logged, and the client lives on.
import type { Logger } from '../../core/ports.ts';
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
} from 'discord.js';
import type { Command, CommandContext } from '../../core/commands/command.ts';
import type { Message } from '../../core/message.ts';
import { autocompleteChoices } from './autocomplete-choices.ts';
import { storyOfCustomId } from '../../core/evidence/review-actions.ts';
import { statusCommandOfCustomId, type StatusCommand } from '../../core/commands/status-reply.ts';
import type { Verdict } from '../../core/evidence/review-actions.ts';
import { SLOW_SUBCOMMANDS, TTS_COMMAND_NAME } from './command-definitions.ts';
import { interactionToCommand } from './interaction-to-command.ts';
import { renderDiscordMessage, type DiscordPayload } from './render-embeds.ts';

/** The permission a member needs to change a channel's subscriptions (DISCORD_MANAGE_PERMISSION). */
export type ManagePermission = 'ManageChannels' | 'ManageGuild' | 'Administrator' | 'none';

export interface InteractionDeps {
  commands: {
    handle: (cmd: Command, ctx: CommandContext) => Promise<Message>;
    /** An alert's Confirm / Wrong button was pressed (app/commands/review-commands.ts handleReviewPress). */
    review?: (clusterId: string, verdict: Verdict, ctx: CommandContext) => Promise<Message>;
  };
  managePermission: ManagePermission;
  logger: Logger;
}

const PERMISSION_NAMES: Record<Exclude<ManagePermission, 'none'>, string> = {
  ManageChannels: 'Manage Channels',
  ManageGuild: 'Manage Server',
  Administrator: 'Administrator',
};
/** Slow subcommands that answer the asker alone: their deferral must already be ephemeral. */
const EPHEMERAL_SLOW = new Set(['digest']);
const CHANGES_SUBSCRIPTIONS = new Set(['subscribe', 'unsubscribe']);
/** A reply may take a few messages (long digests); more would flood the channel. */
const MAX_REPLY_MESSAGES = 3;

/** Whether the member may change this channel's subscriptions, per DISCORD_MANAGE_PERMISSION. */
export function canManageChannel(interaction: Pick<Interaction, 'memberPermissions'>, permission: ManagePermission): boolean {
  if (permission === 'none') return true;
  // Administrator implies every permission (PermissionsBitField#has checks it by default).
  return interaction.memberPermissions?.has(PermissionFlagsBits[permission]) ?? false;
}

function toEdit(payload: DiscordPayload): InteractionEditReplyOptions {
  return {
    embeds: payload.embeds,
    ...(payload.files ? { files: payload.files.map((f) => ({ attachment: f.data, name: f.name })) } : {}),
    ...(payload.components ? { components: payload.components } : {}),
    allowedMentions: { parse: [] },
  };
}

function toReply(payload: DiscordPayload, ephemeral: boolean): InteractionReplyOptions {
  return {
    embeds: payload.embeds,
    ...(payload.files ? { files: payload.files.map((f) => ({ attachment: f.data, name: f.name })) } : {}),
    ...(payload.components ? { components: payload.components } : {}),
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

function notice(title: string, text: string): DiscordPayload {
  return renderDiscordMessage({ kind: 'reply', title, ephemeral: true, sections: [{ type: 'text', text }] })[0]!;
}

async function answer(interaction: ChatInputCommandInteraction, message: Message, ephemeralDeferral: boolean): Promise<void> {
  const payloads = renderDiscordMessage(message, { maxMessages: MAX_REPLY_MESSAGES });
  const ephemeral = interaction.deferred ? ephemeralDeferral : message.ephemeral === true;
  const [first, ...rest] = payloads;
  if (interaction.deferred) await interaction.editReply(toEdit(first!));
  else await interaction.reply(toReply(first!, ephemeral));
  for (const p of rest) await interaction.followUp(toReply(p, ephemeral));
}

async function answerCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const sub = interaction.options.getSubcommand(false) ?? 'help';
  const mapped = interactionToCommand(sub, {
    getString: (n) => interaction.options.getString(n),
    getInteger: (n) => interaction.options.getInteger(n),
    getBoolean: (n) => interaction.options.getBoolean(n),
  });
  if (!mapped.ok) {
    await interaction.reply(toReply(notice('Check the command options', mapped.problem), true));
    return;
  }
  const ctx: CommandContext = {
    platform: 'discord',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    canManageChannel: canManageChannel(interaction, deps.managePermission),
  };
  if (CHANGES_SUBSCRIPTIONS.has(sub) && !ctx.canManageChannel && deps.managePermission !== 'none') {
    const needed = PERMISSION_NAMES[deps.managePermission];
    await interaction.reply(toReply(notice('Not allowed',
      `Changing this channel's subscriptions needs the **${needed}** permission. Ask someone who has it, or see what the channel follows with /tts subscriptions.`), true));
    return;
  }
  const ephemeralDeferral = EPHEMERAL_SLOW.has(sub);
  if (SLOW_SUBCOMMANDS.has(sub)) await interaction.deferReply(ephemeralDeferral ? { flags: MessageFlags.Ephemeral } : {});
  const message = await deps.commands.handle(mapped.command, ctx);
  await answer(interaction, message, ephemeralDeferral);
}

/** Tells the user something failed, by whichever way is still open for this interaction. */
async function reportFailure(interaction: ChatInputCommandInteraction, sub: string): Promise<void> {
  const payload = notice('Something went wrong',
    `The bot could not answer /tts ${sub}. Try again in a minute; if it keeps failing, ask the bot's admin to check its logs.`);
  if (interaction.deferred && !interaction.replied) {
    if (interaction.ephemeral) {
      await interaction.editReply(toEdit(payload));
      return;
    }
    // A public "thinking…" cannot become private: remove it and tell the asker alone.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(toReply(payload, true));
  } else if (interaction.replied) {
    await interaction.followUp(toReply(payload, true));
  } else {
    await interaction.reply(toReply(payload, true));
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(autocompleteChoices(focused.name, String(focused.value)));
}

/** A Confirm / Wrong press on an alert (custom_id "tts_review:confirm|reject:<story id>"): the outcome to the presser alone. */
async function answerButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const share = statusCommandOfCustomId(interaction.customId);
  if (share) {
    await shareInChannel(interaction, share, deps);
    return;
  }
  const press = storyOfCustomId(interaction.customId);
  if (!press || !deps.commands.review) return;
  const ctx: CommandContext = {
    platform: 'discord',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    canManageChannel: canManageChannel(interaction, deps.managePermission),
  };
  try {
    const message = await deps.commands.review(press.clusterId, press.action === 'confirm' ? 'accept' : 'reject', ctx);
    await interaction.reply(toReply(renderDiscordMessage(message, { maxMessages: 1 })[0]!, true));
    deps.logger.info({ interaction: interaction.id, action: press.action, channel: ctx.channelId, user: ctx.userId }, 'Discord review button answered');
  } catch (error) {
    deps.logger.error({ interaction: interaction.id, err: error }, 'Discord review button failed');
    if (!interaction.replied) await interaction.reply(toReply(notice('Something went wrong', 'That press did not go through. Try again, or use /tts review.'), true)).catch(() => undefined);
  }
}

/** "Share in channel" under a private status: the same answer, posted for everyone (a non-ephemeral reply). */
async function shareInChannel(interaction: ButtonInteraction, cmd: StatusCommand, deps: InteractionDeps): Promise<void> {
  const ctx: CommandContext = {
    platform: 'discord', channelId: interaction.channelId, userId: interaction.user.id, canManageChannel: canManageChannel(interaction, deps.managePermission),
  };
  try {
    const message = await deps.commands.handle(cmd, ctx);
    const [first, ...rest] = renderDiscordMessage({ ...message, ephemeral: false }, { maxMessages: MAX_REPLY_MESSAGES });
    await interaction.reply(toReply(first!, false));
    for (const p of rest) await interaction.followUp(toReply(p, false));
    deps.logger.info({ interaction: interaction.id, market: cmd.market, channel: ctx.channelId, user: ctx.userId }, 'Discord status shared in channel');
  } catch (error) {
    deps.logger.error({ interaction: interaction.id, err: error }, 'Discord share button failed');
    if (!interaction.replied) await interaction.reply(toReply(notice('Something went wrong', `Could not share it. Try /tts status market:${cmd.market.toLowerCase()} public:true.`), true)).catch(() => undefined);
  }
}

/** Handles one interaction; never throws. */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  if (interaction.isButton()) {
    await answerButton(interaction, deps);
    return;
  }
  if (interaction.isAutocomplete()) {
    if (interaction.commandName !== TTS_COMMAND_NAME) return;
    await answerAutocomplete(interaction).catch((error: unknown) => deps.logger.warn({ err: error }, 'Discord autocomplete failed'));
    return;
  }
  if (!interaction.isChatInputCommand() || interaction.commandName !== TTS_COMMAND_NAME) return;
  const sub = interaction.options.getSubcommand(false) ?? 'help';
  const where = { interaction: interaction.id, subcommand: sub, guild: interaction.guildId, channel: interaction.channelId, user: interaction.user.id };
  try {
    await answerCommand(interaction, deps);
    deps.logger.info(where, `Discord /tts ${sub} answered`);
  } catch (error) {
    deps.logger.error({ ...where, err: error }, `Discord /tts ${sub} failed`);
    try {
      await reportFailure(interaction, sub);
    } catch (replyError) {
      // Typically 10062 Unknown interaction: the 3 s (or 15 min) window closed. Nothing more can reach the user.
      deps.logger.warn({ ...where, err: replyError }, 'could not tell the Discord user about the failure');
    }
  }
}
