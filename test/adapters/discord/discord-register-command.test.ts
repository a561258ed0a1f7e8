import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiscordRegisterCommand } from '../../../src/cli/discord-register-command.ts';
import type { AppConfig } from '../../../src/config/load-config.ts';
import { FakeDiscord } from '../../servers/fake-discord.ts';

let fake: FakeDiscord;
beforeAll(async () => { fake = await FakeDiscord.start(); });
afterAll(async () => { await fake.close(); });

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; } } };
}

function config(): NonNullable<AppConfig['discord']> {
  return { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, publicKey: undefined, managePermission: 'ManageChannels' };
}

const EXPECTED: Record<string, string[]> = {
  status: ['market', 'full', 'public'],
  subscribe: ['markets', 'tags', 'severity', 'confirms', 'digest', 'day', 'hour', 'timezone'],
  unsubscribe: ['markets', 'tags'],
  subscriptions: [],
  latest: ['market', 'tag', 'count'],
  digest: ['cadence'],
  sources: [],
  review: ['market'],
  accept: ['number'],
  reject: ['number'],
  help: [],
};

describe('discord:register', () => {
  it('overwrites the guild\'s commands with /tts declaring every subcommand and option', async () => {
    const { out, io: cli } = io();
    const code = await runDiscordRegisterCommand(['--guild', fake.guildId], cli, { config: config() });
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toContain(`Registered /tts in server ${fake.guildId}`);
    const [put] = fake.find('PUT', new RegExp(`^/applications/${fake.applicationId}/guilds/${fake.guildId}/commands$`));
    expect(put!.authorization).toBe(`Bot ${fake.token}`);
    expect(put!.body).toHaveLength(1);
    const tts = put!.body[0];
    expect(tts.name).toBe('tts');
    const subs = Object.fromEntries(tts.options.map((s: { name: string; type: number; options?: { name: string }[] }) => {
      expect(s.type).toBe(1);
      return [s.name, (s.options ?? []).map((o) => o.name)];
    }));
    expect(subs).toEqual(EXPECTED);
    const status = tts.options.find((s: { name: string }) => s.name === 'status').options[0];
    expect(status).toMatchObject({ required: true });
    expect(status.choices.length).toBeLessThanOrEqual(25);
    expect(status.choices).toContainEqual({ name: 'United States (US)', value: 'us' });
  });

  it('registers globally without --guild', async () => {
    const { out, io: cli } = io();
    expect(await runDiscordRegisterCommand([], cli, { config: config() })).toBe(0);
    expect(fake.find('PUT', new RegExp(`^/applications/${fake.applicationId}/commands$`))).toHaveLength(1);
    expect(out.stdout).toContain('globally');
  });

  it('says which variable is missing and exits 2', async () => {
    const { out, io: cli } = io();
    expect(await runDiscordRegisterCommand([], cli, { config: null })).toBe(2);
    expect(out.stderr).toContain('DISCORD_TOKEN is not set');
    expect(out.stderr).toContain('DISCORD_APPLICATION_ID');
    const second = io();
    expect(await runDiscordRegisterCommand([], second.io, { config: { ...config(), applicationId: '' } })).toBe(2);
    expect(second.out.stderr).toContain('DISCORD_APPLICATION_ID is not set');
  });

  it('explains a refused token and a bad guild id', async () => {
    const bad = io();
    expect(await runDiscordRegisterCommand([], bad.io, { config: { ...config(), token: 'wrong-token-value' } })).toBe(1);
    expect(bad.out.stderr).toContain('DISCORD_TOKEN was refused');
    const guild = io();
    expect(await runDiscordRegisterCommand(['--guild', 'my-server'], guild.io, { config: config() })).toBe(2);
    expect(guild.out.stderr).toContain('--guild takes a server id');
  });
});
