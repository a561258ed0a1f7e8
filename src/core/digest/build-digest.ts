// The weekly/daily digest as a platform-neutral message: what changed against the baseline first, then the top
// stories per market and tag, then the GMV table, then the quiet markets. Pure: the app layer fetches the inputs.
import { MARKETS, MARKET_NAMES, TAGS, TAG_NAMES, type Market, type Tag } from '../taxonomy.ts';
import type { Message, Section } from '../message.ts';
import { SEVERITIES, type BaselineEntry, type ClassifiedItem, type Cluster } from '../types.ts';
import { factValue, sourceLink as linkedSource, subjectLabel } from '../format/index.ts';
import { gmvTable } from './gmv-table.ts';
import { formatLocalDate, toLocalDateTime } from './zoned-time.ts';
import type { ReportedChange } from '../evidence/reported-change.ts';
import { changeIsSettled, pendingInScope, unconfirmedGmvNote, unconfirmedSection } from './unconfirmed-reports.ts';

export { digestPeriodKey } from './digest-period.ts';

export interface DigestInput {
  /** Markets the digest covers; empty = all markets. */
  markets: Market[];
  since: Date;
  until: Date;
  cadence: 'weekly' | 'daily';
  /** The period's items (the store's itemsBetween(since, until)). */
  items: ClassifiedItem[];
  /** Clusters of those items; an item whose cluster is missing is shown as a one-source story. */
  clusters: Cluster[];
  /** The baseline as it stands now. */
  baseline: BaselineEntry[];
  /** GMV baseline entries as they stood at the previous digest; drives "since last digest". */
  previousGmv?: BaselineEntry[];
  /** Only these tags (a subscription's tag filter); empty or absent = all tags. */
  tags?: Tag[];
  /** Zone for the dates shown (the channel's); UTC when absent. */
  timeZone?: string;
  /** Replaces "this week" / "in the last 24 hours", e.g. "in the last 30 days" for an ad-hoc CLI period. */
  periodPhrase?: string;
  /** An ad-hoc period's name for the title in place of "Weekly" / "Daily": "last 30 days" → "TikTok Shop digest — US, last 30 days". */
  periodTitle?: string;
  /** Stories listed per market and tag before "…and N more" (default 5). */
  maxStoriesPerGroup?: number;
  /**
   * Reported changes as they stand now: those the period's items made (settled since, maybe) and those pending.
   * A change still pending is listed as unconfirmed, one marked wrong not at all (core/digest/unconfirmed-reports.ts).
   */
  reports?: ReportedChange[];
}

interface Story {
  cluster: Cluster;
  markets: Market[];
  tag: Tag;
}

const UNSPECIFIED = 'unspecified';
/** Outlets named per story in the digest; more are counted. */
const OUTLETS_SHOWN = 3;

function sourceText(name: string, link: string | null): string {
  return link ? `[${name}](${link})` : name;
}

function storyFromItem(ci: ClassifiedItem): Cluster {
  const { item, classification } = ci;
  const seen = item.published ?? '';
  return {
    id: ci.clusterId, title: item.title, link: item.link, tags: classification.tags, markets: classification.markets,
    facts: classification.facts, comparisons: ci.comparisons, severity: ci.severity,
    sources: [{ name: item.source, link: item.link }], firstSeen: seen, lastSeen: seen,
  };
}

function byImportance(a: Story, b: Story): number {
  return SEVERITIES.indexOf(b.cluster.severity) - SEVERITIES.indexOf(a.cluster.severity)
    || b.cluster.sources.length - a.cluster.sources.length
    || b.cluster.lastSeen.localeCompare(a.cluster.lastSeen)
    || a.cluster.title.localeCompare(b.cluster.title);
}

function changeSections(
  items: ClassifiedItem[], inScope: (m: Market) => boolean, reports: ReadonlyMap<number, ReportedChange>,
): { market: Market; section: Section & { type: 'change' } }[] {
  const seen = new Set<string>();
  const out: { market: Market; section: Section & { type: 'change' } }[] = [];
  for (const ci of items) {
    for (const c of ci.comparisons) {
      if (c.status !== 'changes' || c.history || !c.previous || !inScope(c.previous.market)) continue;
      if (!changeIsSettled(c, reports)) continue; // one outlet's word, or marked wrong: not a change of what we know
      const to = factValue(c.fact);
      const id = `${c.previous.market}|${c.key}|${to}`;
      if (seen.has(id)) continue; // several reports of one change: show it once
      seen.add(id);
      out.push({
        market: c.previous.market,
        section: {
          type: 'change',
          label: subjectLabel(c.previous.market, c.fact),
          from: factValue(c.previous.fact),
          to,
          fromSource: `${linkedSource(c.previous.source)} (${c.previous.date})`,
          toSource: `${sourceText(ci.item.source, ci.item.link)}${ci.item.published ? ` (${ci.item.published.slice(0, 10)})` : ''}`,
        },
      });
    }
  }
  return out.sort((a, b) => a.section.label.localeCompare(b.section.label));
}

function collectStories(items: ClassifiedItem[], clusters: Cluster[], inScope: (m: Market) => boolean, allMarkets: boolean, tags: Tag[]): Story[] {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const stories = new Map<string, Story>();
  for (const ci of items) {
    if (stories.has(ci.clusterId)) continue;
    const cluster = byId.get(ci.clusterId) ?? storyFromItem(ci);
    // Primary tag only, so one story is listed once per market, under what matters most about it.
    const tag = TAGS.find((t) => cluster.tags.includes(t) && (tags.length === 0 || tags.includes(t)));
    if (!tag) continue;
    const markets = cluster.markets.filter(inScope);
    if (markets.length === 0 && !(allMarkets && cluster.markets.length === 0)) continue;
    stories.set(ci.clusterId, { cluster, markets, tag });
  }
  return [...stories.values()];
}

