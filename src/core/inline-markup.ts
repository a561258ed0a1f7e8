// The one reader of the neutral inline markup (**bold**, [text](url)) that core puts in message text. Each
// adapter renders the tokens in its platform's syntax and escapes everything else as plain text, so text that
// came from a feed can never become a link or formatting. A link's label may contain brackets (a feed title
// "[Update] …" inside a link) as long as no "](" appears in it; feed text has every "](" and "**" broken at
// ingest (src/feeds/inert-feed-text.ts), so only core's own markup matches.

export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'bold'; text: string }
  | { type: 'link'; text: string; url: string };

const TOKEN = /\[((?:[^\]\n]|\](?!\())+)\]\((https?:\/\/[^\s)]+)\)|\*\*([^\n]+?)\*\*/g;

/** Splits `text` into plain runs, bold runs and links (bold inside a link label is kept as its words). */
export function inlineTokens(text: string): InlineToken[] {
  const out: InlineToken[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    if (m[2] !== undefined) out.push({ type: 'link', text: m[1]!.replace(/\*\*(.+?)\*\*/g, '$1'), url: m[2] });
    else out.push({ type: 'bold', text: m[3]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}
