import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { FEED_HEALTH_NOTICE_AFTER, noticeFeedHealth, parseAdminChannel } from '../../src/app/feed-health-notice.ts';
import type { FeedConfig } from '../../src/core/types.ts';

const feed: FeedConfig = { id: 'tamebay', url: 'https://tamebay.example/feed', lang: 'en', markets: [], intervalMinutes: 5 };

describe('feed-health notices', () => {
  it('tells the admin channel once per failure streak, naming the feed, the error and how to check it', async () => {
    const store = SqliteStore.open(':memory:');
    const clock = { now: () => new Date('2026-05-01T10:00:00Z') };
    const admin = parseAdminChannel('slack:C0ADMIN')!;
    expect(admin).toEqual({ platform: 'slack', channelId: 'C0ADMIN' });
    const sent: boolean[] = [];
    for (let n = 1; n <= 6; n++) {
      sent.push(await noticeFeedHealth(feed, { kind: 'error', reason: 'http_status', message: 'HTTP 503 Service Unavailable', consecutiveFailures: n }, admin, { store, clock }));
    }
    expect(sent.filter(Boolean)).toHaveLength(1);
    expect(sent.indexOf(true) + 1).toBe(FEED_HEALTH_NOTICE_AFTER);
    const [notice] = await store.list({ limit: 10 });
    expect(notice).toMatchObject({ platform: 'slack', channelId: 'C0ADMIN', kind: 'notice', status: 'pending' });
    const text = JSON.stringify(notice!.message);
    expect(text).toContain('tamebay');
    expect(text).toContain('HTTP 503');
    expect(text).toContain('check-feed https://tamebay.example/feed');
    expect(await noticeFeedHealth(feed, { kind: 'not_modified' }, admin, { store, clock })).toBe(false);
    expect(parseAdminChannel('nonsense')).toBeNull();
    await store.close();
  });
});
