// The feed-to-chat pipeline, wired once for `run` and for the one-shot CLI commands (`once`, `demo`): a poller
// that fetches, classifies and queues alerts, and the outbox dispatcher that delivers them to the senders.
import type { FeedConfig, Subscription } from '../core/types.ts';
import type { PlatformSender } from '../app/delivery-port.ts';
import { FeedPoller } from '../app/feed-poller.ts';
import { OutboxDispatcher, type OutboxDispatcherOptions } from '../app/outbox-dispatcher.ts';
import type { PollDeps } from '../app/poll-feed.ts';
import { fetchOptionsFrom } from './fetch-options.ts';
import type { Runtime } from './runtime.ts';

export interface PipelineOptions {
  feeds: FeedConfig[];
  senders: Map<string, PlatformSender>;
  /** Filled by the platforms that start (the console gets everything); read on every routing. */
  implicitSubscriptions: Subscription[];
  poll?: Pick<PollDeps, 'onClassified' | 'onPolled'>;
  dispatch?: Pick<OutboxDispatcherOptions, 'onOutcome' | 'onLookupFailed' | 'perChannelIntervalMs'>;
}

export interface Pipeline {
  poller: FeedPoller;
  dispatcher: OutboxDispatcher;
}

export function createPipeline(rt: Runtime, opts: PipelineOptions): Pipeline {
  const { config, store, clock, logger } = rt;
  const poller = new FeedPoller(opts.feeds, {
    store, clock, logger, fetchOptions: fetchOptionsFrom(config), trustedSources: config.trustedSources,
    route: { implicitSubscriptions: opts.implicitSubscriptions },
    ...opts.poll,
  }, config.env.FETCH_CONCURRENCY, `poller-${rt.processName}`);
  const dispatcher = new OutboxDispatcher({ store, senders: opts.senders, clock, logger, owner: `dispatcher-${rt.processName}`, ...opts.dispatch });
  return { poller, dispatcher };
}
