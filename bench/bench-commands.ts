// Section 3: /tts status, latest and digest on a big store (1,000,000 items; quick: 100,000). The store is filled
// by fill-big-store.ts from real pipeline output; here we time handleCommand with the app's CommandDeps.
import { handleCommand } from '../src/app/commands/handle-command.ts';
import type { Command, CommandContext } from '../src/core/commands/command.ts';
import type { CommandDeps } from '../src/app/commands/command-deps.ts';
import { previewDigest } from '../src/app/enqueue-digest.ts';
import { composeDigest } from '../src/app/compose-digest.ts';
import { buildDigest } from '../src/core/digest/build-digest.ts';
import type { Clock } from '../src/core/ports.ts';
import { MARKETS, TAGS } from '../src/core/taxonomy.ts';
import type { Cluster } from '../src/core/types.ts';
import { fillBigStore } from './fill-big-store.ts';
import { summariseLatencies, type LatencySummary } from './latency-summary.ts';
import { BENCH_PLATFORM, type BenchContext } from './bench-context.ts';
import { formatTable, verdictAtMost } from './format-table.ts';

export interface CommandFigures {
  status_p99_ms: number;
  latest_p99_ms: number;
  digest_p99_ms: number;
  status_p50_ms: number;
  status_p95_ms: number;
  latest_p50_ms: number;
  latest_p95_ms: number;
  digest_p50_ms: number;
  digest_p95_ms: number;
  digest_us_p99_ms: number;
  stored_items: number;
  items_in_digest_week: number;
  fill_s: number;
  digest_breakdown_ms: Record<string, number>;
}

async function timeCalls(n: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await call(i);
    out.push(performance.now() - t0);
  }
  return out;
}

const LATEST_VARIANTS: Omit<Extract<Command, { name: 'latest' }>, 'name'>[] = [
  { limit: 10 },
  ...MARKETS.map((market) => ({ market, limit: 10 })),
  ...TAGS.map((tag) => ({ tag, limit: 10 })),
  { market: 'US', tag: 'gmv_figure', limit: 10 },
  { market: 'ID', tag: 'ban', limit: 10 },
  { market: 'JP', tag: 'threshold_change', limit: 10 },
  { limit: 50 },
];

