// Domain values that flow through the pipeline: fetch → parse → dedup → classify → compare → store → route → deliver.
// Plain data only; no I/O and no platform names.
import type { Market, Tag } from './taxonomy.ts';
import type { OutletRef, StorySource } from './provenance/outlet-key.ts';

/** A feed as configured in config/feeds.yaml. */
export interface FeedConfig {
  id: string;
  url: string;
  lang: 'en' | 'zh';
  /** Markets this feed is mostly about, used when a text names none. */
  markets: Market[];
  /** Poll interval in minutes (≥ 1). */
  intervalMinutes: number;
  title?: string;
}

/** A normalised feed entry. `id` is stable across fetches (guid, else canonical link, else content hash). */
export interface Item {
  id: string;
  feedId: string;
  title: string;
  /** Plain text: HTML stripped, entities decoded. */
  summary: string;
  link: string | null;
  /** ISO 8601 timestamp, or null when the feed gave no readable date. */
  published: string | null;
  lang: 'en' | 'zh';
  /** Who published it, shown to users: the outlet an aggregator names, else the feed's title. */
  source: string;
  /** The outlet's site (or the article itself) when known; with `source` it identifies the outlet (core/provenance). */
  sourceUrl?: string | null;
  /** Further outlets an aggregator lists as covering the same story (Google News' related coverage). */
  relatedOutlets?: OutletRef[];
}

export type GmvPeriod = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'range';
export type GmvKind = 'actual' | 'target' | 'forecast';

export interface GmvFact {
  type: 'gmv';
  market: Market | null;
  /** Amount in USD unless `currency` says otherwise. */
  low_usd: number | null;
  high_usd: number | null;
  currency?: string;
  period: GmvPeriod;
  kind: GmvKind;
  /** tiktok_shop, douyin, temu, shein, amazon, shopee, … */
  platform: string;
  /** Optional period label, e.g. "2024-H2", "2024-01..2024-05". */
  as_of?: string;
}

export interface ThresholdFact {
  type: 'threshold';
  market: Market | null;
  subject: string;
  from: number | null;
  to: number | null;
  /** Currency of a money bar that is not in USD (a deposit of 500 GBP). */
  currency?: string;
}

export interface LaunchFact {
  type: 'launch';
  market: Market | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null when not stated. */
  date: string | null;
  what: string;
}

export interface BanFact {
  type: 'ban';
  market: Market | null;
  /** Who imposes it: the platform itself, a government or regulator, or a court. */
  by: 'platform' | 'government' | 'court';
  target: string;
}

export type Fact = GmvFact | ThresholdFact | LaunchFact | BanFact;

export interface Classification {
  tags: Tag[];
  markets: Market[];
  facts: Fact[];
}

/** What the baseline holds for one market and subject: the latest known value with its date and sources. */
export interface BaselineEntry {
  market: Market;
  /** Subject key, e.g. "threshold:creator_followers", "gmv:tiktok_shop:day:actual", "launch:official", "ban:platform:external_links". */
  key: string;
  fact: Fact;
  /** When the value was reported (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** Where it was reported (URL or outlet name). */
  source: string;
  /** Human-readable label of the fact, e.g. "Creator minimum followers: 1,000". */
  label?: string;
  /** Number of independent sources that reported this same value. */
  corroboration: number;
  /** Optional: the distinct sources counted in `corroboration`, so a repeat from one source is not counted twice. */
  sources?: string[];
}

export type CompareStatus = 'new' | 'confirms' | 'changes';

export interface Comparison {
  fact: Fact;
  status: CompareStatus;
  /** The baseline entry this fact was held against (null when `new`). */
  previous: BaselineEntry | null;
  /** True when the report is older than the baseline's value: kept as history, never an alert for a change. */
  history?: boolean;
  key: string;
  /** For a reported change (a new or different value): where its evidence stands (see core/evidence). */
  evidence?: ComparisonEvidence;
}

/** A reported change's standing, as an alert shows it: "reported by Reuters · unconfirmed". */
export interface ComparisonEvidence {
  state: 'pending' | 'confirmed' | 'accepted' | 'rejected';
  /** The reported change's number (`/tts accept 12`). */
  reportId: number;
  /** The outlet that reported it. */
  outlet: string;
  /** Why it is in the baseline or settled, for people: "confirmed by a second outlet, Bloomberg". */
  reason?: string | null;
}

export type Severity = 'high' | 'normal' | 'low';
export const SEVERITIES: Severity[] = ['low', 'normal', 'high'];

/** A classified, compared item ready to be stored and routed. */
export interface ClassifiedItem {
  item: Item;
  classification: Classification;
  comparisons: Comparison[];
  severity: Severity;
  clusterId: string;
}

/** A story told by one or more items from different sources. */
export interface Cluster {
  id: string;
  title: string;
  link: string | null;
  tags: Tag[];
  markets: Market[];
  facts: Fact[];
  comparisons: Comparison[];
  severity: Severity;
  /** Distinct outlets, first reporter first (core/provenance/outlet-key.ts says when two are one). */
  sources: StorySource[];
  firstSeen: string;
  lastSeen: string;
  /** Optional: when the story's first report was published (ISO), as the feed said; alerts show this time. */
  published?: string | null;
  /** Optional: near-duplicate fingerprint of the first item (src/core/cluster), kept so later items can match it. */
  fingerprint?: StoryFingerprint;
}

/** A story's near-duplicate fingerprint: MinHash signature over shingles plus the subject keys of its facts. JSON-safe. */
export interface StoryFingerprint {
  v: 1;
  /** MinHash minima, one per hash function (32-bit unsigned integers). */
  sig: number[];
  /** Subject keys of the story's facts ("US|threshold:creator_followers"), a strong same-story signal. */
  facts: string[];
}

export type DigestCadence = 'weekly' | 'daily' | 'off';

/**
 * One thing a channel follows: a market (null = all markets) × a tag (null = all tags), from `minSeverity` up;
 * `confirms` also delivers stories that only confirm what we knew (otherwise those reach the digest only).
 */
export interface SubscriptionRule {
  market: Market | null;
  tag: Tag | null;
  minSeverity: Severity;
  confirms: boolean;
}

/** Which channel wants what (see core/subscriptions/subscription-rules.ts), and when it gets its digest. */
export interface Subscription {
  platform: string;
  channelId: string;
  /** Never empty in the store: a channel with no rules has no subscription. */
  rules: SubscriptionRule[];
  digest: {
    cadence: DigestCadence;
    /** 0 = Sunday … 6 = Saturday (weekly only). */
    day: number;
    hour: number;
    timeZone: string;
  };
  createdBy?: string;
}
