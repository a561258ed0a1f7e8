// What the parser hands to the normaliser: one entry as the feed gave it, with links already absolute.

export interface RawEntry {
  /** guid (RSS), id (Atom) or rdf:about (RSS 1.0), as written; null when absent. */
  id: string | null;
  /** Plain text (HTML stripped, entities decoded), or null when absent. */
  title: string | null;
  /** The entry's page, resolved against xml:base and the feed URL; null when absent. */
  link: string | null;
  /** Summary or content as HTML (or text), unprocessed; the normaliser turns it into plain text. */
  summary: string | null;
  /** The publication date text as written (published / pubDate / dc:date, else updated); null when absent. */
  published: string | null;
  /**
   * That date read once, as an ISO 8601 UTC timestamp (parse-feed-date.ts); null when absent or unreadable. The
   * parser ranks a huge feed's entries by it, reports unreadable dates and the normaliser keeps it.
   */
  publishedAt: string | null;
  /** The outlet an aggregator names for the entry (RSS <source url>, Atom <source>, Bing's <News:Source>); null when absent. */
  origin?: { name: string | null; url: string | null } | null;
}
