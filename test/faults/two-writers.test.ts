// Fault 4: a second `npm start` on the same SQLite file. It is refused at start with a message naming the fix,
// the first bot delivers every alert exactly once, and after the first bot is killed (-9) a new one starts:
// the lock is the operating system's and leaves nothing stale behind.
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { FakeSlack } from '../servers/fake-slack.ts';
import { spawnBot, waitFor, type BotProcess } from '../e2e/spawn-bot.ts';
import { botFixture, type BotFixture } from './bot-fixture.ts';
import { countBy, FAULT_STORIES } from './fault-stories.ts';

describe('two bots on one SQLite file', () => {
  const procs: BotProcess[] = [];
  let slack: FakeSlack;
  let fx: BotFixture;
  afterAll(async () => {
    for (const p of procs) p.child.kill('SIGKILL');
    await slack?.close();
    await fx?.close();
  });

  it('refuses the second one, and the first delivers each alert once', async () => {
    slack = await FakeSlack.start();
    fx = await botFixture(slack);
    const first = spawnBot(await fx.env());
    procs.push(first);
    await waitFor(() => (first.output().includes('Polling 1 feeds') ? true : undefined), 60_000, `first bot up\n${first.output()}`);

    const second = spawnBot(await fx.env());
    procs.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('cannot start: another tts-radar bot is already running on');
    expect(second.output()).toContain('give this one its own SQLITE_PATH');
    expect(second.output()).not.toMatch(/\n\s+at /); // no stack trace

    const store = SqliteStore.open(fx.dbFile);
    try {
      await waitFor(async () => {
        const alerts = (await store.list({ limit: 100 })).filter((e) => e.kind === 'alert');
        return alerts.length === FAULT_STORIES.length && alerts.every((e) => e.status === 'sent') ? true : undefined;
      }, 60_000, `all alerts sent\n${first.output()}`);
    } finally {
      await store.close();
    }
    const perAlert = countBy((slack.posted.get('C0ALERTS') ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key));
    expect(perAlert.size).toBe(FAULT_STORIES.length);
    expect([...perAlert.values()].every((n) => n === 1)).toBe(true);

    first.child.kill('SIGKILL');
    await first.exited;
    const third = spawnBot(await fx.env());
    procs.push(third);
    await waitFor(() => (third.output().includes('Polling 1 feeds') ? true : undefined), 60_000, `a new bot starts after a kill -9\n${third.output()}`);
    expect(third.output()).not.toContain('cannot start');
  }, 150_000); // three real bot starts: a generous bound, not a timing assertion
});
