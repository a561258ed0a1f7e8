// The chat platforms the bot knows. Each line turns configuration into a platform adapter, or null when that
// platform is not configured. A new platform is a folder under src/adapters/ plus one line here. Each adapter is
// imported only when configured, so a bot without Slack never loads Bolt (and starts faster).
import type { AppConfig } from '../config/load-config.ts';
import type { PlatformAdapter } from '../adapters/platform-adapter.ts';

type RegistryEntry = (config: AppConfig) => Promise<PlatformAdapter> | null;

export const PLATFORM_REGISTRY: RegistryEntry[] = [
  ({ slack }) => slack && import('../adapters/slack/slack-platform.ts').then((m) => m.createSlackPlatform(slack)),
  ({ discord }) => discord && import('../adapters/discord/discord-platform.ts').then((m) => m.createDiscordPlatform(discord)),
];

/** The configured platforms, in registry order. */
export async function configuredPlatforms(config: AppConfig): Promise<PlatformAdapter[]> {
  return Promise.all(PLATFORM_REGISTRY.map((entry) => entry(config)).filter((p): p is Promise<PlatformAdapter> => p !== null));
}
