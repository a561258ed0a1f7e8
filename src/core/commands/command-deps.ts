// What the command handler needs, injected by the app layer (so core stays free of I/O).
import type { Clock, Store } from '../ports.ts';
import type { Message } from '../message.ts';
import type { FeedConfig } from '../types.ts';

export interface CommandDeps {
  store: Pick<Store, 'baselineEntries' | 'baselineHistory' | 'subscriptionsForChannel' | 'upsertSubscription' | 'removeSubscription' | 'latestItems'>
    // Reported changes: status lists the pending ones; review, accept and reject settle them (core/evidence).
    & Pick<Store, 'listReports' | 'getReport' | 'updateReport' | 'revertBaselineEntry' | 'getBaselineEntry' | 'applyComparison'>;
  feeds: FeedConfig[];
  clock: Clock;
  /** IANA zone for new subscriptions when none is given. */
  defaultTimeZone: string;
  /** Builds the digest a channel would get now (preview); provided by the digest module. */
  previewDigest: (q: { platform: string; channelId: string; cadence: 'weekly' | 'daily' }) => Promise<Message>;
}
