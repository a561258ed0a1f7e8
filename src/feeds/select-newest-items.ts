// Keeps a huge feed (tens of thousands of items) from becoming a huge object tree: before the XML parser runs, the
// item/entry elements are located in the text, and when there are more than we keep, only the newest are left in
// the document. Feeds list newest first by convention, so undated items rank by position, after dated ones.
import { parseFeedDate } from './parse-feed-date.ts';

const ITEM = /<((?:[A-Za-z_][\w.-]*:)?(?:item|entry))(?=[\s>])[^>]*>[\s\S]*?<\/\1\s*>/g;
const DATE = /<(?:[A-Za-z_][\w.-]*:)?(?:pubDate|published|updated|date|issued|modified|created)\b[^>]*>\s*(?:<!\[CDATA\[)?([^<\]]*)/;

export interface SelectedItems { xml: string; total: number; kept: number }

/** Returns the document with at most `maxItems` item/entry elements, the newest; unchanged when it has fewer. */
export function selectNewestItems(xml: string, maxItems: number): SelectedItems {
  const opening = xml.match(/<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>]/g)?.length ?? 0;
  if (opening <= maxItems) return { xml, total: opening, kept: opening };
  const spans: { start: number; end: number; time: number; index: number }[] = [];
  for (const m of xml.matchAll(ITEM)) {
    const date = DATE.exec(m[0]);
    const iso = date ? parseFeedDate(date[1]) : null;
    spans.push({ start: m.index, end: m.index + m[0].length, time: iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY, index: spans.length });
  }
  if (spans.length <= maxItems) return { xml, total: spans.length, kept: spans.length };
  const keep = [...spans].sort((a, b) => b.time - a.time || a.index - b.index).slice(0, maxItems).sort((a, b) => a.index - b.index);
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  const body = keep.map((s) => xml.slice(s.start, s.end)).join('\n');
  return { xml: xml.slice(0, first.start) + body + xml.slice(last.end), total: spans.length, kept: keep.length };
}
