// Bytes → feed title, link and entries. Decoding, DOCTYPE defusing and entity clean-up happen first (see their
// files); xml2js parses the XML and the root element tells RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom apart, as rss-parser
// does (read-feed-nodes.ts); our light extraction then reads the raw nodes of the feed and each entry.
import { decodeFeedBytes } from './decode-feed-bytes.ts';
import { defuseDoctype } from './defuse-doctype.ts';
import { extractEntry, pickLink, textConstruct, type FeedKind, type RawNodes } from './extract-entry.ts';
import { prepareFeedXml } from './prepare-feed-xml.ts';
import { readFeedNodes, type FeedNodes, type RawFields } from './read-feed-nodes.ts';
import type { RawEntry } from './raw-entry.ts';
import { selectNewestItems } from './select-newest-items.ts';

export type { RawEntry } from './raw-entry.ts';

export type ParseOutcome =
  | { ok: true; feed: { title: string | null; link: string | null }; items: RawEntry[]; problems: string[] }
  | { ok: false; error: string; problems: string[] };

export interface ParseContext {
  /** Where the document came from (final URL after redirects): the base for relative links. Null for local files. */
  url: string | null;
  /** The HTTP Content-Type, for its charset. */
  contentType: string | null;
  /** Keep only the newest N entries (default 200). */
  maxItems?: number;
  /** Refuse documents larger than this many bytes before parsing (default 5 MiB, as the fetcher's cap). */
  maxBytes?: number;
}

export const DEFAULT_MAX_ITEMS = 200;
export const DEFAULT_MAX_PARSE_BYTES = 5 * 1024 * 1024;

const DATE_FIELDS = ['published', 'pubDate', 'dc:date', 'issued', 'created', 'updated', 'modified'];
const DATE_KEYS = DATE_FIELDS.map((f) => [f, `rawDate:${f}`] as const);
const ITEM_FIELDS: RawFields = [
  ['$', 'rawAttrs'], ['title', 'rawTitle'], ['dc:title', 'rawDcTitle'], ['link', 'rawLink'], ['id', 'rawId'],
  ['guid', 'rawGuid'], ['summary', 'rawSummary'], ['description', 'rawDescription'], ['content', 'rawContent'],
  ['content:encoded', 'rawEncoded'], ['source', 'rawSource'], ['News:Source', 'rawNewsSource'], ...DATE_KEYS,
];
const FEED_FIELDS: RawFields = [['$', 'rawAttrs'], ['title', 'rawTitle'], ['dc:title', 'rawDcTitle'], ['link', 'rawLink']];
const STRIPPED_NAMESPACES = new Set([
  'http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#', 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/',
  'http://backend.userland.com/rss2', 'http://backend.userland.com/rss',
]);

interface Root { name: string; local: string; attrs: string }

function findRoot(xml: string): Root | null {
  // Skip the declaration, comments and processing instructions to the first element.
  const m = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(xml);
  if (!m) return null;
  return { name: m[1]!, local: m[1]!.replace(/^.*:/, '').toLowerCase(), attrs: m[2]! };
}

/** Prefixes bound (anywhere) to the Atom or RSS 1.0 namespaces, when the root itself uses such a prefix. */
function prefixesToStrip(xml: string, root: Root): Set<string> {
  const prefixes = new Set<string>();
  const rootPrefix = root.name.includes(':') ? root.name.split(':')[0]! : null;
  for (const m of xml.matchAll(/\bxmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)) {
    if (STRIPPED_NAMESPACES.has(m[2]!.trim()) && (m[1] === rootPrefix || root.local === 'rdf')) prefixes.add(m[1]!);
  }
  return prefixes;
}

function readableXmlError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(msg);
  return m ? `not well-formed XML: ${m[1]!.replace(/\.$/, '')} at line ${Number(m[2]) + 1}, column ${m[3]}` : `not well-formed XML: ${msg.split('\n')[0]}`;
}

function notAFeed(text: string, root: Root | null): string {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'not an XML feed: the document looks like JSON (JSON Feed is not supported)';
  if (!root) return trimmed === '' ? 'the document is empty' : 'not an XML feed: no XML element found';
  if (root.local === 'html') return 'not a feed: the document is an HTML page (look for a <link rel="alternate" type="application/rss+xml"> on it)';
  return `not an RSS, Atom or RDF feed: the root element is <${root.name}>`;
}

