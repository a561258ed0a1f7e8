// Entries of aggregator feeds (Google News, Bing News, any RSS/Atom feed whose entries carry a <source>) are other
// outlets' stories. This finds, offline, who published each one: the outlet's name and site, the headline without
// the aggregator's " - Outlet" suffix, the publisher's own link where the aggregator's link embeds it (Google News'
// older base64 article ids, Bing's click-through `url=` parameter), and the further outlets Google News lists as
// related coverage of the same story. Nothing is fetched: a link that cannot be decoded stays as it is.
import { foldOutletName, isAggregatorUrl, parseUrl, type OutletRef } from '../core/provenance/outlet-key.ts';
import { decodeHtmlEntities } from './html-entities.ts';
import { collapseWhitespace } from './html-to-text.ts';
import type { RawEntry } from './raw-entry.ts';

export type AggregatorKind = 'google_news' | 'bing_news' | 'source_element' | null;

export interface EntryProvenance {
  title: string | null;
  link: string | null;
  /** The summary HTML to classify; null when the aggregator's description was only links to coverage. */
  summary: string | null;
  /** The outlet behind the entry; null when nothing names one (the feed itself is then the source). */
  outlet: OutletRef | null;
  /** Other outlets the aggregator lists as covering the same story (Google News' related coverage). */
  related: (OutletRef & { title: string | null })[];
  aggregator: AggregatorKind;
}

function isHttp(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url);
}

/** Reads a protobuf varint at `at`: [value, next offset], or null past the end. */
function varint(bytes: Buffer, at: number): [number, number] | null {
  let value = 0;
  for (let shift = 0, i = at; i < bytes.length && shift < 35; i++, shift += 7) {
    value += (bytes[i]! & 0x7f) * 2 ** shift;
    if ((bytes[i]! & 0x80) === 0) return [value, i + 1];
  }
  return null;
}

/**
 * The publisher URL inside a Google News article link (news.google.com/rss/articles/CBMi…): the id is base64url
 * of a small protobuf message whose field 4 is the URL. Newer ids hold an opaque token ("AU_yqL…") instead of a
 * URL; those need Google's servers and give null here.
 */
export function decodeGoogleNewsLink(link: string | null): string | null {
  const u = parseUrl(link);
  if (!u || u.hostname.toLowerCase() !== 'news.google.com') return null;
  const id = /\/articles\/([A-Za-z0-9_-]+)/.exec(u.pathname)?.[1];
  if (!id) return null;
  const bytes = Buffer.from(id, 'base64url');
  // 0x08 0x13: field 1 = 19 (the article type); 0x22: field 4, length-delimited.
  if (bytes[0] !== 0x08 || bytes[2] !== 0x22) return null;
  const len = varint(bytes, 3);
  if (!len) return null;
  const [size, start] = len;
  if (start + size > bytes.length) return null;
  const url = bytes.subarray(start, start + size).toString('utf8');
  // A URL has no spaces or control characters; bytes that decode to some are not one.
  return isHttp(url) && !/\s/.test(url) && ![...url].some((ch) => ch.charCodeAt(0) < 0x20) ? url : null;
}

/** The publisher URL of a Bing News click-through link (bing.com/news/apiclick.aspx?…&url=…), else null. */
export function unwrapBingLink(link: string | null): string | null {
  return bingTarget(parseUrl(link));
}

function bingTarget(u: URL | null): string | null {
  if (!u || !/(?:^|\.)bing\.com$/i.test(u.hostname) || !/\/news\/apiclick\.aspx$/i.test(u.pathname)) return null;
  const target = u.searchParams.get('url');
  return target && isHttp(target) ? target : null;
}

/** The publisher's link behind an aggregator link, when it can be read from the link itself. */
export function publisherLink(link: string | null): string | null {
  return decodeGoogleNewsLink(link) ?? unwrapBingLink(link);
}

function text(html: string): string {
  return collapseWhitespace(decodeHtmlEntities(html.replace(/<[^>]*>/g, ' ')));
}

/**
 * Google News' description lists the story's coverage: <ol><li><a href="…">Headline</a>&nbsp;&nbsp;<font …>Outlet
 * </font></li>…</ol>, or a single <a>…</a>&nbsp;&nbsp;<font>…</font> for a story with one outlet.
 */
