// RawEntry → Item: a stable id (so dedup survives re-fetches and tracking-parameter churn), plain-text title and
// summary, an ISO date or null.
import { createHash } from 'node:crypto';
import type { FeedConfig, Item } from '../core/types.ts';
import { entryProvenance, feedHost } from './aggregator-entry.ts';
import { canonicalLink } from './canonical-link.ts';
import { htmlToText, truncateText } from './html-to-text.ts';
import { inertLink, inertText } from './inert-feed-text.ts';
import type { RawEntry } from './raw-entry.ts';

/** Longest summary kept, in characters; classification needs the lead, not the whole article. */
export const MAX_SUMMARY_CHARS = 2000;
const MAX_TITLE_CHARS = 500;

/** The entry's stable id: its guid/id (feed-scoped when it is a short local one), else its canonical link, else a hash of its title and summary. */
export function stableItemId(entry: RawEntry, feed: FeedConfig): string {
  const guid = entry.id?.trim();
  // URLs, tag: and urn: ids are globally unique; short local ids ("42") are only unique within their feed.
  if (guid) return /^[a-z][a-z0-9+.-]*:/i.test(guid) || guid.length >= 24 ? guid : `${feed.id}:${guid}`;
  const link = canonicalLink(entry.link);
  if (link) return link;
  const text = `${entry.title ?? ''}\n${entry.summary ?? ''}`;
  return `sha256:${createHash('sha256').update(`${feed.id}\n${text}`).digest('hex')}`;
}

/**
 * Normalises parsed entries of one feed. Entries with neither title nor summary are dropped (nothing to say);
 * an unreadable date becomes null and is reported in `problems` when given. An aggregator's entry is credited to
 * the outlet it names, with the outlet's suffix off its title and the publisher's link where it can be recovered
 * (feeds/aggregator-entry.ts); any other entry is credited to the feed (`sourceName`).
 */
export function normaliseItems(entries: RawEntry[], feed: FeedConfig, sourceName: string, problems?: string[]): Item[] {
  const items: Item[] = [];
  const seen = new Set<string>();
  const host = feedHost(feed.url);
  for (const entry of entries) {
    const prov = entryProvenance(entry, host);
    // Feed text is data (inert-feed-text.ts): no control characters, no markup of ours.
    const summary = inertText(truncateText(prov.summary ? htmlToText(prov.summary) : '', MAX_SUMMARY_CHARS));
    const title = inertText(truncateText(prov.title?.trim() || truncateText(summary, 120), MAX_TITLE_CHARS));
    if (!title && !summary) continue;
    const id = stableItemId(entry, feed);
    // A feed repeating an entry would otherwise yield two items with one id.
    if (seen.has(id)) continue;
    seen.add(id);
    const published = entry.publishedAt;
    const entryLink = canonicalLink(entry.link);
    if (entry.published && !published) problems?.push(`"${title.slice(0, 60)}": unreadable date "${entry.published.slice(0, 60)}"`);
    items.push({
      id,
      feedId: feed.id,
      title,
      summary,
      link: (prov.link === entry.link ? entryLink : canonicalLink(prov.link)) === null ? null : inertLink(prov.link ?? null),
      published,
      lang: feed.lang,
      source: inertText(prov.outlet?.name ?? sourceName),
      sourceUrl: inertLink(prov.outlet ? prov.outlet.url : prov.aggregator ? null : entryLink === null ? null : entry.link ?? null),
      ...(prov.related.length ? { relatedOutlets: prov.related.map((r) => ({ name: inertText(r.name), url: inertLink(r.url) })) } : {}),
    });
  }
  return items;
}