/** Parses a feed document. Never throws for a bad document: `ok: false` carries a one-line reason. */
export async function parseFeedDocument(body: Buffer, ctx: ParseContext): Promise<ParseOutcome> {
  const maxItems = Math.max(1, ctx.maxItems ?? DEFAULT_MAX_ITEMS);
  const maxBytes = ctx.maxBytes ?? DEFAULT_MAX_PARSE_BYTES;
  if (body.length > maxBytes) return { ok: false, error: `the document is ${body.length} bytes, over the limit of ${maxBytes} bytes`, problems: [] };
  const decoded = decodeFeedBytes(body, ctx.contentType);
  const problems = [...decoded.problems];
  const defused = defuseDoctype(decoded.text);
  problems.push(...defused.problems);
  const root = findRoot(defused.xml);
  const kind: FeedKind | null = root?.local === 'feed' ? 'atom' : root?.local === 'rss' ? 'rss' : root?.local === 'rdf' ? 'rdf' : null;
  if (!root || !kind) return { ok: false, error: notAFeed(defused.xml, root), problems };

  const selected = selectNewestItems(prepareFeedXml(defused.xml, defused.entities), maxItems);
  if (selected.total > selected.kept) problems.push(`the feed has ${selected.total} items; only the newest ${selected.kept} were kept`);
  const strip = prefixesToStrip(defused.xml, root);
  const renameTag = (name: string) => {
    const i = name.indexOf(':');
    return i > 0 && strip.has(name.slice(0, i)) ? name.slice(i + 1) : name;
  };
  let parsed: FeedNodes;
  try {
    parsed = await readFeedNodes(selected.xml, renameTag, FEED_FIELDS, ITEM_FIELDS);
  } catch (e) {
    return { ok: false, error: readableXmlError(e), problems };
  }
  if (!parsed.ok && parsed.reason === 'no-channel') {
    return { ok: true, feed: { title: null, link: null }, items: [], problems: [...problems, 'the document has no <channel> element, so no title and no items'] };
  }
  if (!parsed.ok) return { ok: false, error: `not a recognised RSS or Atom feed (root element <${root.name}>)`, problems };

  const rootBase = /\sxml:base\s*=\s*["']([^"']*)["']/.exec(root.attrs)?.[1];
  const bases = [ctx.url, kind === 'atom' ? null : rootBase];
  const feedNodes = parsed.feed;
  const feedTitle = textConstruct(feedNodes.rawTitle?.[0], kind) ?? textConstruct(feedNodes.rawDcTitle?.[0], kind);
  const feedBases = kind === 'atom' ? bases : [...bases, feedNodes.rawAttrs?.['xml:base']];
  const feedLink = pickLink(feedNodes, kind, bases);
  const itemBases = kind === 'atom' ? [...bases, feedNodes.rawAttrs?.['xml:base']] : feedBases;
  let items = parsed.items.map((nodes) => {
    const rawDates: Record<string, unknown> = {};
    for (const [f, key] of DATE_KEYS) rawDates[f] = nodes[key];
    nodes.rawDates = rawDates as RawNodes['rawDates'];
    return extractEntry(nodes, kind, itemBases);
  });
  if (items.length > maxItems) {
    const order = items.map((it, i) => ({ it, i, t: Date.parse(it.publishedAt ?? '') }));
    order.sort((a, b) => (Number.isNaN(b.t) ? -Infinity : b.t) - (Number.isNaN(a.t) ? -Infinity : a.t) || a.i - b.i);
    const keep = new Set(order.slice(0, maxItems).map((o) => o.i));
    problems.push(`the feed has ${items.length} items; only the newest ${maxItems} were kept`);
    items = items.filter((_, i) => keep.has(i));
  }
  problems.push(...entryProblems(items));
  return { ok: true, feed: { title: feedTitle, link: feedLink }, items, problems };
}

/** What a user checking a feed should know about its entries. */
function entryProblems(items: RawEntry[]): string[] {
  const out: string[] = [];
  if (items.length === 0) return ['the feed has no items'];
  const label = (it: RawEntry, i: number) => `item ${i + 1}${it.title ? ` ("${it.title.slice(0, 60)}")` : ''}`;
  const noLink = items.filter((it) => !it.link).length;
  if (noLink > 0) out.push(`${noLink} of ${items.length} items have no link`);
  const relative = items.findIndex((it) => it.link && !/^[a-z][a-z0-9+.-]*:/i.test(it.link));
  if (relative >= 0) out.push(`${label(items[relative]!, relative)} has a relative link (${items[relative]!.link}) and no base URL to resolve it`);
  const noTitle = items.filter((it) => !it.title).length;
  if (noTitle > 0) out.push(`${noTitle} of ${items.length} items have no title`);
  const undated = items.filter((it) => !it.published).length;
  if (undated > 0) out.push(`${undated} of ${items.length} items have no date`);
  items.forEach((it, i) => {
    if (it.published && !it.publishedAt) out.push(`${label(it, i)} has an unreadable date: "${it.published.slice(0, 60)}"`);
  });
  return out;
}
