// Who reported an item, for counting independent outlets (two reports are independent when their outlet keys
// differ: core/provenance/outlet-key.ts) and for matching the trusted list (on the host of the outlet's URL, else
// of the article link unless that is an aggregator's).
import { isAggregatorParsed, outletKeyOfParsed, parseUrl } from '../provenance/outlet-key.ts';

/** The host a trusted source is matched on: not an aggregator's, lower case, without "www.". */
function hostOf(u: URL | null): string | null {
  if (!u || isAggregatorParsed(u)) return null;
  return u.hostname.toLowerCase().replace(/^www\./, '') || null;
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
  // Each URL parsed once (this runs for every tagged item, twice): the link and the outlet's own URL, often one text.
  const link = parseUrl(item.link);
  const sourceUrl = !item.sourceUrl ? null : item.sourceUrl === item.link ? link : parseUrl(item.sourceUrl);
  const useSource = !!item.sourceUrl && !isAggregatorParsed(sourceUrl);
  return { name: item.source, key: outletKeyOfParsed(item.source, useSource ? sourceUrl : link), host: hostOf(link) ?? hostOf(sourceUrl) };
}
