// Light extraction on top of rss-parser's result, for what it loses: title types (text/html/xhtml/base64), Atom
// link rel selection, links without href, RSS permalink guids, and xml:base resolution. Works on the raw xml2js
// nodes that rss-parser copies for us through its customFields option.
import { collapseWhitespace, htmlToText } from './html-to-text.ts';
import { INLINE_MARKER } from './prepare-feed-xml.ts';
import { parseFeedDate } from './parse-feed-date.ts';
import type { RawEntry } from './raw-entry.ts';

export type FeedKind = 'atom' | 'rss' | 'rdf';
type Attrs = Record<string, string>;
type XNode = string | { _?: unknown; $?: Attrs; [k: string]: unknown };

/** Raw node lists rss-parser copies into each item/feed (see RAW_FIELDS in parse-feed.ts). */
export interface RawNodes {
  rawAttrs?: Attrs;
  rawTitle?: XNode[];
  rawDcTitle?: XNode[];
  rawLink?: XNode[];
  rawId?: XNode[];
  rawGuid?: XNode[];
  rawSummary?: XNode[];
  rawDescription?: XNode[];
  rawContent?: XNode[];
  rawEncoded?: XNode[];
  rawDates?: Record<string, XNode[] | undefined>;
  rawSource?: XNode[];
  rawNewsSource?: XNode[];
  [k: string]: unknown;
}

export function nodeText(n: XNode | undefined): string {
  if (n === undefined || n === null) return '';
  if (typeof n === 'string') return n;
  return typeof n._ === 'string' ? n._ : '';
}

function attrs(n: XNode | undefined): Attrs {
  return n && typeof n === 'object' && n.$ ? n.$ : {};
}

