// What the baseline holds for one market, grouped as `status` shows it: launch & model, thresholds, bans and the
// GMV series, each line with its value, date, source and corroboration. Plain data; adapters render it.
import type { Market } from '../taxonomy.ts';
import type { BaselineEntry } from '../types.ts';
import { formatBaselineValue } from '../format/index.ts';

export interface SummaryLine {
  key: string;
  value: string;
  date: string;
  source: string;
  corroboration: number;
}

export interface BaselineSummary {
  market: Market;
  launch: SummaryLine[];
  thresholds: SummaryLine[];
  bans: SummaryLine[];
  gmv: SummaryLine[];
}

const GROUP: Record<string, keyof Omit<BaselineSummary, 'market'>> = { launch: 'launch', threshold: 'thresholds', ban: 'bans', gmv: 'gmv' };

export function baselineSummary(entries: BaselineEntry[], market: Market): BaselineSummary {
  const out: BaselineSummary = { market, launch: [], thresholds: [], bans: [], gmv: [] };
  const rows = entries.filter((e) => e.market === market).sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  for (const e of rows) {
    const group = GROUP[e.key.split(':')[0]!];
    if (!group) continue;
    out[group].push({ key: e.key, value: e.label ?? formatBaselineValue(e), date: e.date, source: e.source, corroboration: e.corroboration });
  }
  return out;
}
