// Turns the neutral Message into Discord embeds. Discord rejects a whole message (50035 Invalid Form Body) when
// any embed limit is exceeded, so every text is cut to its limit here and long digests are spread over several
// embeds and messages, then cut with an "…and N more" line: a message is never refused for being long.
// Discord markdown already understands the neutral **bold** and [text](url) markup in descriptions and field
// values; only the footer is plain text, so markup is stripped there.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIComponentInActionRow, type APIEmbed, type APIEmbedField } from 'discord.js';
import { discordCustomId } from '../../core/evidence/review-actions.ts';
import { shareCustomId } from '../../core/commands/status-reply.ts';
import { stripInlineMarkup, type Message, type Section } from '../../core/message.ts';
import { inlineTokens } from '../../core/inline-markup.ts';
import { discordLink, plainDiscord, toDiscordMarkdown } from './escape-discord-text.ts';
import type { Tag } from '../../core/taxonomy.ts';

/** Discord's documented embed limits (characters, except `fields` and `embedsPerMessage`). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of title, description, field names and values, footer and author over all embeds of one message. */
  total: 6000,
  embedsPerMessage: 10,
} as const;

/** A file sent with a message (multipart upload), shaped like @discordjs/rest's RawFile. */
export interface DiscordFile {
  name: string;
  data: Buffer;
  contentType: string;
}

export interface DiscordPayload {
  embeds: APIEmbed[];
  files?: DiscordFile[];
  /** Message components: an alert's Confirm / Wrong buttons ("tts_review:confirm|reject:<story id>"), a private status's Share in channel ("tts_share:status:US"). */
  components?: APIActionRowComponent<APIComponentInActionRow>[];
}

const BUTTON_STYLE = { primary: ButtonStyle.Success, danger: ButtonStyle.Danger } as const;

function buttonRow(actions: NonNullable<Message['actions']>): APIActionRowComponent<APIComponentInActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: actions.map((a) => ({
      type: ComponentType.Button, style: a.style ? BUTTON_STYLE[a.style] : ButtonStyle.Secondary, label: a.label, custom_id: a.action === 'share' ? shareCustomId(a) : discordCustomId(a),
    })),
  };
}

const TAG_COLOURS: Record<Tag, number> = {
  launch: 0x2ecc71,
  threshold_change: 0xe67e22,
  ban: 0xe74c3c,
  gmv_figure: 0x3498db,
};
const REPLY_COLOUR = 0x5865f2;
const NOTICE_COLOUR = 0x95a5a6;
/** Room kept in every budget for the closing "…and N more" line. */
const RESERVE = 40;
const DEFAULT_MAX_MESSAGES = 4;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Footer text is not markdown: keep the words, drop the markup. */
function plain(text: string): string {
  return stripInlineMarkup(text);
}

function isHttpUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/\S+$/.test(url) && url.length <= 2048;
}


function colourOf(message: Message): number {
  const tag = message.tags?.[0];
  if (tag) return TAG_COLOURS[tag];
  return message.kind === 'notice' ? NOTICE_COLOUR : REPLY_COLOUR;
}

interface Line { text: string; counts: boolean }

interface Content { lines: Line[]; fields: APIEmbedField[]; footer: string[] }

function collect(sections: Section[]): Content {
  const c: Content = { lines: [], fields: [], footer: [] };
  const paragraph = (texts: string[], counts: boolean) => {
    if (c.lines.length) c.lines.push({ text: '', counts: false });
    for (const t of texts) c.lines.push({ text: truncate(t, EMBED_LIMITS.description - RESERVE), counts });
  };
  const field = (name: string, value: string, inline: boolean) => c.fields.push({
    name: truncate(name.trim() || '\u200b', EMBED_LIMITS.fieldName),
    value: truncate(value.trim() || '—', EMBED_LIMITS.fieldValue),
    inline,
  });
  for (const s of sections) {
    switch (s.type) {
      // Text is rendered by escape-discord-text.ts: core's markup becomes markdown, feed text stays plain.
      case 'text':
        paragraph(s.text.split('\n').map(toDiscordMarkdown), false);
        break;
      case 'fields':
        for (const f of s.fields) field(plainDiscord(plain(f.name)), toDiscordMarkdown(f.value), f.value.length <= 60);
        break;
      case 'change':
        field(`Changed: ${plainDiscord(plain(s.label))}`, `~~${plainDiscord(plain(s.from))}~~ → **${plainDiscord(plain(s.to))}**\nBefore: ${toDiscordMarkdown(s.fromSource)}\nNow: ${toDiscordMarkdown(s.toSource)}`, false);
        break;
      case 'list': {
        const items = s.items.map((i) => `• ${isHttpUrl(i.url) && !i.text.includes('](') ? discordLink(plain(i.text), i.url) : toDiscordMarkdown(i.text)}`);
        if (s.title) {
          paragraph([`**${plainDiscord(plain(s.title))}**`], false);
          for (const t of items) c.lines.push({ text: truncate(t, EMBED_LIMITS.description - RESERVE), counts: true });
        } else {
          paragraph(items, true);
        }
        break;
      }
      case 'divider':
        paragraph(['─'.repeat(24)], false);
        break;
      case 'context':
        // Links only work in the description; plain small print reads best in the footer.
        if (inlineTokens(s.text).some((t) => t.type === 'link')) paragraph([toDiscordMarkdown(s.text)], false);
        else c.footer.push(s.text);
        break;
    }
  }
  return c;
}

