// The pipeline as a user sees it: a feed on a local server, a real SQLite file, alerts in the outbox.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { pollFeed, type PollDeps } from '../../src/app/poll-feed.ts';
import { CONSOLE_SUBSCRIPTION } from '../../src/adapters/console/console-sender.ts';
import type { FeedConfig } from '../../src/core/types.ts';
import type { Store } from '../../src/core/ports.ts';

interface Served { status: number; body: string; etag?: string }

function rss(items: { guid: string; title: string; text: string; date: Date }[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>http://example.test/</link>${items
    .map((i) => `<item><title>${i.title}</title><link>http://example.test/${i.guid}</link><guid>${i.guid}</guid><pubDate>${i.date.toUTCString()}</pubDate><description>${i.text}</description></item>`)
    .join('')}</channel></rss>`;
}

const NOW = new Date('2026-03-02T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);

const linkBan = { guid: 'a1', title: 'TikTok to ban links to Amazon in US videos', text: 'TikTok will ban links that send US viewers to external shops such as Amazon.', date: hoursAgo(2) };
const oldGmv = { guid: 'a2', title: 'TikTok Shop US sales reach $14 million a day', text: 'US shoppers spend about $14 million a day on TikTok Shop.', date: hoursAgo(72) };
const threshold = { guid: 'a3', title: 'TikTok Shop US raises creator threshold to 5,000 followers', text: 'US creators need 5,000 followers to sell products, up from 1,000 followers.', date: hoursAgo(1) };

describe('polling a feed', () => {
  let server: http.Server;
  let url: string;
  let served: Served;
  let requests: http.IncomingHttpHeaders[];
  let dir: string;
  let store: Store;
  let clockNow: Date;

  beforeEach(async () => {
    requests = [];
    served = { status: 200, body: '' };
    server = http.createServer((req, res) => {
      requests.push(req.headers);
      if (served.etag && req.headers['if-none-match'] === served.etag) return void res.writeHead(304).end();
      res.writeHead(served.status, { 'content-type': 'application/rss+xml', ...(served.etag ? { etag: served.etag } : {}) }).end(served.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
    dir = await mkdtemp(path.join(os.tmpdir(), 'tts-poll-'));
    store = SqliteStore.open(path.join(dir, 'radar.sqlite'));
    clockNow = NOW;
  });
  afterEach(async () => {
    await store.close();
    await new Promise((r) => server.close(r));
  });

  const feed = (): FeedConfig => ({ id: 'wire', url, lang: 'en', markets: [], intervalMinutes: 5 });
  const deps = (): PollDeps => ({
    store, clock: { now: () => clockNow }, logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    fetchOptions: { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 5, allowPrivate: true, userAgent: 'test' },
    route: { implicitSubscriptions: [CONSOLE_SUBSCRIPTION] }, random: () => 0.5,
  });
  const alertTitles = async () => (await store.list({ limit: 100 })).filter((e) => e.kind === 'alert').map((e) => e.message.title).sort();

  it('first fetch of a new feed stores everything but alerts only on the last 24 hours', async () => {
    served.body = rss([linkBan, oldGmv]);
    const outcome = await pollFeed(feed(), deps());
    expect(outcome.kind).toBe('ok');
    expect(await store.countItems()).toBe(2);
    expect(await alertTitles()).toEqual([linkBan.title]);
  });

  it('answers 304 with nothing to do once the ETag matches', async () => {
    served = { status: 200, body: rss([linkBan]), etag: '"v1"' };
    await pollFeed(feed(), deps());
    const second = await pollFeed(feed(), deps());
    expect(second.kind).toBe('not_modified');
    expect(requests[1]!['if-none-match']).toBe('"v1"');
    expect(await alertTitles()).toEqual([linkBan.title]);
  });

  it('never alerts an item twice, even after a restart on the same file', async () => {
    served.body = rss([linkBan]);
    await pollFeed(feed(), deps());
    await store.close();
    store = SqliteStore.open(path.join(dir, 'radar.sqlite'));
    served.body = rss([linkBan, threshold]);
    const outcome = await pollFeed(feed(), deps());
    expect(outcome.kind === 'ok' && outcome.result.fresh).toBe(1);
    expect(await alertTitles()).toEqual([threshold.title, linkBan.title].sort());
  });

  it('backs off a failing feed, longer after each failure, and recovers', async () => {
    served = { status: 500, body: 'oops' };
    const first = await pollFeed(feed(), deps());
    expect(first).toMatchObject({ kind: 'error', consecutiveFailures: 1 });
    const s1 = (await store.getFeedState('wire'))!;
    const second = await pollFeed(feed(), deps());
    expect(second).toMatchObject({ kind: 'error', consecutiveFailures: 2 });
    const s2 = (await store.getFeedState('wire'))!;
    expect(Date.parse(s2.nextAttemptAt!)).toBeGreaterThan(Date.parse(s1.nextAttemptAt!));
    expect(s2.lastError).toMatch(/500/);
    served = { status: 200, body: rss([linkBan]) };
    expect((await pollFeed(feed(), deps())).kind).toBe('ok');
    expect((await store.getFeedState('wire'))!.consecutiveFailures).toBe(0);
  });

  it('compares facts with the baseline and shows the change old → new, held as unconfirmed on one outlet\'s word', async () => {
    await store.seedBaseline([{
      market: 'US', key: 'threshold:creator_followers', date: '2024-03', source: 'https://seed.example/2024',
      fact: { type: 'threshold', market: 'US', subject: 'creator_followers', from: 5000, to: 1000 }, corroboration: 1,
    }]);
    served.body = rss([threshold]);
    await pollFeed(feed(), deps());
    const alert = (await store.list({ limit: 10 })).find((e) => e.kind === 'alert')!;
    const change = alert.message.sections.find((s) => s.type === 'change');
    expect(change).toBeDefined();
    // One outlet's unconfirmed word alerts at normal; it becomes high once confirmed.
    expect(alert.message.severity).toBe('normal');
    // One outlet's word: the baseline keeps the confirmed value and the report waits for a second outlet.
    const latest = await store.getBaselineEntry('US', 'threshold:creator_followers');
    expect(latest?.fact).toMatchObject({ to: 1000 });
    const pending = await store.listReports({ market: 'US', states: ['pending'] });
    expect(pending.map((r) => r.fact)).toEqual([expect.objectContaining({ to: 5000 })]);
  });
});
