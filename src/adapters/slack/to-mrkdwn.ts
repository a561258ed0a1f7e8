// The neutral inline markup (**bold**, [text](url)) as Slack mrkdwn (*bold*, <url|text>). Everything else is
// escaped: &, < and > are Slack's control characters, and an unescaped "<!channel>" in a feed title would ping
// a whole channel.

const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
const BOLD = /\*\*([^*\n]+?)\*\*/g;

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
  const text = escapeMrkdwn(label.replace(/\n/g, ' ')).trim() || escapeMrkdwn(url);
  return `<${linkTarget(url)}|${text}>`;
}

/** Converts neutral markup to mrkdwn, escaping all other text. */
export function toMrkdwn(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    out += boldToMrkdwn(escapeMrkdwn(text.slice(last, m.index)));
    out += slackLink(m[2]!, stripMarkup(m[1]!));
    last = m.index! + m[0].length;
  }
  return out + boldToMrkdwn(escapeMrkdwn(text.slice(last)));
}

function boldToMrkdwn(escaped: string): string {
  return escaped.replace(BOLD, (_, inner: string) => `*${inner.trim()}*`);
}

/** Plain text for plain_text fields (header) and the notification fallback: markup dropped, words kept. */
export function stripMarkup(text: string): string {
  return text.replace(LINK, '$1').replace(BOLD, '$1');
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
