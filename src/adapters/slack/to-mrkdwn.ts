// The neutral inline markup (**bold**, [text](url)) as Slack mrkdwn (*bold*, <url|text>). Everything else is
// plain text: &, < and > are escaped (Slack's control characters: an unescaped "<!channel>" in a feed title would
// ping a whole channel, "<https://evil|click>" would be a live link), and mrkdwn's formatting characters
// (* _ ~ `) get a zero-width space after them, since Slack has no escape for them: a feed title "*FREE*" shows
// its asterisks instead of turning bold.
import { inlineTokens } from '../../core/inline-markup.ts';
import { stripInlineMarkup } from '../../core/message.ts';

/** Plain text as mrkdwn that formats nothing: control characters escaped, formatting characters defused. */
export function plainMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/[*_~`]/g, '$&\u200b');
}

/** Escapes Slack's three control characters (and nothing else, as Slack asks). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL safe inside <…|…>: the characters that would end the link are percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C').replace(/\s/g, '%20');
}

export function isHttpUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/\S+$/.test(url) && url.length <= 3000;
}

/** A mrkdwn link; `label` is plain text (escaped here). */
export function slackLink(url: string, label: string): string {
  const text = plainMrkdwn(label.replace(/\n/g, ' ')).trim() || escapeMrkdwn(url);
  return `<${linkTarget(url)}|${text}>`;
}

/** Converts neutral markup to mrkdwn; all other text is plain (see top). */
export function toMrkdwn(text: string): string {
  return inlineTokens(text).map((t) => {
    if (t.type === 'link') return slackLink(t.url, t.text);
    if (t.type === 'bold') return `*${plainMrkdwn(t.text.trim())}*`;
    return plainMrkdwn(t.text);
  }).join('');
}

/** Plain text for plain_text fields (header) and the notification fallback: markup dropped, words kept. */
export function stripMarkup(text: string): string {
  return stripInlineMarkup(text);
}

/** Cuts `text` to `max` characters with an ellipsis, never splitting an escape entity or a <…> link. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  const amp = cut.lastIndexOf('&');
  if (amp > cut.lastIndexOf(';')) cut = cut.slice(0, amp);
  return `${cut}…`;
}

export function truncatePlain(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
