// A market's GMV series from the store: every recorded figure of its own GMV subjects, not just the latest,
// so the chart shows the path and the digest can tell what the baseline said at the previous digest.
import type { BaselineStore } from '../core/ports.ts';
import type { Market } from '../core/taxonomy.ts';
import type { BaselineEntry } from '../core/types.ts';
import { gmvSeriesFromEntries, isOwnGmv, type GmvPoint } from '../core/digest/gmv-series.ts';

type HistoryRow = BaselineEntry & { itemId: string | null; recordedAt: string };

/** All history rows of the market's own GMV subjects; a subject without history contributes its latest entry. */
export async function loadGmvHistory(store: Pick<BaselineStore, 'baselineEntries' | 'baselineHistory'>, market: Market): Promise<{ latest: BaselineEntry[]; history: HistoryRow[][] }> {
  const latest = (await store.baselineEntries(market)).filter(isOwnGmv);
  const history = await Promise.all(latest.map(async (e) => {
    const rows = await store.baselineHistory(market, e.key);
    return rows.length ? rows : [{ ...e, itemId: null, recordedAt: '' }];
  }));
  return { latest, history };
}

/** Chartable points for the market. */
export async function loadGmvSeries(store: Pick<BaselineStore, 'baselineEntries' | 'baselineHistory'>, market: Market): Promise<GmvPoint[]> {
  const { history } = await loadGmvHistory(store, market);
  return gmvSeriesFromEntries(history.flat());
}

/**
 * The GMV entries as the baseline held them at `at` (the previous digest): per subject, the last row recorded
 * before then. Undefined when nothing was recorded before `at` (a first digest has nothing to compare with).
 */
export async function gmvAsOf(store: Pick<BaselineStore, 'baselineEntries' | 'baselineHistory'>, markets: Market[], at: Date): Promise<BaselineEntry[] | undefined> {
  const out: BaselineEntry[] = [];
  for (const market of markets) {
    // One row per subject, read by the (market, key, id) index: history only grows, so never load all of it here.
    for (const e of (await store.baselineEntries(market)).filter(isOwnGmv)) {
      const [last] = await store.baselineHistory(market, e.key, 1, at.toISOString());
      if (last) out.push(last);
    }
  }
  return out.length ? out : undefined;
}
