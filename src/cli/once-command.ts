// `once [--feed URL|PATH ...] [--all]`: one fetch cycle, alerts printed to the console, then exit. `demo` is `once` over
// the shipped offline feeds with a fresh temporary store, so a newcomer always sees alerts.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FeedConfig, Subscription } from '../core/types.ts';
import type { AppConfig } from '../config/load-config.ts';
import type { Runtime } from '../compose/runtime.ts';
import { CONSOLE_PLATFORM, CONSOLE_SUBSCRIPTION, ConsoleSender } from '../adapters/console/console-sender.ts';
import { createPipeline } from '../compose/create-pipeline.ts';
import { emptyFeedState } from '../app/poll-feed.ts';
import { parseArgs, type CliIO } from './cli-io.ts';
import { EVERYTHING } from '../core/subscriptions/subscription-rules.ts';

/** `once --all` and the demo: every tagged story, confirmations included. */
const CONSOLE_EVERYTHING: Subscription = { ...CONSOLE_SUBSCRIPTION, rules: [EVERYTHING] };

const ONCE_USAGE = 'usage: npm run cli -- once [--feed URL|PATH ...] [--all]\n';

/** A feed given on the command line: a URL or a local file. */
export function adhocFeed(url: string, index: number): FeedConfig {
  const base = url.replace(/^[a-z]+:\/\//i, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40);
  return { id: `adhoc-${index}-${base || 'feed'}`, url, lang: /[\u4e00-\u9fff]|36kr|cn\b/.test(url) ? 'zh' : 'en', markets: [], intervalMinutes: 5 };
}

async function runCycle(rt: Runtime, feeds: FeedConfig[], io: CliIO, opts: { treatAsSeeded: boolean; all: boolean }): Promise<number> {
  const sender = new ConsoleSender(io.stdout);
  if (opts.treatAsSeeded) {
    for (const f of feeds) {
      const state = await rt.store.getFeedState(f.id);
      if (!state?.seeded) await rt.store.saveFeedState({ ...(state ?? emptyFeedState(f.id)), seeded: true });
    }
  }
  const { poller, dispatcher } = createPipeline(rt, {
    feeds, senders: new Map([[CONSOLE_PLATFORM, sender]]), implicitSubscriptions: [opts.all ? CONSOLE_EVERYTHING : CONSOLE_SUBSCRIPTION],
    dispatch: { perChannelIntervalMs: 0 },
  });
  const outcomes = await poller.runAll(feeds);
  await dispatcher.runOnce();
  let failed = 0;
  let fresh = 0;
  let tagged = 0;
  let oldOnFirstFetch = 0;
  let confirmations = 0;
  let confirmedEarlier = 0;
  for (const [id, o] of outcomes) {
    if (o.kind === 'error') { failed++; io.stderr(`✗ ${id}: ${o.message}\n`); }
    if (o.kind === 'ok') {
      fresh += o.result.fresh; tagged += o.result.tagged;
      oldOnFirstFetch += o.result.keptQuietFirstFetch; confirmations += o.result.confirmationsOnly;
      confirmedEarlier += o.result.confirmedEarlierAlerts;
    }
  }
  io.stderr(`${feeds.length} feed(s) polled, ${failed} failed; ${fresh} new item(s), ${tagged} tagged.\n`);
  // Say what was kept quiet and why, so "no alerts" never looks like "nothing found".
  const quiet: string[] = [];
  if (oldOnFirstFetch > 0) quiet.push(`${oldOnFirstFetch} older than a day on a feed's first fetch (a new feed alerts only on the last 24 hours, so adding one does not flood a channel)`);
  if (!opts.all && confirmations > 0) quiet.push(`${confirmations} only confirmed what we knew (those go to the digest)`);
  if (confirmedEarlier > 0) quiet.push(`${confirmedEarlier} confirmed a change an earlier alert reported (that alert was edited to say so, rather than a second alert)`);
  // --all alerts the first two kinds; an edited earlier alert already told the third, so --all is no remedy for it.
  const allHelps = oldOnFirstFetch > 0 || (!opts.all && confirmations > 0);
  if (quiet.length) io.stderr(`${oldOnFirstFetch + (opts.all ? 0 : confirmations) + confirmedEarlier} tagged item(s) kept quiet: ${quiet.join('; ')}.${allHelps ? ' Add --all to alert every item.' : ''}\n`);
  return failed === feeds.length && feeds.length > 0 ? 1 : 0;
}

export async function runOnceCommand(args: string[], io: CliIO, openRuntime: (overrides?: Partial<AppConfig['env']>) => Promise<Runtime>): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args, { multiple: ['feed'], boolean: ['all'] });
  // "--feed a.xml b.xml": the words after one --feed are all feeds (as the usage line shows).
  const given = [...(flags.get('feed') ?? []), ...(flags.has('feed') ? positionals : [])];
  const unexpected = [...unknown, ...(flags.has('feed') ? [] : positionals), ...[...flags.keys()].filter((k) => k !== 'feed' && k !== 'all').map((k) => `--${k}`)];
  if (unexpected.length) {
    io.stderr(`once: unexpected ${unexpected.join(' ')}\n${ONCE_USAGE}`);
    return 2;
  }
  const all = flags.has('all');
  const rt = await openRuntime();
  try {
    const feeds = given.length ? given.map(adhocFeed) : rt.config.feeds;
    return await runCycle(rt, feeds, io, { treatAsSeeded: all, all });
  } finally {
    await rt.close();
  }
}

export async function runDemoCommand(io: CliIO, openRuntime: (overrides?: Partial<AppConfig['env']>) => Promise<Runtime>): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-radar-demo-'));
  const rt = await openRuntime({ SQLITE_PATH: path.join(dir, 'demo.sqlite'), DATABASE_URL: undefined });
  try {
    const demoDir = path.join(rt.config.configDir, 'demo');
    const files = (await readdir(demoDir)).filter((f) => f.endsWith('.xml')).sort();
    const feeds: FeedConfig[] = files.map((f) => ({
      id: `demo-${f.replace(/\.xml$/, '')}`, url: path.join(demoDir, f), lang: f.includes('zh') ? 'zh' : 'en', markets: [], intervalMinutes: 5,
    }));
    io.stderr(`Demo: ${feeds.length} offline feeds from ${demoDir}, a fresh store in ${dir}\n\n`);
    // Demo items are dated in the past; treat the feeds as already known so every tagged item alerts.
    return await runCycle(rt, feeds, io, { treatAsSeeded: true, all: true });
  } finally {
    await rt.close();
    await rm(dir, { recursive: true, force: true });
  }
}
