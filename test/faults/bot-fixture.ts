// A config directory, a SQLite file with one Slack subscription and a feed of FAULT_STORIES, for tests that
// start the real program (spawnBot) against the local fake Slack.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { ROOT } from '../e2e/run-cli.ts';
import { freePort } from '../e2e/spawn-bot.ts';
import type { FakeSlack } from '../servers/fake-slack.ts';
import { faultFeedXml } from './fault-stories.ts';

export interface BotFixture {
  dir: string;
  dbFile: string;
  feedServer: http.Server;
  /** Environment for spawnBot: a fresh PORT each call. */
  env(extra?: Record<string, string>): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function botFixture(slack: FakeSlack, channels = ['C0ALERTS']): Promise<BotFixture> {
  const rss = faultFeedXml(new Date());
  const feedServer = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss));
  await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-faultbot-'));
  await writeFile(path.join(dir, 'feeds.yaml'), `feeds:\n  - id: fault-wire\n    url: http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml\n    lang: en\n    interval_minutes: 1\n`);
  await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
  const dbFile = path.join(dir, 'radar.sqlite');
  const pre = SqliteStore.open(dbFile);
  for (const channelId of channels) {
    await pre.upsertSubscription({ platform: 'slack', channelId, rules: [{ market: null, tag: null, minSeverity: 'low', confirms: true }], digest: { cadence: 'off', day: 1, hour: 9, timeZone: 'UTC' } });
  }
  await pre.close();
  return {
    dir, dbFile, feedServer,
    env: async (extra = {}) => ({
      CONFIG_DIR: dir, SQLITE_PATH: dbFile, ALLOW_PRIVATE_FEEDS: 'true', PORT: String(await freePort()),
      SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: 'fault-test-signing-secret', SLACK_MODE: 'http', SLACK_API_URL: slack.apiUrl,
      ...extra,
    }),
    close: () => new Promise((r) => feedServer.close(() => r())),
  };
}
