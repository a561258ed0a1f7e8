import { describe, expect, it } from 'vitest';
import { runOutboxCommand } from '../../src/cli/outbox-command.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';
import { InMemoryOutboxStore } from '../fakes/in-memory-outbox-store.ts';

describe('outbox command', () => {
  it('lists dead entries with their attempts and last error', async () => {
    const store = new InMemoryOutboxStore();
    const now = '2026-03-02T09:00:00.000Z';
    const message = { kind: 'alert' as const, title: 'Link ban', sections: [] };
    const dead = await store.enqueue({ key: 'alert:slack:C9:k', platform: 'slack', channelId: 'C9', kind: 'alert', message, now });
    await store.markRetry(dead.entry.id, 'HTTP 500', now);
    await store.markDead(dead.entry.id, 'channel_not_found');
    await store.enqueue({ key: 'alert:slack:C1:k', platform: 'slack', channelId: 'C1', kind: 'alert', message, now });

    let stdout = '';
    const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: () => {}, readStdin: async () => '', env: {} };
    expect(await runOutboxCommand(['--status', 'dead'], io, { store })).toBe(0);
    expect(stdout).toContain('outbox: 1 pending, 0 sent, 1 dead');
    expect(stdout).toMatch(/#1 dead +2 attempts +alert +slack:C9 +gave up/);
    expect(stdout).toContain('last error: channel_not_found');
    expect(stdout).not.toContain('slack:C1');

    stdout = '';
    expect(await runOutboxCommand(['--json'], io, { store })).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.depth).toEqual({ pending: 1, sent: 0, dead: 1 });
    expect(json.entries.map((e: { status: string }) => e.status)).toEqual(['pending', 'dead']);
  });

  it('rejects an unknown status', async () => {
    let stderr = '';
    const io: CliIO = { stdout: () => {}, stderr: (t) => { stderr += t; }, readStdin: async () => '', env: {} };
    expect(await runOutboxCommand(['--status', 'lost'], io, { store: new InMemoryOutboxStore() })).toBe(2);
    expect(stderr).toContain('usage: npm run cli -- outbox');
  });
});
