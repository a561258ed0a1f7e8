// dedup → classify → compare → cluster → store → route, for the items of one fetched feed.
// Each stage is a pure core function handing a plain value to the next (classify, compare, core/cluster); this use
// case reads and writes the store between them, with the evidence (record-evidence.ts) and routing (route-alerts.ts)
// use cases it calls.
import { classifyItem } from '../core/classify/classify-item.ts';
import { compareFacts } from '../core/baseline/compare-facts.ts';
import { CLUSTER_THRESHOLD, storyFingerprint } from '../core/cluster/story-fingerprint.ts';
import { StoryCandidates } from '../core/cluster/story-candidates.ts';
import { joinStory, mayBeSameStory, newStory, withConfirmedEvidence, type StoryReport } from '../core/cluster/merge-story.ts';
import { highestSeverity, severityFor } from '../core/severity.ts';
import { batchesWrites, type Clock, type Store } from '../core/ports.ts';
import type { BaselineEntry, ClassifiedItem, Cluster, FeedConfig, Item } from '../core/types.ts';
import { enqueueAlertsForCluster, type RouteDeps } from './route-alerts.ts';
import { isConfirmationOnly } from '../core/subscriptions/subscription-rules.ts';
import { recordReportedChange } from './record-evidence.ts';
import { confirmEarlierStories, onlyConfirmsEarlierStories } from './confirm-earlier-stories.ts';
import type { ReportedChange } from '../core/evidence/reported-change.ts';
import { outletOf } from '../core/evidence/outlet-of.ts';
import { isReportedChange } from '../core/evidence/reported-change.ts';
import { severityWithEvidence } from '../core/evidence/severity-with-evidence.ts';
import type { TrustedSource } from '../core/evidence/trusted-sources.ts';

/** A newly added feed alerts only on items this recent, so adding a feed does not flood a channel. */
export const FIRST_FETCH_ALERT_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How far back a new item looks for a story it belongs to. */
const CLUSTER_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface IngestDeps {
  store: Store;
  clock: Clock;
  /** Keeps the baseline and recent clusters in memory between feeds (one per poller). */
  cache?: IngestCache;
  route?: Omit<RouteDeps, 'store' | 'clock'>;
  /** Sources whose word alone confirms a reported change (config/trusted-sources.yaml). */
  trustedSources?: readonly TrustedSource[];
  /** Called for each stored tagged item (metrics). */
  onClassified?: (ci: ClassifiedItem) => void;
}

export interface IngestResult {
  seen: number;
  fresh: number;
  tagged: number;
  alertsQueued: number;
  /** Tagged items not alerted because they came with a feed's first fetch and were older than a day. */
  keptQuietFirstFetch: number;
  /** Tagged stories that only confirmed what we knew: they reach the digest, and only channels that asked. */
  confirmationsOnly: number;
  /** Items that confirmed an earlier story's reported change: that story's alert was edited instead of a new one. */
  confirmedEarlierAlerts: number;
}

function itemTime(item: Item, fetchedAt: string): string {
  return item.published ?? fetchedAt;
}

/**
 * The baseline and the recent clusters, read from the store once and then kept current in memory as items are
 * ingested, instead of re-read for every feed. Reloaded after `ttlMs` so that, with several replicas, what the
 * others learned is seen within that time.
 */
export class IngestCache {
  private baseline: Map<string, BaselineEntry> | null = null;
  private clusters: StoryCandidates | null = null;
  private loadedAt = 0;
  constructor(private readonly ttlMs = 60_000) {}

  /** Forgets what was loaded: after a failed batch the store no longer has what memory was told (see ingestItems). */
  invalidate(): void {
    this.baseline = null;
    this.clusters = null;
  }

