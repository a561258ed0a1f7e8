// Titles and summaries arrive as HTML fragments (escaped or inline); users read them as plain text in chat.
import { decodeHtmlEntities } from './html-entities.ts';

const BLOCK = /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|pre|dd|dt)\b[^>]*>/gi;

/** Collapses runs of ASCII whitespace only: a no-break space is content the author chose. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

/** Plain text of an HTML fragment: scripts, styles and comments dropped, tags removed, entities decoded. */
export function htmlToText(html: string): string {
  // Every pattern below starts with "<": text without one (most feed titles) skips them.
  if (!html.includes('<')) return collapseWhitespace(decodeHtmlEntities(html));
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(BLOCK, ' ')
    // A tag starts with a letter, '/', '!' or '?'; "1 < 2" and "<3" are text.
    .replace(/<[A-Za-z/!?][^<>]*>/g, '');
  return collapseWhitespace(decodeHtmlEntities(text));
}

/** Cuts `text` to at most `max` characters at a word boundary when one is near, adding an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}
