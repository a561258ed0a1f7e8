import { describe, expect, it } from 'vitest';
import { runDigestCommand } from '../../src/cli/digest-command.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { InMemoryDigestStore } from '../fakes/in-memory-digest-store.ts';

function io() {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = { stdout: (t) => { out.stdout += t; }, stderr: (t) => { out.stderr += t; }, readStdin: async () => '', env: {} };
  return { out, cli };
}

function storeWithOneStory(): InMemoryDigestStore {
  const store = new InMemoryDigestStore();
  store.items = [{
    fetchedAt: '2026-02-27T10:00:00.000Z',
    ci: {
      item: { id: 'i1', feedId: 'f', title: 'Shop opens cross-border selling to US merchants', summary: '', link: 'https://news.example/i1', published: '2026-02-27T09:00:00Z', lang: 'en', source: 'Daily Commerce' },
      classification: { tags: ['launch'], markets: ['US'], facts: [] }, comparisons: [], severity: 'normal', clusterId: 'c1',
    },
  }];
  return store;
}

describe('digest command', () => {
  const clock = new FakeClock('2026-03-02T09:00:00Z');

  it('prints the last week\'s digest for a market as text', async () => {
    const { out, cli } = io();
    expect(await runDigestCommand(['--market', 'usa'], cli, { store: storeWithOneStory(), clock })).toBe(0);
    expect(out.stdout).toContain('▶ Weekly TikTok Shop digest — US');
    expect(out.stdout).toContain('United States (US) · Launch:');
    expect(out.stdout).toContain('Shop opens cross-border selling to US merchants — Daily Commerce <https://news.example/i1>');
  });

  it('prints JSON, and an empty period in one line', async () => {
    const { out, cli } = io();
    expect(await runDigestCommand(['--market', 'uk', '--since', '3d', '--json'], cli, { store: storeWithOneStory(), clock })).toBe(0);
    const message = JSON.parse(out.stdout);
    expect(message.kind).toBe('digest');
    expect(message.sections[0]).toEqual({ type: 'text', text: 'No TikTok Shop news for UK in the last 3 days.' });
  });

  it('names an ad-hoc period in the title (a 30-day digest is not "Weekly") and keeps the period of a target', async () => {
    const store = storeWithOneStory();
    store.history = [{
      market: 'US', key: 'gmv:tiktok_shop:half:target', date: '2024-06', source: 'Market Review', corroboration: 1, itemId: null, recordedAt: '2024-06-01T00:00:00Z',
      fact: { type: 'gmv', market: 'US', low_usd: 12e9, high_usd: 13e9, currency: 'USD', period: 'half', kind: 'target', platform: 'tiktok_shop', as_of: '2024-H2' },
    }];
    const { out, cli } = io();
    expect(await runDigestCommand(['--market', 'us', '--since', '30d'], cli, { store, clock })).toBe(0);
    expect(out.stdout).toContain('▶ TikTok Shop digest — US, last 30 days');
    expect(out.stdout.split('\n')[0]).not.toMatch(/Weekly|Daily/);
    expect(out.stdout).toContain('US GMV — latest target: $12B–$13B for H2 2024 · 2024-06 · Market Review');
    const since = io();
    expect(await runDigestCommand(['--market', 'us', '--since', '2026-01-01'], since.cli, { store, clock })).toBe(0);
    expect(since.out.stdout).toContain('▶ TikTok Shop digest — US, since 2026-01-01');
    const daily = io();
    expect(await runDigestCommand(['--market', 'us', '--since', '24h'], daily.cli, { store, clock })).toBe(0);
    expect(daily.out.stdout).toContain('▶ Daily TikTok Shop digest — US');
  });

  it('answers a typo with the usage line', async () => {
    const { out, cli } = io();
    expect(await runDigestCommand(['--market', 'narnia'], cli, { store: storeWithOneStory(), clock })).toBe(2);
    expect(out.stderr).toMatch(/unknown market "narnia"\nusage: npm run cli -- digest/);
    expect(await runDigestCommand(['--since', 'yesterday'], cli, { store: storeWithOneStory(), clock })).toBe(2);
    expect(out.stderr).toContain('cannot read --since "yesterday"');
  });
});
