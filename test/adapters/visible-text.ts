// What a person sees of rendered text: Slack shows zero-width spaces as nothing, Discord hides the backslash
// of an escaped markdown character. Tests compare what is seen, not the escapes that make it safe.
export function seenOnSlack(mrkdwn: string): string {
  return mrkdwn.replace(/\u200b/g, '');
}

export function seenOnDiscord(markdown: string): string {
  return markdown.replace(/\\([\\`*_~|>#\-[\]()])/g, '$1');
}
