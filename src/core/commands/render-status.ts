// The /tts status reply as a platform-neutral Message: what the baseline holds for a market, grouped by subject,
// each line with its date and source. Pure: the use case (app/commands/handle-command.ts) reads the store.
import { MARKET_NAMES, type Market } from '../taxonomy.ts';
import type { Message, Section } from '../message.ts';
import type { BaselineEntry } from '../types.ts';
import { formatBaselineValue, sourceLink } from '../format/index.ts';
import { sameValue } from '../baseline/compare-facts.ts';

const STATUS_GROUPS: { prefix: string; title: string }[] = [
  { prefix: 'launch', title: 'Launch and model' },
  { prefix: 'threshold', title: 'Entry thresholds' },
  { prefix: 'ban', title: 'Bans' },
  { prefix: 'gmv', title: 'GMV series' },
];

/** "Creators need 1,000 followers to sell — 2024-06 · KrASIA / 36Kr": one entry with its date and source. */
export function entryLine(e: BaselineEntry): string {
  const corroborated = e.corroboration > 1 ? ` · ${e.corroboration} sources` : '';
  return `${e.label ?? formatBaselineValue(e)} — ${e.date} · ${sourceLink(e.source)}${corroborated}`;
}

/**
 * GMV is a series: earlier figures stay visible next to the latest one ("$3–4M/day … then $14M/day").
 * Other subjects show their latest value. Duplicate reports of one value are shown once.
 */
export function statusRows(entries: BaselineEntry[], history: ReadonlyMap<string, BaselineEntry[]> = new Map()): BaselineEntry[] {
  const rows: BaselineEntry[] = [];
  for (const e of entries) {
    const past = e.key.startsWith('gmv:') ? history.get(e.key) ?? [] : [];
    // A report repeating a value already shown (a recap of an old figure, within rounding or the known range)
    // confirms it; it is not a new point of the series.
    const seen: BaselineEntry['fact'][] = [e.fact];
    for (const h of past) {
      if (seen.some((f) => sameValue(f, h.fact))) continue;
      seen.push(h.fact);
      rows.push(h);
    }
    rows.push(e);
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/** Status reply: what the baseline holds for a market, grouped, each line with date and source. */
export function renderStatus(market: Market, entries: BaselineEntry[], history?: ReadonlyMap<string, BaselineEntry[]>): Message {
  const sections: Section[] = [];
  const all = statusRows(entries, history);
  for (const group of STATUS_GROUPS) {
    const rows = all.filter((e) => e.key.startsWith(`${group.prefix}:`));
    if (rows.length === 0) continue;
    sections.push({ type: 'list', title: group.title, items: rows.map((e) => ({ text: entryLine(e) })) });
  }
  if (sections.length === 0) {
    sections.push({ type: 'text', text: `Nothing known yet about ${MARKET_NAMES[market]}. Subscribe with /tts subscribe ${market.toLowerCase()} to hear when news arrives.` });
  }
  return { kind: 'reply', title: `TikTok Shop — ${MARKET_NAMES[market]} (${market})`, markets: [market], sections };
}
