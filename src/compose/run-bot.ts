// `run`: the long-running bot. Polls feeds on a schedule, delivers the outbox, fires digests, serves /healthz
// and /metrics, and starts every platform of src/compose/platform-registry.ts that is configured (the console
// otherwise). It owns the process signals: SIGINT/SIGTERM stop it within a deadline.
import { handleReviewPress } from '../app/commands/review-commands.ts';
import type { Verdict } from '../core/evidence/review-actions.ts';
import type { PlatformSender } from '../app/delivery-port.ts';
import type { Runtime } from './runtime.ts';
import { createPipeline } from './create-pipeline.ts';
import { configuredPlatforms } from './platform-registry.ts';
import { startDigestScheduler } from '../app/digest-scheduler.ts';
import { noticeFeedHealth, parseAdminChannel } from '../app/feed-health-notice.ts';
import { createConsolePlatform } from '../adapters/console/console-platform.ts';
import type { CommandHandlers } from '../adapters/platform-adapter.ts';
import { handleCommand } from '../app/commands/handle-command.ts';
import { parseCommandText } from '../core/commands/parse-command-text.ts';
import type { Command, CommandContext } from '../core/commands/command.ts';
import type { Subscription } from '../core/types.ts';
import { createMetrics, type Metrics } from '../observability/metrics.ts';
import { healthRequestHandler, startHealthServer, type HealthSource, type RequestHandler } from '../observability/health-server.ts';
import { readinessRequestHandler, storeReadiness } from '../observability/readiness.ts';

/** Longest a SIGTERM may take: longer than any outbound call's timeout (Slack 10 s, Discord 15 s). */
const SHUTDOWN_DEADLINE_MS = 20_000;

export interface RunningBot {
  stop(): Promise<void>;
  /** The port /healthz and /metrics listen on. */
  port: number | null;
  metrics: Metrics;
}

export async function runBot(rt: Runtime, io: { stdout: (text: string) => void }): Promise<RunningBot> {
  const { config, logger, store, clock } = rt;
  const metrics = createMetrics({ defaultMetrics: true });
  const admin = parseAdminChannel(config.env.ADMIN_CHANNEL);
  const senders = new Map<string, PlatformSender>();
  const stoppers: (() => Promise<void>)[] = [];
  const implicitSubscriptions: Subscription[] = [];
  const commands: CommandHandlers = {
    parse: parseCommandText,
    handle: (cmd: Command, ctx: CommandContext) => handleCommand(cmd, ctx, rt.commandDeps),
    review: (clusterId: string, verdict: Verdict, ctx: CommandContext) => handleReviewPress(clusterId, verdict, ctx, rt.commandDeps),
  };

  const pipeline = createPipeline(rt, {
    feeds: config.feeds, senders, implicitSubscriptions,
    poll: {
      onClassified: (ci) => { for (const tag of ci.classification.tags) metrics.itemsClassified.inc({ tag }); },
      onPolled: (feed, outcome) => {
        if (outcome.kind === 'skipped') return;
        metrics.feedsPolled.inc({ result: outcome.kind });
        if (outcome.kind === 'error') {
          metrics.fetchErrors.inc({ reason: outcome.reason });
          if (admin) void noticeFeedHealth(feed, outcome, admin, { store, clock }).catch(() => undefined);
        } else {
          metrics.lastSuccessfulFetch.set(clock.now().getTime() / 1000);
        }
      },
    },
    dispatch: {
      onOutcome: (entry, outcome) => {
        if (outcome === 'sent') metrics.alertsDelivered.inc({ platform: entry.platform });
        else metrics.alertsFailed.inc({ platform: entry.platform });
      },
      onLookupFailed: (entry) => metrics.deliveryLookupsFailed.inc({ platform: entry.platform }),
    },
  });
  const { poller, dispatcher } = pipeline;

  const health: HealthSource = {
    clock,
    metrics,
    pingStore: async () => { await store.depth(); },
    lastTickAt: () => poller.lastTickAt,
    lastSuccessfulFetchAt: async () => {
      const latest = (await store.listFeedStates()).map((s) => s.lastSuccessAt).filter((t): t is string => !!t).sort().at(-1);
      return latest ? new Date(latest) : null;
    },
    outboxDepth: () => store.depth(),
  };
  const readiness = storeReadiness(health, store, config.feeds.map((f) => f.id));

  // Every configured platform from the registry, or the console when there is none.
  const platforms = await configuredPlatforms(config);
  if (platforms.length === 0) platforms.push(createConsolePlatform(io.stdout));
  const routes: RequestHandler[] = platforms.flatMap((p) => p.routes?.({ commands, logger, clock }) ?? []);
  const handlers = [healthRequestHandler(health), readinessRequestHandler(readiness), ...routes];
  const httpRoutes: RequestHandler = async (req, res) => { for (const h of handlers) if (await h(req, res)) return true; return false; };
  let portTaken = false;
  for (const platform of platforms) {
    const started = await platform.start({ commands, logger, clock, port: config.env.PORT, httpRoutes });
    senders.set(platform.platform, started.sender);
    implicitSubscriptions.push(...(started.implicitSubscriptions ?? []));
    stoppers.push(started.stop);
    portTaken ||= started.servesHttp === true;
  }

  const server = portTaken ? null : await startHealthServer(health, config.env.PORT, '0.0.0.0', [readinessRequestHandler(readiness), ...routes]);
  if (server) logger.info({ port: server.port }, `Health and metrics on http://0.0.0.0:${server.port}/healthz, /readyz and /metrics`);

  // One short line whatever the number of feeds (5,000 feeds once made it 400 KB): `check-feed` lists them all.
  logger.info({ feeds: config.feeds.length }, `Polling ${config.feeds.length} feeds: ${summariseIds(config.feeds.map((f) => f.id))}${feedMix(config.feeds)}`);
  poller.start();
  dispatcher.start(1000);
  const digests = startDigestScheduler({ store, clock, logger });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    logger.info({}, 'shutting down');
    await poller.stop();
    await dispatcher.stop();
    digests.stop();
    for (const s of stoppers) await s().catch(() => undefined);
    await server?.close();
    await store.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // Shutdown is bounded: every outbound call has a timeout, and should something still hang, the process
      // exits anyway. Nothing is lost: an unfinished send is in the outbox, marked in flight, and looked up
      // on the platform after the restart.
      setTimeout(() => {
        logger.error({}, `shutdown took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting anyway`);
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
      void stop().then(() => process.exit(0), () => process.exit(1));
    });
  }
  return { stop, port: server?.port ?? null, metrics };
}

/** " (9 English, 2 Chinese; every 5–15 min)": what the feeds are, in a few words. */
function feedMix(feeds: { lang: 'en' | 'zh'; intervalMinutes: number }[]): string {
  if (feeds.length === 0) return '';
  const en = feeds.filter((f) => f.lang === 'en').length;
  const langs = [en ? `${en} English` : '', feeds.length - en ? `${feeds.length - en} Chinese` : ''].filter(Boolean).join(', ');
  const minutes = feeds.map((f) => f.intervalMinutes);
  const lo = Math.min(...minutes), hi = Math.max(...minutes);
  return ` (${langs}; every ${lo === hi ? lo : `${lo}–${hi}`} min)`;
}

/** "a, b, c and 4,997 more": the first few ids of a long list. */
function summariseIds(ids: string[], shown = 10): string {
  const head = ids.slice(0, shown).join(', ');
  return ids.length > shown ? `${head} and ${(ids.length - shown).toLocaleString('en-US')} more` : head;
}