  async load(store: Store, now: Date): Promise<{ baseline: Map<string, BaselineEntry>; clusters: StoryCandidates }> {
    if (!this.baseline || !this.clusters || now.getTime() - this.loadedAt > this.ttlMs) {
      const baseline = new Map<string, BaselineEntry>();
      for (const e of await store.baselineEntries()) baseline.set(`${e.market}|${e.key}`, e);
      this.baseline = baseline;
      this.clusters = new StoryCandidates(await store.recentClusters(new Date(now.getTime() - CLUSTER_WINDOW_MS).toISOString(), MAX_CANDIDATES));
      this.loadedAt = now.getTime();
    }
    const since = new Date(now.getTime() - CLUSTER_WINDOW_MS).toISOString();
    this.clusters.prune(since, MAX_CANDIDATES);
    return { baseline: this.baseline, clusters: this.clusters };
  }
}

const MAX_CANDIDATES = 500;

export async function ingestItems(feed: FeedConfig, items: Item[], deps: IngestDeps, opts: { firstFetch: boolean }): Promise<IngestResult> {
  try {
    const { store } = deps;
    return batchesWrites(store)
      ? await store.runInBatch((tx) => ingestBatch(feed, items, { ...deps, store: tx }, opts))
      : await ingestBatch(feed, items, deps, opts);
  } catch (error) {
    // The batch was rolled back (a failed write, commit or connection): the clusters and baseline values
    // kept in memory may name things the store does not have. Reload them, or the retry would take every story
    // for one already clustered and never alert (the disk-full loss).
    deps.cache?.invalidate();
    throw error;
  }
}