export async function benchCommands(ctx: BenchContext): Promise<{ figures: CommandFigures; table: string }> {
  const n = ctx.sizes.commandSamples;
  const t0 = Date.now();
  const { store, now, stored } = await fillBigStore(ctx, ctx.sizes.storeItems);
  const fillS = (Date.now() - t0) / 1000;
  try {
    const clock: Clock = { now: () => now };
    await store.upsertSubscription({ platform: BENCH_PLATFORM, channelId: 'C-ALL', rules: [{ market: null, tag: null, minSeverity: 'low', confirms: false }], digest: { cadence: 'weekly', day: 1, hour: 9, timeZone: 'UTC' } });
    await store.upsertSubscription({ platform: BENCH_PLATFORM, channelId: 'C-US', rules: [{ market: 'US', tag: null, minSeverity: 'low', confirms: false }], digest: { cadence: 'weekly', day: 1, hour: 9, timeZone: 'America/New_York' } });
    const deps: CommandDeps = {
      store, feeds: [], clock, defaultTimeZone: 'UTC',
      previewDigest: (q) => previewDigest(q, { store, clock }),
    };
    const ctxAll: CommandContext = { platform: BENCH_PLATFORM, channelId: 'C-ALL', userId: 'U1', canManageChannel: true };
    const ctxUs: CommandContext = { ...ctxAll, channelId: 'C-US' };

    ctx.progress(`commands: status × ${n}`);
    await timeCalls(20, (i) => handleCommand({ name: 'status', market: MARKETS[i % MARKETS.length]! }, ctxAll, deps));
    const status = await timeCalls(n, (i) => handleCommand({ name: 'status', market: MARKETS[i % MARKETS.length]! }, ctxAll, deps));
    ctx.progress(`commands: latest × ${n}`);
    await timeCalls(20, (i) => handleCommand({ name: 'latest', ...LATEST_VARIANTS[i % LATEST_VARIANTS.length]! }, ctxAll, deps));
    const latest = await timeCalls(n, (i) => handleCommand({ name: 'latest', ...LATEST_VARIANTS[i % LATEST_VARIANTS.length]! }, ctxAll, deps));
    const digestN = ctx.quick ? 25 : 50;
    ctx.progress(`commands: weekly digest (all markets) × ${digestN}`);
    await timeCalls(3, () => handleCommand({ name: 'digest', cadence: 'weekly' }, ctxAll, deps));
    const digest = await timeCalls(digestN, () => handleCommand({ name: 'digest', cadence: 'weekly' }, ctxAll, deps));
    ctx.progress(`commands: weekly digest (US only) × ${digestN}`);
    const digestUs = await timeCalls(digestN, () => handleCommand({ name: 'digest', cadence: 'weekly' }, ctxUs, deps));

    // Where a weekly digest spends its time: the same steps composeDigest takes, timed one by one.
    const since = new Date(now.getTime() - 7 * 86_400_000);
    const b: Record<string, number> = {};
    let t = performance.now();
    const items = await store.itemsBetween(since.toISOString(), now.toISOString());
    b.items_between = performance.now() - t;
    t = performance.now();
    const clusterIds = [...new Set(items.map((i) => i.clusterId))];
    const clusters = (await Promise.all(clusterIds.map((id) => store.getCluster(id)))).filter((c): c is Cluster => c !== null);
    b.get_clusters = performance.now() - t;
    t = performance.now();
    const baseline = await store.baselineEntries();
    b.baseline_entries = performance.now() - t;
    t = performance.now();
    buildDigest({ markets: [], since, until: now, cadence: 'weekly', items, clusters, baseline });
    b.build_digest = performance.now() - t;
    t = performance.now();
    await composeDigest({ markets: [], since, until: now, cadence: 'weekly' }, store);
    b.compose_digest_total = performance.now() - t;
    for (const k of Object.keys(b)) b[k] = Number(b[k]!.toFixed(1));
    b.items_in_week = items.length;
    b.clusters_in_week = clusterIds.length;

    const s = summariseLatencies(status);
    const l = summariseLatencies(latest);
    const d = summariseLatencies(digest);
    const du = summariseLatencies(digestUs);
    const r1 = (x: number) => Number(x.toFixed(2));
    const figures: CommandFigures = {
      status_p99_ms: r1(s.p99), latest_p99_ms: r1(l.p99), digest_p99_ms: r1(d.p99),
      status_p50_ms: r1(s.p50), status_p95_ms: r1(s.p95), latest_p50_ms: r1(l.p50), latest_p95_ms: r1(l.p95),
      digest_p50_ms: r1(d.p50), digest_p95_ms: r1(d.p95), digest_us_p99_ms: r1(du.p99),
      stored_items: stored, items_in_digest_week: items.length, fill_s: Number(fillS.toFixed(1)), digest_breakdown_ms: b,
    };
    const row = (name: string, x: LatencySummary, goal: number): (string | number)[] => [name, x.n, x.p50, x.p95, x.p99, x.max, `≤ ${goal}`, verdictAtMost(x.p99, goal, 'ms')];
    const table = formatTable(`3. Commands — store of ${stored.toLocaleString('en')} items (${items.length.toLocaleString('en')} in the digest week), latency in ms`,
      ['command', 'calls', 'p50', 'p95', 'p99', 'max', 'goal p99', 'verdict'], [
        row('/tts status <market>', s, 50),
        row('/tts latest [market] [tag]', l, 50),
        row('/tts digest weekly (all markets)', d, 500),
        row('/tts digest weekly (US channel)', du, 500),
      ]) + `\n\nStore filled in ${fillS.toFixed(1)} s. Weekly digest (all markets) step by step, ms: ${Object.entries(b).map(([k, v]) => `${k} ${v}`).join(', ')}.`;
    return { figures, table };
  } finally {
    await store.close();
  }
}
