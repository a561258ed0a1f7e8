// Small factories for store tests: each gives a valid value with defaults, overridden where a test cares.
import type { FeedState } from '../../src/core/ports.ts';
import type { NewReportedChange } from '../../src/core/evidence/reported-change.ts';
import type { Message } from '../../src/core/message.ts';
import type { Market, Tag } from '../../src/core/taxonomy.ts';
import type {
  BaselineEntry, ClassifiedItem, Cluster, Comparison, Fact, Item, Subscription, ThresholdFact,
} from '../../src/core/types.ts';

/** A fixed start; times in tests are offsets from it, in toISOString() form like the stores return them. */
export const T0 = '2026-03-02T09:00:00.000Z';
export const at = (ms: number): string => new Date(Date.parse(T0) + ms).toISOString();
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function makeItem(over: Partial<Item> & { id: string }): Item {
  return {
    feedId: 'wire', title: `Story ${over.id}`, summary: `What happened in story ${over.id}.`,
    link: `https://news.example/${over.id}`, published: T0, lang: 'en', source: 'Example Wire', ...over,
  };
}

export function makeClassifiedItem(o: {
  id: string; markets?: Market[]; tags?: Tag[]; facts?: Fact[]; comparisons?: Comparison[];
  published?: string | null; item?: Partial<Item>; severity?: ClassifiedItem['severity']; clusterId?: string;
}): ClassifiedItem {
  return {
    item: makeItem({ id: o.id, ...(o.published !== undefined ? { published: o.published } : {}), ...o.item }),
    classification: { tags: o.tags ?? ['launch'], markets: o.markets ?? ['US'], facts: o.facts ?? [] },
    comparisons: o.comparisons ?? [],
    severity: o.severity ?? 'normal',
    clusterId: o.clusterId ?? `cluster-${o.id}`,
  };
}

export function thresholdFact(to: number, market: Market | null = 'US', subject = 'creator_followers'): ThresholdFact {
  return { type: 'threshold', market, subject, from: null, to };
}

export function makeBaselineEntry(over: Partial<BaselineEntry> = {}): BaselineEntry {
  return {
    market: 'US', key: 'threshold:creator_followers', fact: thresholdFact(5000), date: '2023-09', source: 'config',
    label: 'Creator minimum followers: 5,000', corroboration: 1, ...over,
  };
}

export function makeCluster(over: Partial<Cluster> & { id: string }): Cluster {
  return {
    title: `Story ${over.id}`, link: `https://news.example/${over.id}`, tags: ['launch'], markets: ['US'], facts: [],
    comparisons: [], severity: 'normal', sources: [{ name: 'Example Wire', link: `https://news.example/${over.id}` }],
    firstSeen: T0, lastSeen: T0, ...over,
  };
}

export function makeSubscription(over: Partial<Subscription> = {}): Subscription {
  return {
    platform: 'slack', channelId: 'C100',
    rules: [{ market: 'US', tag: null, minSeverity: 'normal', confirms: false }, { market: 'UK', tag: null, minSeverity: 'normal', confirms: false }],
    digest: { cadence: 'weekly', day: 1, hour: 9, timeZone: 'Europe/London' }, createdBy: 'U1', ...over,
  };
}

export function makeFeedState(over: Partial<FeedState> & { feedId: string }): FeedState {
  return {
    etag: null, lastModified: null, lastAttemptAt: null, lastSuccessAt: null, nextAttemptAt: null,
    consecutiveFailures: 0, lastError: null, seeded: false, ...over,
  };
}

export function makeMessage(title: string, over: Partial<Message> = {}): Message {
  return { kind: 'alert', title, sections: [{ type: 'text', text: `About ${title}` }], ...over };
}

/** A pending report of a follower minimum of 5,000 in the US, by one outlet (Reuters). */
export function makeNewReport(over: Partial<NewReportedChange> = {}): NewReportedChange {
  return {
    market: 'US', key: 'threshold:creator_followers', fact: thresholdFact(5000), date: '2026-11-30', source: 'https://reuters.example/a', outlet: 'Reuters',
    outletKey: 'reuters.example', itemId: 'item-a', clusterId: 'c-1', state: 'pending', reason: null, applied: false, replaced: null,
    createdAt: '2026-12-01T10:00:00.000Z', ...over,
  };
}
