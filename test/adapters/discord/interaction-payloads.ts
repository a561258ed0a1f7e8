// INTERACTION_CREATE payloads as Discord sends them for /tts, for the fake gateway to dispatch.
import type { FakeDiscord } from '../../servers/fake-discord.ts';

export const CHANNEL_ID = '1100000000000000010';
export const USER_ID = '1100000000000000020';

/** Permission bit strings: everything a moderator has vs. a plain member (no Manage Channels, bit 4). */
export const PERMISSIONS = {
  moderator: String((1n << 4n) | (1n << 10n) | (1n << 11n)),
  member: String((1n << 10n) | (1n << 11n) | (1n << 14n)),
  admin: String(1n << 3n),
};

type OptionValue = string | number | boolean;

function optionType(v: OptionValue): number {
  return typeof v === 'string' ? 3 : typeof v === 'number' ? 4 : 5;
}

function base(fake: FakeDiscord, type: number, permissions: string) {
  return {
    id: fake.snowflake(),
    application_id: fake.applicationId,
    type,
    token: `aW50ZXJhY3Rpb246${fake.snowflake()}`,
    version: 1,
    guild_id: fake.guildId,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: fake.guildId, name: 'tiktok-shop-news' },
    member: {
      user: { id: USER_ID, username: 'mod', discriminator: '0', global_name: 'Mod', avatar: null },
      roles: [], permissions, joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null,
    },
    app_permissions: String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n)),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: fake.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** A /tts <subcommand> chat-input interaction with the given options. */
export function chatInput(fake: FakeDiscord, subcommand: string, options: Record<string, OptionValue> = {}, permissions = PERMISSIONS.moderator) {
  return {
    ...base(fake, 2, permissions),
    data: {
      id: '1100000000000000030', name: 'tts', type: 1, guild_id: fake.guildId,
      options: [{ type: 1, name: subcommand, options: Object.entries(options).map(([name, value]) => ({ name, type: optionType(value), value })) }],
    },
  };
}

/** An autocomplete interaction for one focused string option. */
export function autocomplete(fake: FakeDiscord, subcommand: string, focused: string, typed: string) {
  return {
    ...base(fake, 4, PERMISSIONS.moderator),
    data: {
      id: '1100000000000000030', name: 'tts', type: 1, guild_id: fake.guildId,
      options: [{ type: 1, name: subcommand, options: [{ name: focused, type: 3, value: typed, focused: true }] }],
    },
  };
}

/** A press on a button of a message the bot posted (MESSAGE_COMPONENT), as the gateway delivers it. */
export function buttonPress(fake: FakeDiscord, customId: string, messageId: string, permissions = PERMISSIONS.moderator) {
  return {
    ...base(fake, 3, permissions),
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: messageId, channel_id: CHANNEL_ID, guild_id: fake.guildId, type: 0, content: '', tts: false, pinned: false, flags: 0,
      author: { id: fake.applicationId, username: 'tts-radar', discriminator: '0', global_name: null, avatar: null, bot: true },
      timestamp: '2025-06-02T09:00:00.000Z', edited_timestamp: null, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], embeds: [], components: [],
    },
  };
}
