// `run`: the long-running bot. Polls feeds on a schedule, delivers the outbox, fires digests, serves /healthz
// and /metrics, and starts the Slack/Discord adapters whose tokens are set (console output otherwise).
import { handleReviewPress } from '../core/commands/review-commands.ts';
import type { Verdict } from '../core/evidence/settle-report.ts';
import type { PlatformSender } from '../app/delivery-port.ts';
import type { Runtime } from './runtime.ts';
import { FeedPoller } from '../app/feed-poller.ts';
import { OutboxDispatcher } from '../app/outbox-dispatcher.ts';
import { fetchOptionsFrom } from './fetch-options.ts';
import { startDigestScheduler } from '../app/digest-scheduler.ts';
import { noticeFeedHealth, parseAdminChannel } from '../app/feed-health-notice.ts';
import { ConsoleSender, CONSOLE_PLATFORM, CONSOLE_SUBSCRIPTION } from '../adapters/console/console-sender.ts';
import { handleCommand } from '../core/commands/handle-command.ts';
import { parseCommandText } from '../core/commands/parse-command-text.ts';
import type { Command, CommandContext } from '../core/commands/command.ts';
import type { Subscription } from '../core/types.ts';
import { createMetrics, type Metrics } from '../observability/metrics.ts';
import { healthRequestHandler, startHealthServer, type HealthSource, type RequestHandler } from '../observability/health-server.ts';

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
  const commands = {
    parse: parseCommandText,
    handle: (cmd: Command, ctx: CommandContext) => handleCommand(cmd, ctx, rt.commandDeps),
    review: (clusterId: string, verdict: Verdict, ctx: CommandContext) => handleReviewPress(clusterId, verdict, ctx, rt.commandDeps),
  };

  const poller = new FeedPoller(config.feeds, {
    store, clock, logger, fetchOptions: fetchOptionsFrom(config), route: { implicitSubscriptions }, trustedSources: config.trustedSources,
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
  }, config.env.FETCH_CONCURRENCY);

  const health: HealthSource = {
    clock,
    metrics,
    pingStore: async () => { await store.depth(); },
    lastTickAt: () => poller.lastTickAt,
    lastSuccessfulFetchAt: async () => {
      const times = (await store.listFeedStates()).map((s) => s.lastSuccessAt).filter((t): t is string => !!t).sort();
      return times.length ? new Date(times[times.length - 1]!) : null;
    },
    outboxDepth: () => store.depth(),
  };
  const routes: RequestHandler[] = [];
  if (config.discord?.publicKey) {
    // Discord's Interactions Endpoint URL (an alternative to the gateway), signature-checked.
    const { createDiscordInteractionsHandler } = await import('../adapters/discord/http/discord-interactions-handler.ts');
    routes.push(createDiscordInteractionsHandler({ publicKeyHex: config.discord.publicKey, commands, clock, managePermission: config.discord.managePermission, logger }));
  }

  if (config.slack) {
    const { startSlackAdapter } = await import('../adapters/slack/start-slack-adapter.ts');
    // In HTTP mode Bolt owns PORT; /healthz, /metrics and the other routes are served on it too.
    const slack = await startSlackAdapter({ config: config.slack, port: config.env.PORT, commands, logger, clock, httpHandler: combinedRoutes() });
    senders.set('slack', slack.sender);
    stoppers.push(slack.stop);
    logger.info({ mode: config.slack.mode }, `Slack adapter started (${config.slack.mode} mode)`);
  }
  function combinedRoutes(): RequestHandler {
    const handlers = [healthRequestHandler(health), ...routes];
    return async (req, res) => { for (const h of handlers) if (await h(req, res)) return true; return false; };
  }
  if (config.discord) {
    const { startDiscordAdapter } = await import('../adapters/discord/start-discord-adapter.ts');
    const discord = await startDiscordAdapter({ config: config.discord, commands, logger, clock });
    senders.set('discord', discord.sender);
    stoppers.push(discord.stop);
    logger.info({}, 'Discord adapter started');
  }
  if (senders.size === 0) {
    senders.set(CONSOLE_PLATFORM, new ConsoleSender(io.stdout));
    implicitSubscriptions.push(CONSOLE_SUBSCRIPTION);
    logger.info({}, 'No Slack or Discord token set: alerts are printed to the console');
  }

  const server = config.slack?.mode === 'http' ? null : await startHealthServer(health, config.env.PORT, '0.0.0.0', routes);
  if (server) logger.info({ port: server.port }, `Health and metrics on http://0.0.0.0:${server.port}/healthz and /metrics`);

  logger.info({ feeds: config.feeds.map((f) => ({ id: f.id, url: f.url, every: `${f.intervalMinutes}m` })) },
    `Polling ${config.feeds.length} feeds: ${config.feeds.map((f) => f.id).join(', ')}`);
  poller.start();
  const dispatcher = new OutboxDispatcher({
    store, senders, clock, logger,
    onOutcome: (entry, outcome) => {
      if (outcome === 'sent') metrics.alertsDelivered.inc({ platform: entry.platform });
      else metrics.alertsFailed.inc({ platform: entry.platform });
    },
    onLookupFailed: (entry) => metrics.deliveryLookupsFailed.inc({ platform: entry.platform }),
  });
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
