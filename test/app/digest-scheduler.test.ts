import { describe, expect, it } from 'vitest';
import { runDigestTick, startDigestScheduler, type DigestTickDeps } from '../../src/app/digest-scheduler.ts';
import type { Subscription } from '../../src/core/types.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { InMemoryDigestStore } from '../fakes/in-memory-digest-store.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

function sub(channelId: string, digest: Partial<Subscription['digest']>): Subscription {
  return {
    platform: 'slack', channelId, rules: [{ market: 'US', tag: null, minSeverity: 'low', confirms: false }],
    digest: { cadence: 'weekly', day: 1, hour: 9, timeZone: 'UTC', ...digest },
  };
}

/** Ticks once a minute from `from` to `to`, each tick as if freshly started; returns [tick time, key] fired. */
async function tickEveryMinute(from: string, to: string, store: InMemoryDigestStore, extra: Partial<DigestTickDeps> = {}): Promise<[string, string][]> {
  const clock = new FakeClock(from);
  const fired: [string, string][] = [];
  while (clock.now().getTime() < Date.parse(to)) {
    // New deps every tick: nothing survives in memory, as after a restart; only the store remembers.
    const keys = await runDigestTick(clock.now(), { store, clock, logger: silent, chart: false, ...extra });
    for (const k of keys) fired.push([clock.now().toISOString(), k]);
    clock.advance(60_000);
  }
  return fired;
}

describe('runDigestTick', () => {
  it('sends a Shanghai channel its weekly digest at Monday 09:00 local, exactly once', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-SH', { timeZone: 'Asia/Shanghai' })];
    const fired = await tickEveryMinute('2026-02-28T12:00:00Z', '2026-03-03T12:00:00Z', store);
    expect(fired).toEqual([['2026-03-02T01:00:00.000Z', 'digest:slack:C-SH:weekly:2026-W10']]);
    expect(await store.depth()).toEqual({ pending: 1, dead: 0, sent: 0 });
  });

  it('sends a New York channel its weekly digest at 09:00 local once across the end of DST (2026-11-01)', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-NY', { timeZone: 'America/New_York' })];
    const fired = await tickEveryMinute('2026-10-30T00:00:00Z', '2026-11-03T12:00:00Z', store);
    // 09:00 EST (UTC-5) on Monday 2 November, the day after clocks went back.
    expect(fired).toEqual([['2026-11-02T14:00:00.000Z', 'digest:slack:C-NY:weekly:2026-W45']]);
  });

  it('fires a daily New York digest at 09:00 local each day, before and after the clock change', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-NYD', { cadence: 'daily', timeZone: 'America/New_York' })];
    const fired = await tickEveryMinute('2026-10-31T04:00:00Z', '2026-11-03T00:00:00Z', store);
    expect(fired).toEqual([
      ['2026-10-31T13:00:00.000Z', 'digest:slack:C-NYD:daily:2026-10-31'],
      ['2026-11-01T14:00:00.000Z', 'digest:slack:C-NYD:daily:2026-11-01'],
      ['2026-11-02T14:00:00.000Z', 'digest:slack:C-NYD:daily:2026-11-02'],
    ]);
  });

  it('fires a 02:00 daily digest once on the spring-forward day, when 02:00 does not exist', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-GAP', { cadence: 'daily', hour: 2, timeZone: 'America/New_York' })];
    const fired = await tickEveryMinute('2026-03-08T04:00:00Z', '2026-03-08T12:00:00Z', store);
    expect(fired).toEqual([['2026-03-08T07:00:00.000Z', 'digest:slack:C-GAP:daily:2026-03-08']]); // 03:00 EDT
  });

  it('serves several channels in their own zones in the same ticks', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [
      sub('C-SH', { timeZone: 'Asia/Shanghai' }),
      sub('C-LON', { timeZone: 'Europe/London', day: 5, hour: 17 }),
      sub('C-OFF', { cadence: 'off' }),
    ];
    const fired = await tickEveryMinute('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', store);
    expect(fired).toEqual([
      ['2026-03-02T01:00:00.000Z', 'digest:slack:C-SH:weekly:2026-W10'],
      ['2026-03-06T17:00:00.000Z', 'digest:slack:C-LON:weekly:2026-W10'],
    ]);
  });

  it('catches up a slot missed while the bot was down, but not one from days ago', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-UTC', { timeZone: 'UTC' })];
    const clock = new FakeClock('2026-03-02T11:30:00Z'); // first tick after a restart, 2.5 h late
    expect(await runDigestTick(clock.now(), { store, clock, logger: silent, chart: false })).toEqual(['digest:slack:C-UTC:weekly:2026-W10']);

    const fresh = new InMemoryDigestStore();
    fresh.subscriptions = [sub('C-NEW', { timeZone: 'UTC' })];
    const wednesday = new FakeClock('2026-03-04T10:00:00Z'); // subscribed on Wednesday
    expect(await runDigestTick(wednesday.now(), { store: fresh, clock: wednesday, logger: silent, chart: false })).toEqual([]);
  });

  it('still enqueues a digest whose period was claimed by a run that crashed before enqueueing', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-UTC', { timeZone: 'UTC' })];
    await store.claimDigestRun('slack', 'C-UTC', 'weekly:2026-W10', '2026-03-02T09:00:00.000Z');
    const clock = new FakeClock('2026-03-02T09:01:00Z');
    expect(await runDigestTick(clock.now(), { store, clock, logger: silent, chart: false })).toEqual(['digest:slack:C-UTC:weekly:2026-W10']);
    expect(await runDigestTick(clock.now(), { store, clock, logger: silent, chart: false })).toEqual([]);
  });

  it('enqueues a weekly digest with the GMV chart attached as a PNG', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-UTC', { timeZone: 'UTC' })];
    store.history = [{
      market: 'US', key: 'gmv:tiktok_shop:day:actual', date: '2025-11',
      fact: { type: 'gmv', market: 'US', low_usd: 8e6, high_usd: 8e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' },
      source: 'Example Wire', corroboration: 1, itemId: null, recordedAt: '2026-01-01T00:00:00.000Z',
    }];
    const clock = new FakeClock('2026-03-02T09:00:00Z');
    await runDigestTick(clock.now(), { store, clock, logger: silent });
    const entry = await store.getByKey('digest:slack:C-UTC:weekly:2026-W10');
    expect(entry).toMatchObject({ kind: 'digest', channelId: 'C-UTC', message: { kind: 'digest', title: 'Weekly TikTok Shop digest — US' } });
    const png = Buffer.from(entry!.message.attachments![0]!.dataBase64, 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(entry!.message.sections).toContainEqual({ type: 'text', text: 'No TikTok Shop news for US this week.' });
  });
});

describe('startDigestScheduler', () => {
  it('ticks at start, so a digest due while the bot was down goes out on start-up', async () => {
    const store = new InMemoryDigestStore();
    store.subscriptions = [sub('C-UTC', { timeZone: 'UTC' })];
    const clock = new FakeClock('2026-03-02T09:30:00Z');
    const scheduler = startDigestScheduler({ store, clock, logger: silent, chart: false });
    try {
      for (let i = 0; i < 100 && !(await store.getByKey('digest:slack:C-UTC:weekly:2026-W10')); i++) await new Promise((r) => setTimeout(r, 10));
      expect(await store.depth()).toEqual({ pending: 1, dead: 0, sent: 0 });
    } finally {
      scheduler.stop();
    }
  });
});
