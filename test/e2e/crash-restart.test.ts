// Never lose, never repeat: the real program is SIGKILLed while it delivers a batch of alerts to a local fake
// Slack (each chat.postMessage answered slowly, so the kill lands with a send in flight); after a restart every
// alert has reached Slack exactly once. Loopback only.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../servers/fake-slack.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { ROOT } from './run-cli.ts';
import { FAULT_STORIES } from '../faults/fault-stories.ts';
import { freePort, spawnBot, waitFor, type BotProcess } from './spawn-bot.ts';

const STORIES = FAULT_STORIES;

describe('crash during delivery', () => {
  const procs: BotProcess[] = [];
  let slack: FakeSlack;
  let feedServer: http.Server;
  afterAll(async () => {
    for (const p of procs) p.child.kill('SIGKILL');
    await slack?.close();
    await new Promise((r) => feedServer?.close(r));
  });

  it('delivers every alert exactly once across a SIGKILL and a restart', async () => {
    slack = await FakeSlack.start();
    slack.postDelayMs = 1500; // the kill lands while the third post waits for its answer
    const now = new Date();
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Crash Wire</title><link>http://127.0.0.1/</link>${STORIES.map(([t, d], i) =>
      `<item><title>${t}</title><link>http://127.0.0.1/s${i}</link><guid>crash-${i}</guid><pubDate>${now.toUTCString()}</pubDate><description>${d}</description></item>`).join('')}</channel></rss>`;
    feedServer = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss));
    await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));

    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-crash-'));
    await writeFile(path.join(dir, 'feeds.yaml'), `feeds:\n  - id: crash-wire\n    url: http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml\n    lang: en\n    interval_minutes: 1\n`);
    await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
    const dbFile = path.join(dir, 'radar.sqlite');
    const pre = SqliteStore.open(dbFile);
    await pre.upsertSubscription({ platform: 'slack', channelId: 'C0ALERTS', rules: [{ market: null, tag: null, minSeverity: 'low', confirms: true }], digest: { cadence: 'off', day: 1, hour: 9, timeZone: 'UTC' } });
    await pre.close();

    const env = async () => ({
      CONFIG_DIR: dir, SQLITE_PATH: dbFile, ALLOW_PRIVATE_FEEDS: 'true', PORT: String(await freePort()),
      SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: 'crash-test-signing-secret', SLACK_MODE: 'http', SLACK_API_URL: slack.apiUrl,
    });
    const posts = () => slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0ALERTS');

    const first = spawnBot(await env());
    procs.push(first);
    await waitFor(() => (posts().length >= 3 ? true : undefined), 60_000, `3 posts before the kill\n${first.output()}`);
    first.child.kill('SIGKILL'); // mid-batch, with the third post's answer still on its way
    await first.exited;
    const beforeRestart = posts().length;
    slack.postDelayMs = 0;

    const second = spawnBot(await env());
    procs.push(second);
    const store = SqliteStore.open(dbFile);
    try {
      const alerts = await waitFor(async () => {
        const entries = (await store.list({ limit: 100 })).filter((e) => e.kind === 'alert');
        return entries.length >= 6 && entries.every((e) => e.status === 'sent') ? entries : undefined;
      }, 60_000, `all alerts sent after the restart\n${second.output()}`);
      second.child.kill('SIGTERM');
      await second.exited;

      const delivered = slack.posted.get('C0ALERTS') ?? [];
      const keys = delivered.map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key);
      expect(beforeRestart).toBeLessThan(alerts.length); // the kill really interrupted the batch
      expect(delivered).toHaveLength(alerts.length); // nothing sent twice…
      expect(new Set(keys)).toEqual(new Set(alerts.map((e) => e.key))); // …and nothing dropped
      expect(new Set(keys).size).toBe(keys.length);
      // The post in flight at the kill was recognised on Slack (message metadata) rather than sent again.
      expect(second.output()).toContain('already delivered before a restart');
    } finally {
      await store.close();
    }
  }, 150_000); // two real bot starts on a busy machine: a generous bound, not a timing assertion
});
