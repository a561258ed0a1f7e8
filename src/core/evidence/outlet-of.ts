// Who reported an item, for counting independent outlets (two reports are independent when their outlet keys
// differ: core/provenance/outlet-key.ts) and for matching the trusted list (on the host of the outlet's URL, else
// of the article link unless that is an aggregator's).
import { isAggregatorUrl, outletKey } from '../provenance/outlet-key.ts';

function hostOf(url: string | null | undefined): string | null {
  if (!url || isAggregatorUrl(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
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
  const url = item.sourceUrl && !isAggregatorUrl(item.sourceUrl) ? item.sourceUrl : item.link;
  return { name: item.source, key: outletKey({ name: item.source, url }), host: hostOf(item.link) ?? hostOf(item.sourceUrl) };
}
