// Who published a report, as one comparable string: corroboration and "N sources" count outlets, not feeds or
// links. Two items are from the same outlet when their keys are equal: the outlet's web domain when it is known
// (www.reuters.com and reuters.com are one outlet, and so are edition.cnn.com and cnn.com), else its name folded
// to lower case. Pure string work, no lookups.

/** What an item says about its outlet. */
export interface OutletRef {
  name: string;
  /** The outlet's site or any page of it; null when only the name is known. */
  url: string | null;
}

// Second-level labels under which domains are registered in many country-code zones (bbc.co.uk, straitstimes.com.sg).
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'ltd', 'plc', 'nic', 'in']);

/** Hosts that carry other outlets' stories: their domain says nothing about who wrote one. */
export const AGGREGATOR_HOSTS = ['news.google.com', 'bing.com', 'msn.com'];

/** The registrable part of a host name ("edition.cnn.com" → "cnn.com", "www.bbc.co.uk" → "bbc.co.uk"). */
export function siteDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels.at(-1)!;
  const second = labels.at(-2)!;
  const keep = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The URL parsed, or null when there is none or it cannot be read. Parse once, ask the questions below of it. */
export function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function webHost(u: URL | null): string | null {
  return u && /^https?:$/.test(u.protocol) && u.hostname ? u.hostname : null;
}

/** True when the URL is on an aggregator's host (its domain is not the outlet's). */
export function isAggregatorUrl(url: string | null): boolean {
  return isAggregatorParsed(parseUrl(url));
}

/** isAggregatorUrl of a parsed URL. */
export function isAggregatorParsed(u: URL | null): boolean {
  const host = webHost(u)?.toLowerCase();
  return !!host && AGGREGATOR_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The outlet's name folded for comparison: case, accents, punctuation and a leading "The" ignored. */
export function foldOutletName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A host that names a site: not an IP address or a single-label name such as localhost. */
function isSiteHost(host: string): boolean {
  return host.includes('.') && !/^[\d.]+$/.test(host) && !host.startsWith('[');
}

/** The key two reports share exactly when they come from one outlet. */
export function outletKey(ref: OutletRef): string {
  return outletKeyOfParsed(ref.name, parseUrl(ref.url));
}

/** outletKey of a name and its URL already parsed (parseUrl). */
export function outletKeyOfParsed(name: string, u: URL | null): string {
  const host = isAggregatorParsed(u) ? null : webHost(u);
  if (host && isSiteHost(host)) return siteDomain(host);
  return foldOutletName(name) || name;
}

/** One source of a story as clusters keep it; `outlet` is absent on stories stored before outlets were keyed. */
export interface StorySource {
  name: string;
  link: string | null;
  outlet?: string;
}

/** True when two sources of a story are one outlet: the same key, or (for a key-less or name-only one) the same name. */
export function sameOutlet(a: StorySource, b: StorySource): boolean {
  if (a.outlet && b.outlet && a.outlet === b.outlet) return true;
  return foldOutletName(a.name) === foldOutletName(b.name);
}