function storySections(stories: Story[], limit: number): Section[] {
  const sections: Section[] = [];
  const groups: (Market | typeof UNSPECIFIED)[] = [...MARKETS, UNSPECIFIED];
  for (const market of groups) {
    const here = stories.filter((s) => (market === UNSPECIFIED ? s.markets.length === 0 : s.markets.includes(market)));
    for (const tag of TAGS) {
      const list = here.filter((s) => s.tag === tag).sort(byImportance);
      if (list.length === 0) continue;
      const items: { text: string; url?: string | null }[] = list.slice(0, limit).map((s) => {
        // The outlets by name, each linked to its article: a count alone ("2 sources") or a whole-line link says less.
        const n = s.cluster.sources.length;
        const outlets = s.cluster.sources.slice(0, OUTLETS_SHOWN).map((x) => sourceText(x.name, x.link)).join(', ');
        const more = n > OUTLETS_SHOWN ? ` and ${n - OUTLETS_SHOWN} more` : '';
        const high = s.cluster.severity === 'high' ? ' · **high**' : '';
        return { text: `${s.cluster.title} — ${outlets}${more}${high}` };
      });
      if (list.length > limit) items.push({ text: `…and ${list.length - limit} more` });
      const where = market === UNSPECIFIED ? 'No specific market' : `${MARKET_NAMES[market]} (${market})`;
      sections.push({ type: 'list', title: `${where} · ${TAG_NAMES[tag]}`, items });
    }
  }
  return sections;
}

function localDay(d: Date, timeZone: string): string {
  return formatLocalDate(toLocalDateTime(d, timeZone));
}

/** Builds the digest for one channel (or the CLI) from the period's items and the baseline. */
export function buildDigest(input: DigestInput): Message {
  const scoped = input.markets.length > 0;
  const inScope = (m: Market) => !scoped || input.markets.includes(m);
  const tags = input.tags ?? [];
  const timeZone = input.timeZone ?? 'UTC';
  const phrase = input.periodPhrase ?? (input.cadence === 'weekly' ? 'this week' : 'in the last 24 hours');
  const scopeText = scoped ? input.markets.join(', ') : 'all markets';

  const reports = new Map((input.reports ?? []).map((r) => [r.id, r]));
  const changes = changeSections(input.items, inScope, reports);
  const pending = pendingInScope(input.reports ?? [], inScope, tags);
  const unconfirmed = unconfirmedSection(pending);
  const stories = collectStories(input.items, input.clusters, inScope, !scoped, tags);
  const sections: Section[] = [];

  if (changes.length) sections.push({ type: 'text', text: '**What changed against what we knew**' }, ...changes.map((c) => c.section));
  if (unconfirmed) sections.push(unconfirmed);
  if (stories.length) {
    if (sections.length) sections.push({ type: 'divider' });
    sections.push({ type: 'text', text: '**Top stories**' }, ...storySections(stories, input.maxStoriesPerGroup ?? 5));
  }
  const newsMarkets = new Set<Market>([...stories.flatMap((s) => s.markets), ...changes.map((c) => c.market), ...pending.map((r) => r.market)]);
  if (sections.length === 0) {
    sections.push({ type: 'text', text: `No TikTok Shop news${scoped ? ` for ${input.markets.join(', ')}` : ''} ${phrase}.` });
  }

  // An all-markets digest shows GMV only where something happened, or the table would dwarf the news.
  const gmvMarkets = MARKETS.filter((m) => (scoped ? inScope(m) : newsMarkets.has(m) || gmvMoved(m, input)));
  const gmv = gmvMarkets.map((m) => gmvTable(m, input.baseline, input.previousGmv)).filter((s): s is Section => s !== null);
  const gmvNote = unconfirmedGmvNote(pending, gmvMarkets);
  if (gmv.length || gmvNote) sections.push({ type: 'divider' }, { type: 'text', text: '**GMV**' }, ...gmv, ...(gmvNote ? [gmvNote] : []));

  if (newsMarkets.size > 0) {
    const known = scoped ? input.markets : [...new Set(input.baseline.map((e) => e.market))];
    const quiet = MARKETS.filter((m) => known.includes(m) && !newsMarkets.has(m));
    if (quiet.length) sections.push({ type: 'context', text: `Quiet ${phrase}: ${quiet.join(', ')}` });
  }

  const sourceCount = new Set(stories.flatMap((s) => s.cluster.sources.map((x) => x.name))).size;
  sections.push({
    type: 'context',
    text: `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} from ${sourceCount} source${sourceCount === 1 ? '' : 's'} · ${localDay(input.since, timeZone)} – ${localDay(input.until, timeZone)} (${timeZone})`,
  });
  return {
    kind: 'digest',
    title: input.periodTitle
      ? `TikTok Shop digest — ${scopeText}, ${input.periodTitle}`
      : `${input.cadence === 'weekly' ? 'Weekly' : 'Daily'} TikTok Shop digest — ${scopeText}`,
    ...(scoped ? { markets: input.markets } : {}),
    sections,
    timestamp: input.until.toISOString(),
  };
}

function gmvMoved(market: Market, input: DigestInput): boolean {
  if (!input.previousGmv) return false;
  const before = gmvTable(market, input.previousGmv);
  const now = gmvTable(market, input.baseline);
  return now !== null && JSON.stringify(before) !== JSON.stringify(now);
}
