// `discord:register [--guild ID]`: publishes the /tts slash command. A bulk overwrite (PUT) so that running it
// again after an upgrade replaces the old definition instead of adding a second one. With --guild the command
// appears in that server at once (for testing); without, it is global and Discord may take a while to show it.
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { AppConfig } from '../config/load-config.ts';
import { buildTtsCommand } from '../adapters/discord/command-definitions.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

const USAGE = 'usage: npm run cli -- discord:register [--guild SERVER_ID]\n';

export async function runDiscordRegisterCommand(
  args: string[],
  io: Pick<CliIO, 'stdout' | 'stderr'>,
  deps: { config: AppConfig['discord'] },
): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args);
  if (unknown.length || positionals.length || [...flags.keys()].some((k) => k !== 'guild')) {
    io.stderr(`discord:register: unexpected ${[...unknown, ...positionals, ...[...flags.keys()].filter((k) => k !== 'guild').map((k) => `--${k}`)].join(' ')}\n${USAGE}`);
    return 2;
  }
  const guild = flags.get('guild')?.at(-1);
  if (guild !== undefined && !/^\d{17,20}$/.test(guild)) {
    io.stderr(`discord:register: --guild takes a server id (17–20 digits; Developer Mode → right-click the server → Copy Server ID), not "${guild}"\n`);
    return 2;
  }
  const config = deps.config;
  if (!config) {
    io.stderr('discord:register: DISCORD_TOKEN is not set. Put the bot token (Developer Portal → your application → Bot → Reset Token) in DISCORD_TOKEN, and the Application ID (General Information) in DISCORD_APPLICATION_ID.\n');
    return 2;
  }
  if (!config.applicationId) {
    io.stderr('discord:register: DISCORD_APPLICATION_ID is not set (Developer Portal → your application → General Information → Application ID).\n');
    return 2;
  }

  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = guild ? Routes.applicationGuildCommands(config.applicationId, guild) : Routes.applicationCommands(config.applicationId);
  try {
    const result = (await rest.put(route, { body: [buildTtsCommand()] })) as RESTPutAPIApplicationCommandsResult;
    const names = result.map((c) => `/${c.name}`).join(', ');
    io.stdout(guild
      ? `Registered ${names} in server ${guild}; it is usable there now.\n`
      : `Registered ${names} globally; Discord may take up to an hour to show it everywhere. Use --guild ID to test at once.\n`);
    return 0;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 401 ? ' DISCORD_TOKEN was refused: copy the bot token again.'
      : status === 403 ? ' The bot is not in that server, or the application id does not match the token.'
        : status === 404 ? ' Check DISCORD_APPLICATION_ID (and the --guild id).' : '';
    io.stderr(`discord:register failed: ${(error as Error).message}.${hint}\n`);
    return 1;
  }
}
