// The neutral inline markup (**bold**, [text](url)) as Discord markdown, with every other character plain:
// Discord markdown (bold, italics, strike, spoilers, code, headings, lists, quotes, masked links) in text that
// came from a feed is backslash-escaped, so a feed title "[click](https://evil.example)" or "||spoiler||" shows
// as typed instead of becoming a live link or formatting.
import { escapeMarkdown } from 'discord.js';
import { inlineTokens } from '../../core/inline-markup.ts';

const ALL = {
  codeBlock: true, inlineCode: true, bold: true, italic: true, underline: true, strikethrough: true, spoiler: true,
  codeBlockContent: true, inlineCodeContent: true, escape: true, heading: true, bulletedList: true, numberedList: true, maskedLink: true,
} as const;

/** Plain text as Discord markdown that formats and links nothing. */
export function plainDiscord(text: string): string {
  // Block quotes are not covered by escapeMarkdown; "[" and "]" are escaped everywhere, not only in a full
  // masked link, so that no two pieces of text can join into one.
  return escapeMarkdown(text, ALL).replace(/^(\s*)>/gm, '$1\\>').replace(/(?<!\\)([[\]])/g, '\\$1');
}

/** A masked link whose label may contain brackets and whose URL may contain parentheses. */
export function discordLink(label: string, url: string): string {
  return `[${plainDiscord(label)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** Neutral markup → Discord markdown; all other text plain. */
export function toDiscordMarkdown(text: string): string {
  return inlineTokens(text).map((t) => {
    if (t.type === 'link') return discordLink(t.text, t.url);
    if (t.type === 'bold') return `**${plainDiscord(t.text)}**`;
    return plainDiscord(t.text);
  }).join('');
}
