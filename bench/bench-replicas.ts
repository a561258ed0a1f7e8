// Section 5: one poll cycle of many feeds on PostgreSQL, with 1 and with 3 replicas. Each replica is a child
// process (this same file, started with --replica-child) running the real FeedPoller with its own PgStore pool and
// owner name, all on one fresh schema, so they arbitrate with the per-feed leases exactly as `run` replicas do.
// Every feed is due; each replica runs one scheduling step (tick) from the same moment, and the cycle ends when
// all of them have finished. Measured: wall time, and database round trips counted in each replica's pg client.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { FeedPoller } from '../src/app/feed-poller.ts';
import type { PollDeps } from '../src/app/poll-feed.ts';
import { systemClock } from '../src/core/ports.ts';
import type { FetchOptions } from '../src/feeds/fetch-feed.ts';
import { PgStore } from '../src/store/postgres/pg-store.ts';
import { BENCH_FETCH_OPTIONS, BENCH_SUBSCRIPTION, silentLogger, type BenchContext } from './bench-context.ts';
import { formatTable } from './format-table.ts';
import { benchFeed, benchFeedConfig } from './generate-feed-xml.ts';
import { shippedBaseline } from './open-bench-store.ts';
import { startFeedServer, type FeedServer } from './start-feed-server.ts';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
/** The app's default FETCH_CONCURRENCY, per replica. */
const CONCURRENCY = 8;
const NEW_PER_FEED = 5;
const NEW_SHARE = 0.1;

export interface ReplicaRunFigures {
  replicas: number;
  wall_s: number;
  /** Statements sent by all replicas during the cycle (each one request/response with the server). */
  db_round_trips: number;
  db_round_trips_per_feed: number;
  /** Polls (fetches) per replica, and lease races lost or polls skipped because another replica had polled. */
  polled_by_replica: number[];
  skipped_by_replica: number[];
  cpu_s_by_replica: number[];
  /** Feeds polled more than once, and not at all: both must be 0. */
  double_polled: number;
  not_polled: number;
  /** Requests the feed server answered during the cycle (200 + 304): must equal the feed count. */
  server_requests: number;
  new_items: number;
  not_modified: number;
  errors: number;
  /** CPU of the Postgres server processes during the cycle (null when /proc cannot show them). */
  db_server_cpu_s: number | null;
  /** CPU of the feed server (child process) during the cycle. */
  feed_server_cpu_s: number;
  /** Share of the machine's CPU time (all cores) that was busy during the cycle: Postgres, feed server, replicas. */
  machine_busy_share: number;
}

export type ReplicasFigures =
  | { feeds: number; concurrency_per_replica: number; one: ReplicaRunFigures; three: ReplicaRunFigures; round_trip_method: string }
  | { skipped: string };

type ToChild =
  | { type: 'init'; connectionString: string; schema: string; baseUrl: string; feedCount: number; owner: string }
  | { type: 'go' }
  | { type: 'close' };
type FromChild =
  | { type: 'ready' }
  | { type: 'done'; wallS: number; cpuS: number; queries: number; polled: number[]; skipped: number; fresh: number; notModified: number; errors: number }
  | { type: 'failed'; message: string };

const ROUND_TRIP_METHOD = 'pg.Client.prototype.query calls in each replica process, counted from the start of the cycle to its end (every pool.query and every statement of a transaction, BEGIN and COMMIT included; connection set-up not counted)';

function feedsAt(baseUrl: string, count: number) {
  return Array.from({ length: count }, (_, i) => benchFeedConfig(benchFeed(i), baseUrl));
}

/** A URL without its password, for messages. */
function shown(url: string): string {
  try { const u = new URL(url); if (u.password) u.password = '***'; return u.toString(); } catch { return url; }
}