function embedChars(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Spreads lines then fields over embeds and messages within every limit; cuts with "…and N more". */
function pack(head: APIEmbed, content: Content, maxMessages: number): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let embed: APIEmbed = head;
  let message: APIEmbed[] = [embed];
  let chars = embedChars(head);
  /** Starts a continuation embed for an item of `cost` characters, in a new message if this one is full. */
  const openEmbed = (cost: number): boolean => {
    if (message.length >= EMBED_LIMITS.embedsPerMessage || chars + cost > EMBED_LIMITS.total - RESERVE) {
      if (messages.length + 1 >= maxMessages) return false;
      messages.push(message);
      message = [];
      chars = 0;
    }
    embed = head.color === undefined ? {} : { color: head.color };
    message.push(embed);
    return true;
  };
  type Item = { line: Line } | { field: APIEmbedField };
  const items: Item[] = [...content.lines.map((line) => ({ line })), ...content.fields.map((field) => ({ field }))];
  let placed = 0;
  for (const item of items) {
    if ('line' in item) {
      const desc = embed.description ?? '';
      if (item.line.text === '' && (desc === '' || embed.fields?.length)) { placed++; continue; }
      const cost = item.line.text.length + (desc ? 1 : 0);
      if (embed.fields?.length || desc.length + cost > EMBED_LIMITS.description - RESERVE || chars + cost > EMBED_LIMITS.total - RESERVE) {
        if (!openEmbed(item.line.text.length)) break;
      }
      const added = embed.description ? `\n${item.line.text}` : item.line.text;
      embed.description = (embed.description ?? '') + added;
      chars += added.length;
    } else {
      const cost = item.field.name.length + item.field.value.length;
      if ((embed.fields?.length ?? 0) >= EMBED_LIMITS.fields || chars + cost > EMBED_LIMITS.total - RESERVE) {
        if (!openEmbed(cost)) break;
      }
      embed.fields = [...(embed.fields ?? []), item.field];
      chars += cost;
    }
    placed++;
  }
  const left = items.slice(placed).filter((i) => ('line' in i ? i.line.counts : true)).length;
  if (left > 0) {
    const more = `…and ${left} more`;
    embed.description = embed.description ? `${embed.description}\n${more}` : more;
  }
  messages.push(message);
  return messages;
}

function safeName(filename: string): string {
  return filename.replace(/[^A-Za-z0-9_.-]/g, '_') || 'attachment';
}

/**
 * Renders a message as one or more Discord message payloads (usually one). `maxMessages` bounds how many
 * messages a long digest may take before it is cut; edits pass 1 since an edit replaces a single message.
 */
export function renderDiscordMessage(message: Message, opts: { maxMessages?: number } = {}): DiscordPayload[] {
  const content = collect(message.sections);
  const head: APIEmbed = { color: colourOf(message) };
  if (message.title.trim()) head.title = truncate(plainDiscord(plain(message.title).trim()), EMBED_LIMITS.title);
  if (head.title && isHttpUrl(message.url)) head.url = message.url;
  if (message.timestamp && !Number.isNaN(Date.parse(message.timestamp))) head.timestamp = new Date(message.timestamp).toISOString();
  if (content.footer.length) head.footer = { text: truncate(content.footer.map(plain).join(' · '), EMBED_LIMITS.footer) };

  const files = (message.attachments ?? []).map((a) => ({ name: safeName(a.filename), data: Buffer.from(a.dataBase64, 'base64'), contentType: a.contentType }));
  const image = files.find((f) => f.contentType.startsWith('image/'));
  if (image) head.image = { url: `attachment://${image.name}` };

  const messages = pack(head, content, Math.max(1, opts.maxMessages ?? DEFAULT_MAX_MESSAGES));
  if (!head.title && !head.description && !head.fields?.length && !head.image) head.description = '—';
  const payloads: DiscordPayload[] = messages.map((embeds, i) => (i === 0 && files.length ? { embeds, files } : { embeds }));
  // The buttons go under the last message, after the facts they judge.
  if (message.actions?.length) payloads[payloads.length - 1]!.components = [buttonRow(message.actions)];
  return payloads;
}
