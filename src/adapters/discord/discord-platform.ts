// Discord as a PlatformAdapter: the discord.js gateway client, plus the signature-checked Interactions Endpoint
// URL when DISCORD_PUBLIC_KEY is set (served on whichever server owns PORT).
import type { PlatformAdapter } from '../platform-adapter.ts';
import { createDiscordInteractionsHandler } from './http/discord-interactions-handler.ts';
import { startDiscordAdapter, type DiscordSettings } from './start-discord-adapter.ts';

export function createDiscordPlatform(settings: DiscordSettings): PlatformAdapter {
  return {
    platform: 'discord',
    routes({ commands, clock, logger }) {
      if (!settings.publicKey) return [];
      return [createDiscordInteractionsHandler({ publicKeyHex: settings.publicKey, commands, clock, managePermission: settings.managePermission, logger })];
    },
    async start({ commands, logger, clock }) {
      const discord = await startDiscordAdapter({ config: settings, commands, logger, clock });
      logger.info({}, 'Discord adapter started');
      return { sender: discord.sender, stop: discord.stop };
    },
  };
}