async function adminQuery(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

function busyCpuMs(): { busy: number; total: number } {
  let busy = 0, total = 0;
  for (const c of os.cpus()) {
    const t = c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle;
    total += t;
    busy += t - c.times.idle;
  }
  return { busy, total };
}

/**
 * CPU seconds so far of every `postgres` process on this machine, by pid (Linux /proc, 100 ticks a second), or
 * null where that cannot be read. Backends of the replicas' pools live through the whole cycle, so the difference
 * of two readings is what the database server spent on it (plus its background workers).
 */
function postgresCpuS(): Map<number, number> | null {
  try {
    const out = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      let stat: string;
      try { stat = readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      out.set(Number(name), (Number(fields[11]) + Number(fields[12])) / 100);
    }
    return out.size ? out : null;
  } catch {
    return null;
  }
}

function cpuSince(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let s = 0;
  for (const [pid, cpu] of after) s += cpu - (before.get(pid) ?? 0);
  return Number(s.toFixed(2));
}

function startReplica(): { child: ChildProcess; next: () => Promise<FromChild> } {
  const entry = fileURLToPath(import.meta.url);
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof') && !a.startsWith('--heap-prof'));
  const child = fork(entry, ['--replica-child'], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const inbox: FromChild[] = [];
  const waiting: ((m: FromChild) => void)[] = [];
  child.on('message', (m: FromChild) => { const w = waiting.shift(); if (w) w(m); else inbox.push(m); });
  child.on('exit', (code) => { for (const w of waiting.splice(0)) w({ type: 'failed', message: `replica exited (${code})` }); });
  const next = () => new Promise<FromChild>((resolve) => { const m = inbox.shift(); if (m) resolve(m); else waiting.push(resolve); });
  return { child, next };
}

async function expect<T extends FromChild['type']>(p: Promise<FromChild>, type: T): Promise<Extract<FromChild, { type: T }>> {
  const m = await p;
  if (m.type === 'failed') throw new Error(`replica failed: ${m.message}`);
  if (m.type !== type) throw new Error(`replica sent ${m.type}, expected ${type}`);
  return m as Extract<FromChild, { type: T }>;
}

/** One measured cycle with `replicas` replicas on a fresh schema, primed with every feed's ETag. */
async function runCycle(ctx: BenchContext, server: FeedServer, connectionString: string, feedCount: number, replicas: number): Promise<ReplicaRunFigures> {
  const schema = `bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const children: ReturnType<typeof startReplica>[] = [];
  try {
    // Feeds start empty, so priming (every feed answers 200 once, which stores its ETag) costs little; then 10 %
    // of the feeds get 5 new items: the cycle is 90 % conditional GETs answered 304, 10 % ingests of 5 items.
    await server.configure(feedCount, 0, new Date());
    const feeds = feedsAt(server.baseUrl, feedCount);
    // The replicas start (and load tsx) while the priming runs; that is not measured. Concurrent opens of one
    // schema are safe: migrations take an advisory lock.
    for (let k = 0; k < replicas; k++) {
      const r = startReplica();
      children.push(r);
      r.child.send({ type: 'init', connectionString, schema, baseUrl: server.baseUrl, feedCount, owner: `bench-replica-${k + 1}` } satisfies ToChild);
    }
    ctx.progress(`replicas (${replicas}): priming ${feedCount} feeds on schema ${schema}`);
    const primeStore = await PgStore.open({ connectionString, schema });
    try {
      await primeStore.seedBaseline(shippedBaseline());
      const primer = new FeedPoller(feeds, {
        store: primeStore, clock: systemClock, logger: silentLogger, fetchOptions: BENCH_FETCH_OPTIONS as FetchOptions,
        route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] },
      }, 16, 'bench-primer');
      const primed = [...(await primer.runAll(feeds)).values()].filter((o) => o.kind === 'error').length;
      if (primed) throw new Error(`priming: ${primed} feeds failed`);
    } finally {
      await primeStore.close();
    }
    const changed = feeds.map((_, i) => i).filter((i) => i % Math.round(1 / NEW_SHARE) === 0);
    await server.publish(changed, NEW_PER_FEED, new Date());
    // Every feed due now (priming scheduled them about 5 minutes ahead).
    await adminQuery(connectionString, `UPDATE "${schema}".feed_state SET next_attempt_at = now() - interval '1 second'`);

    for (const r of children) await expect(r.next(), 'ready');
    const server0 = await server.stats();
    ctx.progress(`replicas (${replicas}): measured cycle (${changed.length} feeds with ${NEW_PER_FEED} new items, the rest 304)`);
    const cpu0 = busyCpuMs();
    const db0 = postgresCpuS();
    const t0 = process.hrtime.bigint();
    const done = children.map((r) => expect(r.next(), 'done'));
    for (const r of children) r.child.send({ type: 'go' } satisfies ToChild);
    const results = await Promise.all(done);
    const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu1 = busyCpuMs();
    const db1 = postgresCpuS();
    const server1 = await server.stats();
    const served = server1.stats;

    const perFeed = new Uint16Array(feedCount);
    for (const r of results) for (const i of r.polled) perFeed[i]!++;
    const queries = results.reduce((s, r) => s + r.queries, 0);
    return {
      replicas,
      wall_s: Number(wallS.toFixed(3)),
      db_round_trips: queries,
      db_round_trips_per_feed: Number((queries / feedCount).toFixed(2)),
      polled_by_replica: results.map((r) => r.polled.length),
      skipped_by_replica: results.map((r) => r.skipped),
      cpu_s_by_replica: results.map((r) => Number(r.cpuS.toFixed(2))),
      double_polled: perFeed.filter((n) => n > 1).length,
      not_polled: perFeed.filter((n) => n === 0).length,
      server_requests: served.ok + served.notModified,
      new_items: results.reduce((s, r) => s + r.fresh, 0),
      not_modified: results.reduce((s, r) => s + r.notModified, 0),
      errors: results.reduce((s, r) => s + r.errors, 0),
      db_server_cpu_s: cpuSince(db0, db1),
      feed_server_cpu_s: Number((server1.cpuS - server0.cpuS).toFixed(2)),
      machine_busy_share: Number(((cpu1.busy - cpu0.busy) / Math.max(1, cpu1.total - cpu0.total)).toFixed(2)),
    };
  } finally {
    await Promise.all(children.map((r) => new Promise<void>((resolve) => {
      if (r.child.exitCode !== null) { resolve(); return; }
      r.child.once('exit', () => resolve());
      r.child.send({ type: 'close' } satisfies ToChild);
      setTimeout(() => { if (r.child.exitCode === null) r.child.kill(); }, 5000).unref();
    })));
    await adminQuery(connectionString, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  }
}

export async function benchReplicas(ctx: BenchContext, connectionString = DEFAULT_BENCH_DATABASE_URL): Promise<{ figures: ReplicasFigures; table: string }> {
  try {
    await adminQuery(connectionString, 'SELECT 1');
  } catch (error) {
    const why = `no Postgres at ${shown(connectionString)}: ${(error as Error).message}`;
    return { figures: { skipped: why }, table: `\nreplicas: skipped (${why})` };
  }
  const feedCount = ctx.quick ? 500 : 10_000;
  const server = await startFeedServer();
  try {
    const one = await runCycle(ctx, server, connectionString, feedCount, 1);
    const three = await runCycle(ctx, server, connectionString, feedCount, 3);
    const row = (f: ReplicaRunFigures) => [f.replicas, f.wall_s, f.db_round_trips, f.db_round_trips_per_feed,
      f.polled_by_replica.join(' / '), f.skipped_by_replica.join(' / '), f.cpu_s_by_replica.join(' / '), f.db_server_cpu_s, f.feed_server_cpu_s,
      `${f.double_polled} / ${f.not_polled}`, f.server_requests, f.new_items, f.not_modified, f.errors, f.machine_busy_share];
    const table = formatTable(`5. Replicas — one poll cycle of ${feedCount.toLocaleString('en')} feeds on Postgres, ${Math.ceil(feedCount * NEW_SHARE)} with ${NEW_PER_FEED} new items, the rest 304 (concurrency ${CONCURRENCY} per replica)`,
      ['replicas', 'wall s', 'DB round trips', 'per feed', 'polled by replica', 'skipped by replica', 'CPU s by replica', 'Postgres CPU s', 'feed server CPU s', 'double / missed', 'server requests', 'new items', '304s', 'errors', 'machine busy'],
      [row(one), row(three)])
      + `\n\nSpeed-up with 3 replicas: ${(one.wall_s / three.wall_s).toFixed(2)}× on ${os.cpus().length} cores (Postgres, the feed server and the replicas share them). `
      + `Round trips: ${ROUND_TRIP_METHOD}.`;
    if (one.double_polled || three.double_polled || one.not_polled || three.not_polled) {
      throw new Error(`feeds not polled exactly once: 1 replica ${one.double_polled} double / ${one.not_polled} missed; 3 replicas ${three.double_polled} double / ${three.not_polled} missed`);
    }
    return { figures: { feeds: feedCount, concurrency_per_replica: CONCURRENCY, one, three, round_trip_method: ROUND_TRIP_METHOD }, table };
  } finally {
    await server.close();
  }
}

/** The replica: waits for `go`, runs one scheduling step of the real FeedPoller, reports what it did. */
async function runReplicaChild(): Promise<void> {
  let queries = 0;
  // Counted on the client class, so statements through the pool and inside transactions are all seen.
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  let store: PgStore | null = null;
  let poller: FeedPoller | null = null;
  const polled: number[] = [];
  const tally = { fresh: 0, notModified: 0, errors: 0 };
  const send = (m: FromChild) => process.send?.(m);
  process.on('disconnect', () => process.exit(0));
  process.on('message', (msg: ToChild) => {
    void (async () => {
      try {
        if (msg.type === 'init') {
          store = await PgStore.open({ connectionString: msg.connectionString, schema: msg.schema });
          const index = new Map(feedsAt(msg.baseUrl, msg.feedCount).map((f, i) => [f.id, i]));
          const deps: PollDeps = {
            store, clock: systemClock, logger: silentLogger, fetchOptions: BENCH_FETCH_OPTIONS as FetchOptions,
            route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] },
            onPolled: (feed, outcome) => {
              polled.push(index.get(feed.id)!);
              if (outcome.kind === 'ok') tally.fresh += outcome.result.fresh;
              else if (outcome.kind === 'not_modified') tally.notModified++;
              else if (outcome.kind === 'error') tally.errors++;
            },
          };
          poller = new FeedPoller(feedsAt(msg.baseUrl, msg.feedCount), deps, CONCURRENCY, msg.owner);
          send({ type: 'ready' });
        } else if (msg.type === 'go') {
          queries = 0;
          const cpu0 = process.cpuUsage();
          const t0 = process.hrtime.bigint();
          const due = await poller!.tick();
          const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
          const cpu = process.cpuUsage(cpu0);
          send({ type: 'done', wallS, cpuS: (cpu.user + cpu.system) / 1e6, queries, polled, skipped: due - polled.length, ...tally });
        } else if (msg.type === 'close') {
          await store?.close();
          process.exit(0);
        }
      } catch (error) {
        send({ type: 'failed', message: (error as Error).stack ?? String(error) });
      }
    })();
  });
}

if (process.argv.includes('--replica-child') && process.send) void runReplicaChild();
