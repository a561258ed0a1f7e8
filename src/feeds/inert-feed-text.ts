// Text from a feed is data. At the feed boundary it loses what could act on a reader or on our own rendering:
// - control characters (C0 but tab and newline, DEL, C1), ANSI escape sequences (which recolour or rewrite a
//   terminal), and bidirectional overrides and isolates (U+202E "RIGHT-TO-LEFT OVERRIDE" makes "exe.pdf" of
//   "fdp.exe"), removed;
// - the internal inline markup that core puts around it ("**" bold, "](" of a [text](url) link), broken with a
//   zero-width space, so a feed title can never open a link or bold run in an alert, /tts latest or a digest.
// Platform markup (Slack mrkdwn, Discord markdown) is escaped later, by each adapter's renderer.

// eslint-disable-next-line no-control-regex -- these are exactly the characters removed
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function inertText(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '').replace(BIDI, '')
    .replace(/\*\*/g, '*\u200b*').replace(/\]\(/g, ']\u200b(');
}

/**
 * A feed's link as an http(s) URL that cannot end or split the markup it is put in: characters that would
 * close "(…)", "<…|…>" or a Markdown link are percent-encoded (servers read them the same). Anything else: null.
 */
export function inertLink(url: string | null): string | null {
  if (!url) return null;
  const clean = url.replace(ANSI, '').replace(CONTROL, '').replace(BIDI, '').trim();
  if (!/^https?:\/\//i.test(clean)) return null;
  return clean.replace(/[\s()[\]<>|*"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
