// The store as the digest sees it, in memory: subscriptions, the period's items, clusters and the baseline with
// its history, plus the outbox and digest-run claims. Filled directly by tests.
import type { Store } from '../../src/core/ports.ts';
import type { Market } from '../../src/core/taxonomy.ts';
import type { BaselineEntry, ClassifiedItem, Cluster, Subscription } from '../../src/core/types.ts';
import { InMemoryOutboxStore } from './in-memory-outbox-store.ts';
import type { ReportQuery, ReportedChange } from '../../src/core/evidence/reported-change.ts';

type HistoryRow = BaselineEntry & { itemId: string | null; recordedAt: string };

export class InMemoryDigestStore extends InMemoryOutboxStore
  implements Pick<Store, 'listSubscriptions' | 'subscriptionsForChannel' | 'itemsBetween' | 'getCluster' | 'baselineEntries' | 'baselineHistory' | 'listReports' | 'getReport'> {
  subscriptions: Subscription[] = [];
  /** Items with the time the store first saw them (itemsBetween filters on it). */
  items: { ci: ClassifiedItem; fetchedAt: string }[] = [];
  clusters: Cluster[] = [];
  /** History rows, oldest first; the latest per (market, key) is the baseline. */
  history: HistoryRow[] = [];
  /** Reported changes (pending, confirmed, accepted, rejected). */
  reports: ReportedChange[] = [];

  async listReports(q: ReportQuery): Promise<ReportedChange[]> {
    return structuredClone(this.reports
      .filter((r) => (!q.market || r.market === q.market) && (!q.states?.length || q.states.includes(r.state)))
      .sort((a, b) => b.id - a.id)
      .slice(0, q.limit ?? 100));
  }

  async getReport(id: number): Promise<ReportedChange | null> {
    return structuredClone(this.reports.find((r) => r.id === id) ?? null);
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return structuredClone(this.subscriptions);
  }

  async subscriptionsForChannel(platform: string, channelId: string): Promise<Subscription[]> {
    return structuredClone(this.subscriptions.filter((s) => s.platform === platform && s.channelId === channelId));
  }

  async itemsBetween(since: string, until: string, q?: { markets?: Market[]; taggedOnly?: boolean }): Promise<ClassifiedItem[]> {
    return this.items
      .filter(({ fetchedAt }) => fetchedAt >= since && fetchedAt < until)
      .filter(({ ci }) => !q?.taggedOnly || ci.classification.tags.length > 0)
      .filter(({ ci }) => !q?.markets?.length || ci.classification.markets.some((m) => q.markets!.includes(m)))
      .map(({ ci }) => structuredClone(ci));
  }

  async getCluster(id: string): Promise<Cluster | null> {
    return structuredClone(this.clusters.find((c) => c.id === id) ?? null);
  }

  async baselineEntries(market?: Market): Promise<BaselineEntry[]> {
    const latest = new Map<string, BaselineEntry>();
    for (const { itemId: _i, recordedAt: _r, ...e } of this.history) {
      if (!market || e.market === market) latest.set(`${e.market}|${e.key}`, e);
    }
    return [...latest.values()];
  }

  async baselineHistory(market: Market, key: string, limit?: number, before?: string): Promise<HistoryRow[]> {
    const rows = this.history.filter((h) => h.market === market && h.key === key && (!before || h.recordedAt < before));
    return limit === undefined ? rows : rows.slice(-limit);
  }
}
