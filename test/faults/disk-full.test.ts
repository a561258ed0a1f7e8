// Fault 1: the disk fills up while a feed's items are being stored. SQLite's own cap (max_page_count) makes the
// database file unable to grow, which fails the write exactly as a full disk does ("database or disk is full").
// After space is back, every alert reaches the (fake) Slack channel exactly once: the failed batch left nothing
// behind, neither in the file nor in the poller's memory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { FeedPoller } from '../../src/app/feed-poller.ts';
import { OutboxDispatcher } from '../../src/app/outbox-dispatcher.ts';
import { createSenderClient, SlackSender } from '../../src/adapters/slack/slack-sender.ts';
import type { Store } from '../../src/core/ports.ts';
import { FakeSlack } from '../servers/fake-slack.ts';
import { startFeedServer, type FeedServer } from '../servers/feed-server.ts';
import { openSeededStore } from '../fakes/seeded-store.ts';
import { countBy, FAULT_STORIES, faultFeedXml } from './fault-stories.ts';

const quiet = { info: () => undefined, warn: () => undefined };

describe('disk full during ingest', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let store: Store;
  beforeEach(async () => {
    slack = await FakeSlack.start();
    feeds = await startFeedServer({ '/wire.xml': { body: faultFeedXml(new Date()), etag: '"v1"' } });
    ({ store } = await openSeededStore({ now: () => new Date() }, 'tts-diskfull-'));
    await store.upsertSubscription({ platform: 'slack', channelId: 'C0ALERTS', rules: [{ market: null, tag: null, minSeverity: 'low', confirms: true }], digest: { cadence: 'off', day: 1, hour: 9, timeZone: 'UTC' } });
  });
  afterEach(async () => {
    await store.close();
    await slack.close();
    await feeds.close();
  });

  it('stores nothing of the failed batch, logs an error, and alerts every story exactly once when space is back', async () => {
    // The SQLite boundary: the connection the store writes through (a full disk is a property of that file).
    const db = (store as unknown as { db: Database.Database }).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);

    const errors: string[] = [];
    const clock = { now: () => new Date() };
    const poller = new FeedPoller([{ id: 'wire', url: feeds.url('/wire.xml'), lang: 'en', markets: [], intervalMinutes: 5 }], {
      store, clock, logger: { ...quiet, error: (_o: object, msg: string) => errors.push(msg) },
      fetchOptions: { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 5, allowPrivate: true, userAgent: 'test' },
    });
    const dispatcher = new OutboxDispatcher({
      store, clock, logger: { ...quiet, error: () => undefined }, perChannelIntervalMs: 0,
      senders: new Map([['slack', new SlackSender(createSenderClient({ botToken: slack.botToken, apiUrl: slack.apiUrl }))]]),
    });

    const full = await poller.runAll();
    expect(full.get('wire')?.kind).toBe('error');
    expect(errors.join('\n')).toMatch(/database or disk is full/);
    expect(await store.countItems()).toBe(0);
    expect((await store.depth()).pending).toBe(0);
    expect((await store.getFeedState('wire'))?.etag ?? null).toBeNull(); // so the next poll fetches the items again

    db.pragma('max_page_count = 1073741823'); // space is back
    const again = await poller.runAll();
    expect(again.get('wire')?.kind).toBe('ok');
    await dispatcher.runOnce();

    const alerts = (await store.list({ limit: 100 })).filter((e) => e.kind === 'alert');
    expect(alerts.length).toBe(FAULT_STORIES.length);
    const delivered = (slack.posted.get('C0ALERTS') ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key);
    const perAlert = countBy(delivered);
    expect([...perAlert.keys()].sort()).toEqual(alerts.map((e) => e.key).sort());
    expect([...perAlert.values()].every((n) => n === 1)).toBe(true);
  });
});