async function ingestBatch(feed: FeedConfig, items: Item[], deps: IngestDeps, opts: { firstFetch: boolean }): Promise<IngestResult> {
  const { store, clock } = deps;
  const now = clock.now();
  const fetchedAt = now.toISOString();
  const known = await store.knownItemIds(items.map((i) => i.id));
  const seenInBatch = new Set<string>();
  const fresh = items.filter((i) => !known.has(i.id) && !seenInBatch.has(i.id) && seenInBatch.add(i.id));
  const result: IngestResult = { seen: items.length, fresh: fresh.length, tagged: 0, alertsQueued: 0, keptQuietFirstFetch: 0, confirmationsOnly: 0, confirmedEarlierAlerts: 0 };
  if (fresh.length === 0) return result;

  const { baseline, clusters: candidates } = await (deps.cache ?? new IngestCache()).load(store, now);
  const routeDeps: RouteDeps = { store, clock, ...deps.route };
  let subscriptionsRead = false;
  const routeWithSubscriptions = async (): Promise<RouteDeps> => {
    if (!subscriptionsRead) {
      routeDeps.subscriptions = await store.listSubscriptions();
      subscriptionsRead = true;
    }
    return routeDeps;
  };

  // Oldest first, so a story's first reporter is the first source and history is applied in order.
  fresh.sort((a, b) => itemTime(a, fetchedAt).localeCompare(itemTime(b, fetchedAt)));
  // Every item is classified before the first write: classifyItem is pure, so the answers are the same, and the
  // classifier and then the store each run their work back to back with their data warm in the CPU caches instead
  // of evicting each other's at every item (docs/BENCHMARKS.md, 2026-12-03 second session).
  const classifications = fresh.map((item) => classifyItem(
    { title: item.title, text: item.summary, lang: item.lang, published: item.published },
    { feedMarkets: feed.markets },
  ));
  for (let i = 0; i < fresh.length; i++) {
    const item = fresh[i]!;
    const classification = classifications[i]!;
    if (classification.tags.length === 0) {
      await store.saveClassifiedItem({ item, classification, comparisons: [], severity: 'low', clusterId: item.id }, fetchedAt);
      continue;
    }
    result.tagged++;
    const source = item.link ?? item.source;
    const reportDate = (item.published ?? fetchedAt).slice(0, 10);
    const comparisons = compareFacts(classification.facts, (m, k) => baseline.get(`${m}|${k}`) ?? null, { date: reportDate, source });
    const severity = severityFor(classification.tags, comparisons);

    const fingerprint = storyFingerprint({ title: item.title, summary: item.summary, lang: item.lang }, classification.facts);
    // The most similar candidate that may be the same story: the story check runs only on candidates similar
    // enough to win, most are not (the same answer as checking every candidate first, for far less).
    const existing = candidates.find(fingerprint, CLUSTER_THRESHOLD, (c) => mayBeSameStory(c, classification))?.candidate ?? null;
    const report: StoryReport = { item, classification, comparisons, severity, fingerprint, fetchedAt };
    let cluster: Cluster;
    let isUpdate = false;
    if (existing) {
      const joined = joinStory(existing, report);
      cluster = joined.cluster;
      isUpdate = joined.newSource;
    } else {
      cluster = newStory(report, now);
      candidates.addFirst(cluster);
    }
    const idx = candidates.indexOf(cluster.id);
    if (idx >= 0) candidates.set(idx, cluster);

    // Evidence before a change: what would change the baseline is a reported change, held until a second outlet,
    // a trusted source or a person vouches for it (app/record-evidence.ts); repeats and history apply as before.
    const outlet = outletOf(item);
    const confirmed: ReportedChange[] = [];
    for (const c of comparisons) {
      if (!c.fact.market) continue;
      if (isReportedChange(c)) {
        const r = await recordReportedChange(store, c, { date: reportDate, source, outlet, itemId: item.id, clusterId: cluster.id, trusted: deps.trustedSources ?? [], now: fetchedAt });
        c.evidence = r.evidence;
        confirmed.push(...r.confirmed);
      } else {
        // Corroboration counts outlets: the same outlet through two feeds, or with two links, is one voice.
        await store.applyComparison(c, { date: reportDate, source, outlet: outlet.key, itemId: item.id });
      }
      const updated = await store.getBaselineEntry(c.fact.market, c.key);
      if (updated) baseline.set(`${updated.market}|${updated.key}`, updated);
    }
    if (confirmed.length) cluster = withConfirmedEvidence(cluster, confirmed.map((r) => r.id), outlet.name);
    // Reports of earlier stories this item confirmed: those alerts are edited (app/confirm-earlier-stories.ts).
    const earlier = confirmed.length
      ? await confirmEarlierStories(confirmed, cluster.id, cluster.sources[0]!, outlet.name, { store, clock, candidates, route: routeWithSubscriptions })
      : null;
    const toldEarlier = !existing && earlier !== null && onlyConfirmsEarlierStories(comparisons, earlier.keys);
    // One outlet's unconfirmed word is not yet high: it alerts at normal, and rises (the alert is edited, and
    // high-only channels get it) once a second outlet or a trusted source confirms it.
    const itemSeverity = severityWithEvidence(severity, comparisons);
    const storySeverity = severityWithEvidence(severityFor(cluster.tags, cluster.comparisons), cluster.comparisons);
    const before = existing ? severityWithEvidence(existing.severity, existing.comparisons) : 'low';
    cluster = { ...cluster, severity: highestSeverity(storySeverity, itemSeverity, before) };
    if (idx >= 0) candidates.set(idx, cluster);
    const ci: ClassifiedItem = { item, classification, comparisons, severity: itemSeverity, clusterId: cluster.id };
    await store.saveClassifiedItem(ci, fetchedAt);
    await store.saveCluster(cluster);
    deps.onClassified?.(ci);

    if (earlier) result.alertsQueued += earlier.edits;
    const recent = now.getTime() - Date.parse(itemTime(item, fetchedAt)) <= FIRST_FETCH_ALERT_WINDOW_MS;
    if (opts.firstFetch && !recent) { result.keptQuietFirstFetch++; continue; }
    if (toldEarlier) { result.confirmedEarlierAlerts++; continue; }
    if (existing && !isUpdate) continue;
    if (isConfirmationOnly(cluster)) result.confirmationsOnly++;
    result.alertsQueued += await enqueueAlertsForCluster(cluster, await routeWithSubscriptions(), { update: isUpdate });
  }
  return result;
}