export function googleNewsCoverage(html: string | null): { title: string | null; outlet: string; link: string | null }[] {
  if (!html) return [];
  const parts = /<li\b/i.test(html) ? html.split(/<li\b[^>]*>/i).slice(1) : [html];
  const out: { title: string | null; outlet: string; link: string | null }[] = [];
  for (const part of parts) {
    const a = /<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/i.exec(part);
    const font = /<font\b[^>]*>([\s\S]*?)<\/font>/i.exec(part);
    const outlet = font ? text(font[1]!) : '';
    if (!outlet) continue;
    out.push({ title: a ? text(a[2]!) || null : null, outlet, link: a ? decodeHtmlEntities(a[1]!).trim() || null : null });
  }
  return out;
}

/** True when a description holds nothing but Google News' coverage markup (no article text to classify). */
function onlyCoverage(html: string): boolean {
  const rest = html.replace(/<a\b[\s\S]*?<\/a>/gi, ' ').replace(/<font\b[\s\S]*?<\/font>/gi, ' ').replace(/<strong\b[^>]*>[\s\S]*?<\/strong>/gi, ' ');
  return text(rest) === '';
}

/** The feed's host name in lower case ('' for none): read once per feed, for all of its entries. */
export function feedHost(feedUrl: string | null): string {
  return parseUrl(feedUrl)?.hostname.toLowerCase() ?? '';
}

function aggregatorOf(entry: RawEntry, host: string): AggregatorKind {
  const link = parseUrl(entry.link);
  if ((link?.hostname.toLowerCase() ?? '') === 'news.google.com' || host === 'news.google.com') return 'google_news';
  if (bingTarget(link) || /(?:^|\.)bing\.com$/.test(host)) return 'bing_news';
  return entry.origin ? 'source_element' : null;
}

/** The title without a trailing " - Outlet" (also " | Outlet", " – Outlet") naming `outlet`; unchanged otherwise. */
export function stripOutletSuffix(title: string, outlet: string): string {
  const folded = foldOutletName(outlet);
  const m = /^(.*\S)\s+[-–—|]\s+([^-–—|]+)$/.exec(title);
  if (!m || !folded || foldOutletName(m[2]!) !== folded) return title;
  return m[1]!;
}

/** Who published the entry and what is left of it once the aggregator's wrapping is taken off; `host` is feedHost's. */
export function entryProvenance(entry: RawEntry, host: string): EntryProvenance {
  const aggregator = aggregatorOf(entry, host);
  const base: EntryProvenance = { title: entry.title, link: entry.link, summary: entry.summary, outlet: null, related: [], aggregator };
  if (!aggregator) return base;

  const coverage = aggregator === 'google_news' ? googleNewsCoverage(entry.summary) : [];
  // Bing credits syndicated copies as "Outlet on MSN"; the outlet is the one that wrote it.
  let name = entry.origin?.name ? (aggregator === 'bing_news' ? entry.origin.name.replace(/\s+on MSN$/i, '') : entry.origin.name) : null;
  let title = entry.title;
  if (title && name) title = stripOutletSuffix(title, name);
  if (!name && aggregator === 'google_news') {
    // Google News always ends its titles with " - Outlet"; the coverage list's first outlet is the entry's own.
    const suffix = title ? /^(.*\S)\s+-\s+([^-]+)$/.exec(title) : null;
    name = coverage[0]?.outlet ?? suffix?.[2]?.trim() ?? null;
    if (title && name) title = stripOutletSuffix(title, name);
  }
  const recovered = publisherLink(entry.link);
  const link = recovered ?? entry.link;
  // The outlet's site: the one the aggregator names, else the recovered article's own domain.
  const originUrl = entry.origin?.url && !isAggregatorUrl(entry.origin.url) ? entry.origin.url : null;
  const outletUrl = originUrl ?? (recovered && !isAggregatorUrl(recovered) ? recovered : null);
  const outlet: OutletRef | null = name ? { name, url: outletUrl } : outletUrl ? { name: new URL(outletUrl).hostname.replace(/^www\./, ''), url: outletUrl } : null;

  const own = outlet ? foldOutletName(outlet.name) : null;
  const related: EntryProvenance['related'] = [];
  for (const c of coverage) {
    const folded = foldOutletName(c.outlet);
    if (folded === own || related.some((r) => foldOutletName(r.name) === folded)) continue;
    const url = publisherLink(c.link) ?? (c.link && !isAggregatorUrl(c.link) ? c.link : null);
    related.push({ name: c.outlet, url, title: c.title });
  }
  const summary = aggregator === 'google_news' && entry.summary && onlyCoverage(entry.summary) ? null : entry.summary;
  return { title, link, summary, outlet, related, aggregator };
}
