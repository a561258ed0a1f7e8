// Starts the Discord side of the bot: a discord.js client on the gateway (Guilds intent only: slash commands
// arrive as INTERACTION_CREATE and need no privileged intent) that answers /tts, and a REST sender for the
// outbox. DISCORD_API_URL points both at another API base, e.g. a local fake in tests; the gateway URL then
// comes from that API's GET /gateway/bot like it does from Discord's.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { systemClock, type Clock, type Logger } from '../../core/ports.ts';
import { StartupError } from '../../core/startup-error.ts';
import type { PlatformSender } from '../../app/delivery-port.ts';
import { createSenderRest, DiscordSender } from './discord-sender.ts';
import { handleInteraction, type InteractionDeps, type ManagePermission } from './handle-interaction.ts';

/** What the Discord adapter needs from configuration (src/config/load-config.ts builds it from the environment). */
export interface DiscordSettings {
  token: string;
  applicationId: string;
  /** REST base URL; undefined for Discord's own. */
  apiUrl: string | undefined;
  /** Set when Discord's Interactions Endpoint URL (HTTP) is used instead of, or beside, the gateway. */
  publicKey: string | undefined;
  managePermission: ManagePermission;
}

export interface DiscordAdapterOptions {
  config: DiscordSettings;
  commands: InteractionDeps['commands'];
  logger: Logger;
  clock?: Clock;
  /** How long to wait for the gateway's READY (and the guilds it announces) before giving up. */
  readyTimeoutMs?: number;
}

export interface DiscordAdapter {
  sender: PlatformSender;
  /** Logs out and closes the gateway connection; answers no more interactions. */
  stop(): Promise<void>;
}

export async function startDiscordAdapter(opts: DiscordAdapterOptions): Promise<DiscordAdapter> {
  const { config, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Interaction callbacks are not bound by the bot's rate limits; let the client's REST wait out a 429 there.
    // Every REST call ends within 15 s (a hung request must not hold a reply or shutdown).
    rest: { timeout: 15_000, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  });
  // An 'error' event without a listener would throw and end the process; a bad packet must not.
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'Discord gateway error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'Discord gateway closed for good (check the token and intents)'));
  client.on(Events.Warn, (message) => logger.warn({}, `Discord: ${message}`));
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, { commands: opts.commands, managePermission: config.managePermission, logger });
  });

  const startedAt = clock.now();
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(opts.readyTimeoutMs ?? 60_000) });
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy().catch(() => undefined);
    const reason = (error as { code?: string }).code === 'TokenInvalid' || (error as { status?: number }).status === 401
      ? 'Discord refused DISCORD_TOKEN (401): copy the bot token again from the Developer Portal, Bot page'
      : `could not connect to Discord${config.apiUrl ? ` at DISCORD_API_URL=${config.apiUrl}` : ''} (${(error as Error).message}): ${config.apiUrl ? 'check DISCORD_API_URL, or unset it to use Discord itself' : 'check this machine\'s network access to discord.com'}`;
    // One line at start-up (`cannot start: …`) and exit 1: the operator can fix either, a stack trace would not help.
    throw new StartupError(reason, { cause: error });
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, ms: clock.now().getTime() - startedAt.getTime() }, 'Discord gateway ready');

  const sender = new DiscordSender(createSenderRest({ token: config.token, apiUrl: config.apiUrl }));
  let stopped = false;
  return {
    sender,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      client.removeAllListeners(Events.InteractionCreate);
      await client.destroy();
    },
  };
}
