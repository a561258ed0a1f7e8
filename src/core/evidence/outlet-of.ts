// Who reported an item, for counting independent outlets: two reports are independent when their outlets differ.
// The identity is the outlet's host without "www." (from the outlet's URL, else the article link unless that is an
// aggregator's), else its lowercased name: so "Reuters" via Google News and reuters.com directly are one outlet.
import { outletKey } from '../provenance/outlet-key.ts';

const AGGREGATOR_HOSTS = /(?:^|\.)(?:news\.google\.com|bing\.com|feedproxy\.google\.com|news\.yahoo\.com|msn\.com)$/i;

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export interface Outlet {
  /** For people: "Reuters". */
  name: string;
  /** For counting: "reuters.com" or "reuters". */
  key: string;
  /** The host used to match the trusted list (null when only a name is known). */
  host: string | null;
}

export function outletOf(item: { source: string; link: string | null; sourceUrl?: string | null }): Outlet {
  const linkHost = hostOf(item.link);
  const host = hostOf(item.sourceUrl) ?? (linkHost && !AGGREGATOR_HOSTS.test(linkHost) ? linkHost : null);
  // The key is the one rule for "same outlet" that story sources and corroboration use too (core/provenance).
  const url = item.sourceUrl ?? (host ? item.link : null);
  return { name: item.source, key: outletKey({ name: item.source, url }), host };
}
