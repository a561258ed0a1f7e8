// `once [--feed URL|PATH ...]`: one fetch cycle, alerts printed to the console, then exit. `demo` is `once` over
// the shipped offline feeds with a fresh temporary store, so a newcomer always sees alerts.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FeedConfig } from '../core/types.ts';
import type { AppConfig } from '../config/load-config.ts';
import { FeedPoller } from '../app/feed-poller.ts';
import { OutboxDispatcher } from '../app/outbox-dispatcher.ts';
import type { Runtime } from '../compose/runtime.ts';
import { CONSOLE_PLATFORM, CONSOLE_SUBSCRIPTION, ConsoleSender } from '../adapters/console/console-sender.ts';
import { fetchOptionsFrom } from '../compose/fetch-options.ts';
import { emptyFeedState } from '../app/poll-feed.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

/** A feed given on the command line: a URL or a local file. */
export function adhocFeed(url: string, index: number): FeedConfig {
  const base = url.replace(/^[a-z]+:\/\//i, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40);
  return { id: `adhoc-${index}-${base || 'feed'}`, url, lang: /[\u4e00-\u9fff]|36kr|cn\b/.test(url) ? 'zh' : 'en', markets: [], intervalMinutes: 5 };
}

async function runCycle(rt: Runtime, feeds: FeedConfig[], io: CliIO, opts: { treatAsSeeded: boolean }): Promise<number> {
  const sender = new ConsoleSender(io.stdout);
  if (opts.treatAsSeeded) {
    for (const f of feeds) await rt.store.saveFeedState({ ...emptyFeedState(f.id), seeded: true });
  }
  const poller = new FeedPoller(feeds, {
    store: rt.store, clock: rt.clock, logger: rt.logger,
    fetchOptions: fetchOptionsFrom(rt.config),
    route: { implicitSubscriptions: [CONSOLE_SUBSCRIPTION] },
    trustedSources: rt.config.trustedSources,
  }, rt.config.env.FETCH_CONCURRENCY);
  const outcomes = await poller.runAll(feeds);
  const dispatcher = new OutboxDispatcher({ store: rt.store, senders: new Map([[CONSOLE_PLATFORM, sender]]), clock: rt.clock, logger: rt.logger, perChannelIntervalMs: 0 });
  await dispatcher.runOnce();
  let failed = 0;
  let fresh = 0;
  let tagged = 0;
  for (const [id, o] of outcomes) {
    if (o.kind === 'error') { failed++; io.stderr(`✗ ${id}: ${o.message}\n`); }
    if (o.kind === 'ok') { fresh += o.result.fresh; tagged += o.result.tagged; }
  }
  io.stderr(`${feeds.length} feed(s) polled, ${failed} failed; ${fresh} new item(s), ${tagged} tagged.\n`);
  return failed === feeds.length && feeds.length > 0 ? 1 : 0;
}

export async function runOnceCommand(args: string[], io: CliIO, openRuntime: (overrides?: Partial<AppConfig['env']>) => Promise<Runtime>): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args, { multiple: ['feed'] });
  if (unknown.length || positionals.length) {
    io.stderr('usage: npm run cli -- once [--feed URL|PATH ...]\n');
    return 2;
  }
  const rt = await openRuntime();
  try {
    const given = flags.get('feed') ?? [];
    const feeds = given.length ? given.map(adhocFeed) : rt.config.feeds;
    return await runCycle(rt, feeds, io, { treatAsSeeded: false });
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
    return await runCycle(rt, feeds, io, { treatAsSeeded: true });
  } finally {
    await rt.close();
    await rm(dir, { recursive: true, force: true });
  }
}