/** Plain text of an Atom/RSS text construct, honouring type="text|html|xhtml" and Atom 0.3 mode="base64|escaped". */
export function textConstruct(n: XNode | undefined, kind: FeedKind): string | null {
  if (n === undefined) return null;
  const a = attrs(n);
  let text = nodeText(n);
  const mode = (a.mode ?? '').toLowerCase();
  if (mode === 'base64') text = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
  const type = (a.type ?? '').toLowerCase();
  // RFC 4287 §4.1.3.3: Atom content of a media type that is neither XML nor text/* is base64; we show it as text.
  if (kind === 'atom' && mode !== 'base64' && type.includes('/') && !/(?:[+/]xml$|^text\/)/.test(type)) {
    return collapseWhitespace(Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8')) || null;
  }
  const isText = type === 'text' || type === 'text/plain' || (kind === 'atom' && type === '');
  const result = a[INLINE_MARKER] || mode === 'escaped' || !isText ? htmlToText(text) : collapseWhitespace(text);
  return result === '' ? null : result;
}

function firstText(list: XNode[] | undefined, kind: FeedKind): string | null {
  for (const n of list ?? []) {
    const t = textConstruct(n, kind);
    if (t) return t;
  }
  return null;
}

/** Resolves `ref` against a chain of bases (feed URL, then xml:base attributes outermost first). */
export function resolveAgainst(ref: string, bases: (string | null | undefined)[]): string {
  let base: string | null = null;
  for (const b of bases) {
    if (!b) continue;
    try {
      base = new URL(b.trim(), base ?? undefined).href;
    } catch {
      // A relative xml:base with nothing absolute above it cannot be resolved; keep looking.
    }
  }
  if (!base) return ref;
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

function atomLink(list: XNode[] | undefined): { href: string; base?: string } | null {
  const candidates = (list ?? []).map((l) => {
    const a = attrs(l);
    const href = (a.href ?? nodeText(l)).trim();
    return { href, rel: (a.rel ?? 'alternate').trim().toLowerCase(), type: (a.type ?? '').toLowerCase(), base: a['xml:base'] };
  }).filter((c) => c.href !== '');
  const alternates = candidates.filter((c) => c.rel === 'alternate');
  const pick = alternates.find((c) => c.type === '' || c.type.includes('html')) ?? alternates[0] ?? null;
  return pick ? { href: pick.href, ...(pick.base ? { base: pick.base } : {}) } : null;
}

function rssLink(nodes: RawNodes): { href: string; base?: string } | null {
  for (const l of nodes.rawLink ?? []) {
    const a = attrs(l);
    // An atom:link inside RSS (rel=self etc.) is not the item's page.
    const href = (typeof l === 'object' && a.href && !nodeText(l).trim() ? (a.rel ?? 'alternate') === 'alternate' ? a.href : '' : nodeText(l)).trim();
    if (href) return { href, ...(a['xml:base'] ? { base: a['xml:base'] } : {}) };
  }
  const guid = nodes.rawGuid?.[0];
  const permalink = (attrs(guid).isPermaLink ?? 'true').trim().toLowerCase() !== 'false';
  const g = nodeText(guid).trim();
  return permalink && /^https?:\/\//i.test(g) ? { href: g } : null;
}

/** The page link of an entry or feed, absolute when the bases allow. */
export function pickLink(nodes: RawNodes, kind: FeedKind, bases: (string | null | undefined)[]): string | null {
  const found = kind === 'atom' ? atomLink(nodes.rawLink) : rssLink(nodes);
  if (!found) return null;
  return resolveAgainst(found.href, [...bases, nodes.rawAttrs?.['xml:base'], found.base]);
}

/** The outlet an aggregator credits: RSS <source url="…">Name</source>, Atom <source><title/><link/></source>, Bing <News:Source>. */
function pickOrigin(nodes: RawNodes, bases: (string | null | undefined)[]): RawEntry['origin'] {
  const src = nodes.rawSource?.[0];
  if (src !== undefined) {
    if (typeof src === 'object' && (Array.isArray(src.title) || Array.isArray(src.link))) {
      // Atom: the source feed's own metadata.
      const name = firstText(src.title as XNode[] | undefined, 'atom');
      const link = pickLink({ rawLink: src.link as XNode[] | undefined }, 'atom', bases);
      if (name || link) return { name, url: link };
    } else {
      const name = collapseWhitespace(nodeText(src)) || null;
      const href = attrs(src).url?.trim();
      const url = href ? resolveAgainst(href, bases) : null;
      if (name || url) return { name, url };
    }
  }
  const bing = collapseWhitespace(nodeText(nodes.rawNewsSource?.[0])) || null;
  return bing ? { name: bing, url: null } : null;
}

const DATE_ORDER = ['published', 'pubDate', 'dc:date', 'issued', 'created', 'updated', 'modified'];

/** Builds the RawEntry of one rss-parser item that carries its raw nodes. */
export function extractEntry(item: RawNodes & { isoDate?: string }, kind: FeedKind, bases: (string | null | undefined)[]): RawEntry {
  const idNode = item.rawId?.[0] ?? item.rawGuid?.[0];
  let id = nodeText(idNode).trim() || item.rawAttrs?.['rdf:about']?.trim() || null;
  // A relative Atom id is a relative URI reference; absolute ones are kept exactly (ids are compared as strings).
  if (id && kind === 'atom' && /^(?:\/|\.\.?\/)/.test(id)) id = resolveAgainst(id, [...bases, item.rawAttrs?.['xml:base'], attrs(idNode)['xml:base']]);
  const summaryNode = item.rawSummary?.[0] ?? item.rawDescription?.[0] ?? item.rawContent?.[0] ?? item.rawEncoded?.[0];
  let summary: string | null = summaryNode === undefined ? null : nodeText(summaryNode);
  if (summaryNode !== undefined && (attrs(summaryNode).mode ?? '').toLowerCase() === 'base64') summary = Buffer.from(summary!.replace(/\s+/g, ''), 'base64').toString('utf8');
  // Plain-text summaries may contain "<" literally; escaping keeps the normaliser's HTML stripping from eating it.
  const summaryType = (attrs(summaryNode).type ?? '').toLowerCase();
  if (summary && kind === 'atom' && (summaryType === '' || summaryType === 'text' || summaryType === 'text/plain') && !attrs(summaryNode)[INLINE_MARKER]) {
    summary = summary.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  }
  let published: string | null = null;
  for (const key of DATE_ORDER) {
    const t = nodeText(item.rawDates?.[key]?.[0]).trim();
    if (t) { published = t; break; }
  }
  return {
    id,
    title: firstText(item.rawTitle, kind) ?? firstText(item.rawDcTitle, kind),
    link: pickLink(item, kind, bases),
    summary: summary && summary.trim() ? summary : null,
    published,
    publishedAt: parseFeedDate(published),
    origin: pickOrigin(item, bases),
  };
}
