// Several replicas on one Postgres database: three real `run` processes share four growing feeds, a fake Slack
// and one subscription. One replica is SIGKILLed in the second poll cycle while it holds a feed lease and/or
// outbox claims; the other two finish its work. Afterwards every alert reached Slack exactly once, the daily
// digest once, and every feed was polled once per interval throughout. Postgres (TEST_DATABASE_URL) and
// loopback only; about 3½ minutes, because the schedule's smallest interval is one minute.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { IN_FLIGHT } from '../../src/core/ports.ts';
import { PgStore } from '../../src/store/postgres/pg-store.ts';
import { ROOT } from '../e2e/run-cli.ts';
import { freePort, spawnBot, waitFor, type BotProcess } from '../e2e/spawn-bot.ts';
import { FakeSlack } from '../servers/fake-slack.ts';
import { PgTestDatabase } from '../store/pg-test-database.ts';
import { startReplicaFeedServer, type ReplicaFeedServer } from './replica-feed-server.ts';

const REPLICAS = 3;
const FEEDS = 4;
const CHANNEL = 'C0REPLICAS';
const MINUTE = 60_000;
/** Stories per feed: 2 at start, one more each minute, so new items arrive over three poll cycles. */
const INITIAL_STORIES = 2;
const FINAL_STORIES = 4;
/** Each feed answers after this long, so a poll holds its lease for a few seconds (a kill can land mid-fetch). */
const FEED_DELAY_MS = 3000;
/** The replicas' fetch timeout; a feed lease lives timeout + 60 s (FeedPoller.leaseFeed), here 68 s. */
const FETCH_TIMEOUT_MS = 8000;
const LEASE_TTL_MS = FETCH_TIMEOUT_MS + 60_000;
/** Slack answers each post after this long, so a dispatcher holds its claims (and a send in flight) for a while. */
const POST_DELAY_MS = 2000;

// Poll-gap bounds, from the scheduler's design (interval 60 s):
// - A poll sets the next attempt to its end + 60 s ± 10 % jitter, so two polls of one feed are at least
//   54 s + FEED_DELAY_MS apart (the feed server logs the request, the next one cannot start before that). A double
//   poll (two replicas in one interval) would be seconds apart; 50 s leaves room for clock reading order.
// - The latest a poll can come: the previous one's request + FEED_DELAY_MS + ingest (< 1 s) + 66 s until due +
//   one 5 s tick ≈ 75 s. A feed whose lease died with the killed replica is polled once the lease expires:
//   request + LEASE_TTL_MS (68 s) + one tick ≈ 73 s. 80 s allows for a late cron tick on a busy machine, and is
//   still far below two intervals, so no interval goes without a poll.
const MIN_GAP_MS = 50_000;
const MAX_GAP_MS = 80_000;

const db = new PgTestDatabase();

interface Holdings { pid: number; leases: string[]; claims: number; inFlight: number }

/** Lease and claim owners are `<role>-<pid>-<random>` (a pid alone can repeat across containers). */
function ownedBy(owner: string | null, role: string, pid: number): boolean {
  return owner?.startsWith(`${role}-${pid}-`) ?? false;
}

