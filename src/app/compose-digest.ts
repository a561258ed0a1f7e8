// Gathers a digest's inputs from the store (the period's items, their clusters, the baseline now and as it was
// at the previous digest) and builds the message. Shared by the scheduled digest, /tts digest and the CLI.
import { buildDigest } from '../core/digest/build-digest.ts';
import type { Message } from '../core/message.ts';
import type { Store } from '../core/ports.ts';
import { MARKETS, type Market, type Tag } from '../core/taxonomy.ts';
import type { Cluster } from '../core/types.ts';
import { gmvAsOf } from './load-gmv-series.ts';

export type DigestReadStore = Pick<Store, 'itemsBetween' | 'getCluster' | 'baselineEntries' | 'baselineHistory' | 'listReports' | 'getReport'>;

export interface DigestQuery {
  /** Empty = all markets. */
  markets: Market[];
  tags?: Tag[];
  since: Date;
  until: Date;
  cadence: 'weekly' | 'daily';
  timeZone?: string;
  periodPhrase?: string;
  /** Names an ad-hoc period in the title ("last 30 days") instead of "Weekly" / "Daily". */
  periodTitle?: string;
}

export interface ComposedDigest {
  message: Message;
  /** Markets the period's news was about (in scope), for choosing which charts to attach. */
  newsMarkets: Market[];
}

export async function composeDigest(q: DigestQuery, store: DigestReadStore): Promise<ComposedDigest> {
  const items = await store.itemsBetween(q.since.toISOString(), q.until.toISOString(), { taggedOnly: true, ...(q.markets.length ? { markets: q.markets } : {}) });
  const clusterIds = [...new Set(items.map((i) => i.clusterId))];
  const clusters = (await Promise.all(clusterIds.map((id) => store.getCluster(id)))).filter((c): c is Cluster => c !== null);
  const baseline = q.markets.length
    ? (await Promise.all(q.markets.map((m) => store.baselineEntries(m)))).flat()
    : await store.baselineEntries();
  const gmvMarkets = q.markets.length ? q.markets : MARKETS.filter((m) => baseline.some((e) => e.market === m && e.key.startsWith('gmv:')));
  const previousGmv = await gmvAsOf(store, gmvMarkets, q.since);
  // Reported changes as they stand now: the period's (settled since, maybe) and every one still pending.
  const reportIds = [...new Set(items.flatMap((i) => i.comparisons.flatMap((c) => (c.evidence ? [c.evidence.reportId] : []))))];
  const settled = (await Promise.all(reportIds.map((id) => store.getReport(id)))).filter((r) => r !== null);
  const pending = await store.listReports({ states: ['pending'], limit: 200 });
  const reports = [...new Map([...settled, ...pending].map((r) => [r.id, r])).values()];
  const message = buildDigest({
    markets: q.markets, since: q.since, until: q.until, cadence: q.cadence, items, clusters, baseline, reports,
    ...(previousGmv ? { previousGmv } : {}),
    ...(q.tags ? { tags: q.tags } : {}),
    ...(q.timeZone ? { timeZone: q.timeZone } : {}),
    ...(q.periodPhrase ? { periodPhrase: q.periodPhrase } : {}),
    ...(q.periodTitle ? { periodTitle: q.periodTitle } : {}),
  });
  const inScope = (m: Market) => q.markets.length === 0 || q.markets.includes(m);
  const newsMarkets = MARKETS.filter((m) => inScope(m) && items.some((i) => i.classification.markets.includes(m)));
  return { message, newsMarkets };
}
