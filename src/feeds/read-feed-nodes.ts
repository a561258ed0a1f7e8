// Prepared feed XML → the raw xml2js nodes of the feed and of each entry. This is the part of rss-parser we used:
// its xml2js tree, its choice of format by root element (Atom, RSS 2/0.9x, RDF), and its customFields copy of the
// nodes we read (extract-entry.ts). Calling xml2js directly skips what rss-parser builds besides for every item and
// we never read (ISO dates, HTML-stripped snippets, re-serialised content): most of our parser's cost beyond
// rss-parser's own on the ingest path (docs/BENCHMARKS.md).
import xml2js from 'xml2js';
import type { RawNodes } from './extract-entry.ts';

type Tree = Record<string, unknown>;

export type FeedNodes =
  | { ok: true; feed: RawNodes; items: RawNodes[] }
  /** An RSS or RDF document without a channel: well-formed, but no title and no items. */
  | { ok: false; reason: 'no-channel' }
  | { ok: false; reason: 'not-recognised' };

/** Raw fields copied from an element's node: [xml2js key, RawNodes key]. */
export type RawFields = readonly (readonly [string, string])[];

/** The nodes `fields` name, as rss-parser's customFields with keepArray copy them (a lone "_" attribute included). */
function copyRaw(node: unknown, fields: RawFields): RawNodes {
  const out: RawNodes = {};
  if (node === null || typeof node !== 'object') return out;
  const from = node as Tree;
  for (const [key, to] of fields) {
    const v = from[key];
    if (v === undefined) continue;
    out[to] = v !== null && typeof (v as Tree)._ === 'string' ? (v as Tree)._ : v;
  }
  return out;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Parses `xml` (rejects with xml2js's error for XML that is not well-formed) and picks the feed's and entries'
 * nodes by the root element: `feed` is Atom, `rss` is RSS (its first channel), `rdf:RDF` is RSS 1.0 (its channel,
 * and the items beside it).
 */
export async function readFeedNodes(xml: string, renameTag: (name: string) => string, feedFields: RawFields, itemFields: RawFields): Promise<FeedNodes> {
  const parser = new xml2js.Parser({ tagNameProcessors: [renameTag] });
  const tree = await new Promise<Tree>((resolve, reject) => {
    parser.parseString(xml, (err: unknown, result: Tree | null) => {
      if (err) return reject(err);
      if (!result) return reject(new Error('Unable to parse XML.'));
      resolve(result);
    });
  });
  // rss-parser's order and tests of truth: an empty root element ("<feed/>" is "") is not a feed of its kind.
  if (tree.feed) {
    const feed = tree.feed as Tree | string;
    return { ok: true, feed: copyRaw(feed, feedFields), items: list((feed as Tree).entry).map((e) => copyRaw(e, itemFields)) };
  }
  const rss = tree.rss ? tree.rss as Tree | string : undefined;
  const rdf = tree['rdf:RDF'] ? tree['rdf:RDF'] as Tree | string : undefined;
  if (rss === undefined && rdf === undefined) return { ok: false, reason: 'not-recognised' };
  const root = (rss ?? rdf)!;
  const channels = typeof root === 'object' ? root.channel : undefined;
  if (!Array.isArray(channels) || channels[0] === undefined) return { ok: false, reason: 'no-channel' };
  const channel: unknown = channels[0];
  // RSS lists its items in the channel, RSS 1.0 beside it.
  const items = rss !== undefined ? list(typeof channel === 'object' && channel ? (channel as Tree).item : undefined) : list((rdf as Tree).item);
  return { ok: true, feed: copyRaw(channel, feedFields), items: items.map((i) => copyRaw(i, itemFields)) };
}