describe('three replicas on one Postgres database', () => {
  const procs: BotProcess[] = [];
  let slack: FakeSlack | undefined;
  let feeds: ReplicaFeedServer | undefined;
  let monitor: pg.Client | undefined;
  let dir: string | undefined;
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    await monitor?.end().catch(() => undefined);
    await slack?.close();
    await feeds?.close();
    await db.dropAll();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('polls each feed once per interval and delivers every alert and the digest exactly once, across a SIGKILL', async () => {
    const schema = db.newSchema();
    slack = await FakeSlack.start();
    slack.postDelayMs = POST_DELAY_MS;
    const startedAt = Date.now();
    feeds = await startReplicaFeedServer({ feeds: FEEDS, initial: INITIAL_STORIES, final: FINAL_STORIES, growEveryMs: MINUTE, delayMs: FEED_DELAY_MS, startedAt });

    dir = await mkdtemp(path.join(os.tmpdir(), 'tts-replicas-'));
    const feedsYaml = Array.from({ length: FEEDS }, (_, i) =>
      `  - id: wire-${i}\n    url: ${feeds!.url(i)}\n    lang: en\n    interval_minutes: 1\n`).join('');
    await writeFile(path.join(dir, 'feeds.yaml'), `feeds:\n${feedsYaml}`);
    await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));

    // The channel subscribes before any replica starts: all markets, a daily digest at this UTC hour, so the
    // digest's slot has just passed and the first scheduler tick of every replica tries to fire it.
    const pre = await PgStore.open({ connectionString: db.connectionString, schema });
    await pre.upsertSubscription({ platform: 'slack', channelId: CHANNEL, rules: [{ market: null, tag: null, minSeverity: 'low', confirms: true }], digest: { cadence: 'daily', day: 1, hour: new Date().getUTCHours(), timeZone: 'UTC' } });
    await pre.close();
    monitor = new pg.Client({ connectionString: db.connectionString });
    await monitor.connect();
    await monitor.query(`SET search_path TO "${schema}"`);

    for (let r = 0; r < REPLICAS; r++) {
      procs.push(spawnBot({
        CONFIG_DIR: dir, DATABASE_URL: db.connectionString, DATABASE_SCHEMA: schema, SQLITE_PATH: path.join(dir, 'unused.sqlite'),
        ALLOW_PRIVATE_FEEDS: 'true', FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS), PORT: String(await freePort()),
        SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: 'replica-test-signing-secret', SLACK_MODE: 'http', SLACK_API_URL: slack.apiUrl,
      }));
    }
    const logs = () => procs.map((p, i) => `--- replica ${i} (pid ${p.child.pid})\n${p.output()}`).join('\n');
    const polls = (feed: number) => feeds!.requests.filter((q) => q.feed === feed);

    // What each live replica holds right now: feed leases (poller-<pid>) and outbox claims (dispatcher-<pid>).
    const holdings = async (): Promise<Holdings[]> => {
      const leases = (await monitor!.query<{ name: string; owner: string }>(`SELECT name, owner FROM leases WHERE name LIKE 'feed:%' AND until > now()`)).rows;
      const claims = (await monitor!.query<{ claimed_by: string; last_error: string | null }>(
        `SELECT claimed_by, last_error FROM outbox WHERE status = 'pending' AND claimed_until > now()`)).rows;
      return procs.filter((p) => p.child.exitCode === null && p.child.signalCode === null).map((p) => ({
        pid: p.child.pid!,
        leases: leases.filter((l) => ownedBy(l.owner, 'poller', p.child.pid!)).map((l) => l.name),
        claims: claims.filter((c) => ownedBy(c.claimed_by, 'dispatcher', p.child.pid!)).length,
        inFlight: claims.filter((c) => ownedBy(c.claimed_by, 'dispatcher', p.child.pid!) && c.last_error?.startsWith(IN_FLIGHT)).length,
      }));
    };

    // Cycle 1: every feed polled once. Then wait for cycle 2 and kill a replica in the middle of its work: one that
    // holds a feed lease and outbox claims at once if that happens within 12 s, else the one holding most
    // (which replica wins a lease or a claim is a race, so which of the two the victim held is logged at the end).
    await waitFor(() => (Array.from({ length: FEEDS }, (_, i) => polls(i).length).every((n) => n >= 1) ? true : undefined), 2 * MINUTE, `a first poll of every feed\n${logs()}`);
    await waitFor(() => (feeds!.requests.some((q) => polls(q.feed).length >= 2) ? true : undefined), 2 * MINUTE, `the second poll cycle\n${logs()}`);
    let graceUntil = Date.now() + 12_000;
    const victim = await waitFor(async () => {
      const h = await holdings();
      const both = h.find((x) => x.leases.length > 0 && x.claims > 0);
      if (both) return both;
      if (Date.now() < graceUntil) return undefined;
      const busiest = [...h].sort((a, b) => (b.inFlight - a.inFlight) || (b.claims - a.claims) || (b.leases.length - a.leases.length))[0];
      if (busiest && (busiest.claims > 0 || busiest.leases.length > 0)) return busiest;
      graceUntil = 0; // nothing held this moment: take the next replica seen holding anything
      return undefined;
    }, 2 * MINUTE, `a replica holding a lease or claim\n${logs()}`);
    const victimProc = procs.find((p) => p.child.pid === victim.pid)!;
    victimProc.child.kill('SIGKILL');
    expect(await victimProc.exited).toBeNull(); // killed by the signal, no chance to release anything
    const killedAt = Date.now();
    // The leases that really died with it (one seen a moment ago may have been released just before the kill).
    const deadLeases = (await monitor.query<{ name: string }>(`SELECT name FROM leases WHERE owner LIKE $1`, [`poller-${victim.pid}-%`])).rows.map((r) => r.name);
    const postsAtKill = slack.callsTo('chat.postMessage').length;

    // The survivors carry on until every story of the final stage is stored and every alert and the digest are
    // out. Each condition has a bound well above the worst case: a poll cycle plus the 68 s lease or 60 s claim.
    const alertRows = async () => (await monitor!.query<{ key: string; status: string }>(`SELECT key, status FROM outbox WHERE kind = 'alert'`)).rows;
    const finalStoriesAt = startedAt + (FINAL_STORIES - INITIAL_STORIES) * MINUTE;
    await waitFor(() => (Array.from({ length: FEEDS }, (_, i) => polls(i).some((q) => q.at >= finalStoriesAt + 1000)) ? true : undefined),
      4 * MINUTE, `a poll of every feed after its last story appeared\n${logs()}`);
    const expectedAlerts = FEEDS * FINAL_STORIES;
    const alerts = await waitFor(async () => {
      const rows = await alertRows();
      return rows.length >= expectedAlerts && rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, 2 * MINUTE, `${expectedAlerts} alerts sent\n${logs()}`).catch(async (e: unknown) => {
      // Say which stories are missing or stuck, not only that the count is short.
      const rows = (await monitor!.query(`SELECT key, status, attempts, last_error FROM outbox WHERE kind = 'alert' ORDER BY key`)).rows;
      const items = (await monitor!.query(`SELECT title FROM items ORDER BY title`)).rows.map((r: { title: string }) => r.title);
      throw new Error(`${(e as Error).message}\noutbox: ${JSON.stringify(rows)}\nitems stored: ${JSON.stringify(items)}`);
    });
    const digests = await waitFor(async () => {
      const rows = (await monitor!.query<{ key: string; status: string }>(`SELECT key, status FROM outbox WHERE kind = 'digest'`)).rows;
      return rows.length > 0 && rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, MINUTE, `the digest sent\n${logs()}`);

    const survivors = procs.filter((p) => p !== victimProc);
    for (const p of survivors) p.child.kill('SIGTERM');
    const codes = await Promise.all(survivors.map((p) => p.exited));
    const stoppedAt = Date.now();

    // Exactly once: one outbox row per story, each key posted to Slack once, nothing else posted under a key.
    const posted = (slack.posted.get(CHANNEL) ?? [])
      .map((m) => (m.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key)
      .filter((k): k is string => typeof k === 'string');
    const alertKeys = alerts.map((r) => r.key).sort();
    expect(alerts).toHaveLength(expectedAlerts);
    expect(posted.filter((k) => k.startsWith('alert')).sort()).toEqual(alertKeys);
    expect(digests).toHaveLength(1);
    expect(posted.filter((k) => k.startsWith('digest'))).toEqual([digests[0]!.key]);
    expect((await monitor.query(`SELECT 1 FROM digest_runs`)).rowCount).toBe(1);
    expect(codes).toEqual(survivors.map(() => 0));
    expect(slack.callsTo('chat.postMessage').length).toBeGreaterThan(postsAtKill); // the survivors delivered after the kill

    // Every feed polled once per interval, from the first poll until the survivors stopped, the kill included.
    const report: string[] = [];
    for (let i = 0; i < FEEDS; i++) {
      const times = polls(i).map((q) => q.at);
      const gaps = times.slice(1).map((t, k) => t - times[k]!);
      report.push(`wire-${i}: polls at ${times.map((t) => Math.round((t - startedAt) / 1000)).join(', ')} s`);
      expect(Math.min(...gaps), `wire-${i} polled twice in one interval: ${report.at(-1)}`).toBeGreaterThanOrEqual(MIN_GAP_MS);
      // A replica killed after taking a feed's lease but before its request reached the feed server leaves that
      // feed unpolled until the lease runs out: the previous poll + up to MAX_GAP_MS until due + LEASE_TTL_MS.
      const maxGap = deadLeases.includes(`feed:wire-${i}`) ? MAX_GAP_MS + LEASE_TTL_MS : MAX_GAP_MS;
      expect(Math.max(...gaps, stoppedAt - times.at(-1)!), `wire-${i} missed an interval: ${report.at(-1)}`).toBeLessThanOrEqual(maxGap);
      expect(times.some((t) => t > killedAt), `wire-${i} not polled after the kill`).toBe(true);
    }
    // A feed whose lease died with the victim was taken over once the lease ran out, not before.
    for (const name of deadLeases) {
      const feed = Number(name.replace('feed:wire-', ''));
      const before = polls(feed).filter((q) => q.at <= killedAt).at(-1)!;
      const after = polls(feed).find((q) => q.at > killedAt)!;
      expect(after.at - before.at, `${name} taken over: ${report[feed]}`).toBeGreaterThanOrEqual(LEASE_TTL_MS - FEED_DELAY_MS - 1000);
    }
    console.log(`killed pid ${victim.pid} holding leases [${deadLeases.join(', ')}], ${victim.claims} claims (${victim.inFlight} in flight)\n${report.join('\n')}`);
  }, 5 * MINUTE);
});
