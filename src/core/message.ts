// The platform-neutral message model. Core builds these; adapters render them (Block Kit, embeds, console text).
// Inline text may use a tiny markup that every adapter understands: **bold** and [text](url).
import type { Market, Tag } from './taxonomy.ts';
import type { Severity } from './types.ts';
import { inlineTokens } from './inline-markup.ts';

export type Section =
  | { type: 'text'; text: string }
  /** Name/value pairs (facts, market labels). */
  | { type: 'fields'; fields: { name: string; value: string }[] }
  /** A baseline change: old → new, each with its source. */
  | { type: 'change'; label: string; from: string; to: string; fromSource: string; toSource: string }
  /** A bulleted list, each line optionally linked. */
  | { type: 'list'; title?: string; items: { text: string; url?: string | null }[] }
  | { type: 'divider' }
  /** Small print: sources count, timestamps, hints. */
  | { type: 'context'; text: string };

export interface MessageAttachment {
  filename: string;
  contentType: string;
  /** Base64 so that a message survives a round trip through JSON (the outbox stores messages as JSON). */
  dataBase64: string;
  title?: string;
}

export interface Message {
  kind: 'alert' | 'digest' | 'reply' | 'notice';
  title: string;
  /** Link for the title (the source article). */
  url?: string | null;
  tags?: Tag[];
  markets?: Market[];
  severity?: Severity;
  sections: Section[];
  /** ISO timestamp the message is about (publication time for alerts). */
  timestamp?: string | null;
  attachments?: MessageAttachment[];
  /** Replies only: visible to the asker alone where the platform allows it. */
  ephemeral?: boolean;
  /** Buttons under the message (alerts: Confirm / Wrong on its reported changes; a private status: Share in channel). */
  actions?: MessageAction[];
}

export interface MessageAction {
  /**
   * What the button does; the adapters route a press back by it: confirm / reject an alert's reported change
   * (core/evidence/review-actions.ts), share a private answer in the channel (core/commands/status-reply.ts).
   */
  action: 'confirm' | 'reject' | 'share';
  label: string;
  /** Opaque payload handed back on a press (the story's id; for share, what to share). */
  value: string;
  style?: 'primary' | 'danger';
}

/** Text with the inline markup (core/inline-markup.ts) removed; links keep their text, and their URL too with `keepUrls` ("text <url>"). */
export function stripInlineMarkup(text: string, opts: { keepUrls?: boolean } = {}): string {
  return inlineTokens(text).map((t) => (t.type === 'link' && opts.keepUrls ? `${t.text} <${t.url}>` : t.text)).join('');
}
