// What the /tts use case needs: the store ports it reads and writes, injected by the composition root.
import type { Clock, Store } from '../../core/ports.ts';
import type { Message } from '../../core/message.ts';
import type { FeedConfig } from '../../core/types.ts';

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
