// Fault 7 against the real program on the real PostgreSQL (TEST_DATABASE_URL), through a TCP proxy on 127.0.0.1
// that resets or silences the connections: a reset mid-ingest neither crashes the bot nor loses or repeats an
// alert (the feed's writes were one transaction, rolled back, and the retry ingests them cleanly); a Postgres
// that stops answering shows in /healthz within seconds and the bot recovers when it answers again; one that never
// answers fails the start in bounded time, in one line.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/store/postgres/pg-store.ts';
import { ROOT } from '../e2e/run-cli.ts';
import { freePort, spawnBot, waitFor, type BotProcess } from '../e2e/spawn-bot.ts';
import { FakeSlack } from '../servers/fake-slack.ts';
import { startFeedServer, type FeedServer } from '../servers/feed-server.ts';
import { TcpFaultProxy } from '../servers/tcp-fault-proxy.ts';
import { PgTestDatabase } from '../store/pg-test-database.ts';
import { countBy, FAULT_STORIES, faultFeedXml } from './fault-stories.ts';

const db = new PgTestDatabase();
const CHANNEL = 'C0ALERTS';

let slack: FakeSlack | undefined;
let feeds: FeedServer | undefined;
let proxy: TcpFaultProxy | undefined;
let dir: string | undefined;
const procs: BotProcess[] = [];

afterEach(async () => {
  for (const p of procs.splice(0)) {
    p.child.kill('SIGKILL');
    await p.exited;
  }
  await proxy?.close();
  await slack?.close();
  await feeds?.close();
  await db.dropAll();
  if (dir) await rm(dir, { recursive: true, force: true });
  proxy = slack = feeds = dir = undefined;
}, 30_000);

/** A bot on a fresh schema, reaching Postgres only through the fault proxy; one feed of FAULT_STORIES. */
async function startBot(): Promise<{ bot: BotProcess; port: number }> {
  const schema = db.newSchema();
  slack = await FakeSlack.start();
  feeds = await startFeedServer({ '/wire.xml': { body: faultFeedXml(new Date()) } });
  proxy = await TcpFaultProxy.start({ host: '127.0.0.1', port: Number(new URL(db.connectionString).port || 5432) });
  dir = await mkdtemp(path.join(os.tmpdir(), 'tts-pgfault-'));
  await writeFile(path.join(dir, 'feeds.yaml'), `feeds:\n  - id: wire\n    url: ${feeds.url('/wire.xml')}\n    lang: en\n    interval_minutes: 1\n`);
  await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
  const pre = await PgStore.open({ connectionString: db.connectionString, schema });
  await pre.upsertSubscription({ platform: 'slack', channelId: CHANNEL, rules: [{ market: null, tag: null, minSeverity: 'low', confirms: true }], digest: { cadence: 'off', day: 1, hour: 9, timeZone: 'UTC' } });
  await pre.close();
  const port = await freePort();
  const bot = spawnBot({
    CONFIG_DIR: dir, DATABASE_URL: proxy.via(db.connectionString), DATABASE_SCHEMA: schema, SQLITE_PATH: path.join(dir, 'unused.sqlite'),
    ALLOW_PRIVATE_FEEDS: 'true', PORT: String(port),
    SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: 'pg-fault-signing-secret', SLACK_MODE: 'http', SLACK_API_URL: slack.apiUrl,
  });
  procs.push(bot);
  return { bot, port };
}

/** Outbox key → how many times the fake Slack channel got it. */
function deliveriesPerAlert(): Map<string, number> {
  return countBy((slack!.posted.get(CHANNEL) ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key));
}

async function healthz(port: number): Promise<{ status: number; body: { store?: string } }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.json() as { store?: string } };
}

describe('Postgres connection reset mid-ingest', () => {
  it('does not crash the bot, and after the reset every alert is delivered exactly once', async () => {
    const { bot } = await startBot();
    // The first alert's outbox row is written inside the feed's batch, after its item and story: reset every
    // connection (the batch's, the idle ones in the pool, the dispatcher's) at that moment.
    proxy!.resetWhenSent('INSERT INTO outbox');

    await waitFor(() => (deliveriesPerAlert().size === FAULT_STORIES.length ? true : undefined), 90_000, `all alerts delivered\n${bot.output()}`);
    await new Promise((r) => setTimeout(r, 3000)); // a late duplicate would arrive now
    expect(proxy!.resets).toBe(1);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.output()).toMatch(/feed wire: could not store what was fetched, will try again/);
    expect(bot.output()).toMatch(/Postgres connection lost .*the next query opens a new one/);
    expect([...deliveriesPerAlert().values()]).toEqual(FAULT_STORIES.map(() => 1));
  }, 120_000);
});

describe('a Postgres that stops answering', () => {
  it('shows in /healthz within seconds while the bot keeps running, and the bot recovers when it answers again', async () => {
    const { bot, port } = await startBot();
    await waitFor(() => (deliveriesPerAlert().size === FAULT_STORIES.length ? true : undefined), 90_000, `the bot delivering\n${bot.output()}`);
    await waitFor(async () => ((await healthz(port)).status === 200 ? true : undefined), 30_000, `healthy\n${bot.output()}`);

    proxy!.goSilent();
    const started = Date.now();
    const sick = await healthz(port);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(sick.status).toBe(503);
    expect(sick.body.store).toMatch(/did not answer within 3 s/);
    expect(bot.child.exitCode).toBeNull();

    proxy!.answerAgain();
    await waitFor(async () => ((await healthz(port)).status === 200 ? true : undefined), 30_000, `healthy again\n${bot.output()}`);
    // What was delivered before the outage is not delivered again.
    expect([...deliveriesPerAlert().values()]).toEqual(FAULT_STORIES.map(() => 1));
  }, 150_000);

  it('that never answered fails the start in bounded time, in one line that says so', async () => {
    proxy = await TcpFaultProxy.start({ host: '127.0.0.1', port: Number(new URL(db.connectionString).port || 5432) });
    proxy.goSilent();
    dir = await mkdtemp(path.join(os.tmpdir(), 'tts-pgsilent-'));
    await writeFile(path.join(dir, 'feeds.yaml'), 'feeds:\n  - id: wire\n    url: http://127.0.0.1:9/feed.xml\n    lang: en\n');
    await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
    const started = Date.now();
    const bot = spawnBot({
      CONFIG_DIR: dir, DATABASE_URL: proxy.via('postgres://tts:secret-pw@127.0.0.1:5432/test'), SQLITE_PATH: path.join(dir, 'unused.sqlite'),
      ALLOW_PRIVATE_FEEDS: 'true', PORT: String(await freePort()),
    });
    procs.push(bot);
    expect(await bot.exited).toBe(1);
    expect(Date.now() - started).toBeLessThan(25_000); // a 10 s connect timeout plus the start of node
    expect(proxy.accepted).toBeGreaterThanOrEqual(1);
    const lines = bot.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cannot start: Postgres did not answer in time/);
    expect(lines[0]).not.toContain('secret-pw');
  }, 60_000);
});
