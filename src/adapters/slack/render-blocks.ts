// Turns the neutral Message into Slack Block Kit. Slack rejects a whole message (invalid_blocks) when one limit
// is exceeded, so every text is cut to its limit here and long digests are spread over several messages, then
// cut with an "…and N more" line: a message is never refused for being long.
import { REVIEW_ACTION_PREFIX } from '../../core/evidence/review-actions.ts';
import { SHARE_STATUS_ACTION_ID } from '../../core/commands/status-reply.ts';
import type { types as SlackTypes } from '@slack/bolt';
import type { Message, Section } from '../../core/message.ts';
import { MARKET_NAMES, TAG_NAMES } from '../../core/taxonomy.ts';
import type { Severity } from '../../core/types.ts';
import { escapeMrkdwn, isHttpUrl, plainMrkdwn, slackLink, stripMarkup, toMrkdwn, truncateMrkdwn, truncatePlain } from './to-mrkdwn.ts';

type KnownBlock = SlackTypes.KnownBlock;

/** Slack's documented Block Kit limits (characters, except counts). */
export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  /** Top-level `text` is truncated by Slack beyond 40,000; notifications show far less. */
  fallbackText: 3000,
} as const;

export interface SlackPayload {
  /** Fallback for notifications, screen readers and clients without Block Kit. */
  text: string;
  blocks: KnownBlock[];
}

const DEFAULT_MAX_MESSAGES = 5;
const SEVERITY_LABEL: Record<Severity, string> = { high: ':rotating_light: High', normal: 'Normal', low: 'Low' };

/** A block plus how many user-visible items (list lines) it carries, for the "…and N more" count. */
interface Unit { block: KnownBlock; items: number }

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: truncateMrkdwn(text, BLOCK_LIMITS.sectionText) } });
const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: truncateMrkdwn(text, BLOCK_LIMITS.contextText) }] });

/** Groups lines into sections of at most 3,000 characters; a single overlong line is cut. */
function linesToUnits(lines: { text: string; counts: boolean }[]): Unit[] {
  const units: Unit[] = [];
  let text = '';
  let items = 0;
  for (const line of lines) {
    const t = truncateMrkdwn(line.text, BLOCK_LIMITS.sectionText);
    if (text && text.length + 1 + t.length > BLOCK_LIMITS.sectionText) {
      units.push({ block: section(text), items });
      text = '';
      items = 0;
    }
    text = text ? `${text}\n${t}` : t;
    if (line.counts) items++;
  }
  if (text.trim()) units.push({ block: section(text), items });
  return units;
}

function fieldsToUnits(fields: { name: string; value: string }[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < fields.length; i += BLOCK_LIMITS.fieldsPerSection) {
    units.push({
      block: {
        type: 'section',
        fields: fields.slice(i, i + BLOCK_LIMITS.fieldsPerSection).map((f) => ({
          type: 'mrkdwn' as const,
          text: truncateMrkdwn(`*${plainMrkdwn(stripMarkup(f.name).trim() || '—')}*\n${toMrkdwn(f.value.trim() || '—')}`, BLOCK_LIMITS.fieldText),
        })),
      },
      items: 0,
    });
  }
  return units;
}

function sectionToUnits(s: Section): Unit[] {
  switch (s.type) {
    case 'text':
      return linesToUnits(s.text.split('\n').map((t) => ({ text: toMrkdwn(t), counts: false })));
    case 'fields':
      return s.fields.length ? fieldsToUnits(s.fields) : [];
    case 'change':
      return [{
        block: section([
          `*Changed: ${plainMrkdwn(stripMarkup(s.label))}*`,
          `~${plainMrkdwn(stripMarkup(s.from))}~ → *${plainMrkdwn(stripMarkup(s.to))}*`,
          `Before: ${toMrkdwn(s.fromSource)}`,
          `Now: ${toMrkdwn(s.toSource)}`,
        ].join('\n')),
        items: 0,
      }];
    case 'list': {
      const lines = s.items.map((i) => ({
        text: `• ${isHttpUrl(i.url) && !i.text.includes('](') ? slackLink(i.url, stripMarkup(i.text)) : toMrkdwn(i.text)}`,
        counts: true,
      }));
      if (s.title) lines.unshift({ text: `*${plainMrkdwn(stripMarkup(s.title))}*`, counts: false });
      return linesToUnits(lines);
    }
    case 'divider':
      return [{ block: { type: 'divider' }, items: 0 }];
    case 'context':
      return s.text.trim() ? [{ block: context(toMrkdwn(s.text)), items: 0 }] : [];
  }
}

/**
 * Block Kit buttons; the action_id routes a press back: "tts_review:confirm|reject" (handle-review-action.ts),
 * "tts_share:status" (handle-share-action.ts).
 */
function actionsBlock(actions: NonNullable<Message['actions']>): KnownBlock {
  const share = actions.every((a) => a.action === 'share');
  return {
    type: 'actions',
    block_id: share ? 'tts_share' : 'tts_review',
    elements: actions.map((a) => ({
      type: 'button',
      action_id: a.action === 'share' ? SHARE_STATUS_ACTION_ID : `${REVIEW_ACTION_PREFIX}:${a.action}`,
      text: { type: 'plain_text', text: a.label, emoji: false },
      value: a.value.slice(0, 2000),
      ...(a.style ? { style: a.style } : {}),
    })),
  } satisfies SlackTypes.ActionsBlock;
}

/** Slack renders <!date^…> in each reader's own time zone. */
function dateToken(iso: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC>`;
}

/** The top of the first message: title (header, or linked when the message has a source) and labels. */
function headUnits(message: Message): Unit[] {
  const units: Unit[] = [];
  const title = stripMarkup(message.title).replace(/\s+/g, ' ').trim();
  if (title && isHttpUrl(message.url)) {
    // A header cannot hold a link; a bold linked title shows the story and leads to its source in one line.
    units.push({ block: section(`*${slackLink(message.url, truncatePlain(title, 500))}*`), items: 0 });
  } else if (title) {
    units.push({ block: { type: 'header', text: { type: 'plain_text', text: truncatePlain(title, BLOCK_LIMITS.headerText), emoji: true } }, items: 0 });
  }
  const labels: string[] = [];
  if (message.tags?.length) labels.push(`:label: ${message.tags.map((t) => TAG_NAMES[t]).join(', ')}`);
  if (message.markets?.length) labels.push(`:earth_asia: ${message.markets.map((m) => `${MARKET_NAMES[m]} (${m})`).join(', ')}`);
  if (message.severity && message.kind === 'alert') labels.push(SEVERITY_LABEL[message.severity]);
  const when = message.timestamp ? dateToken(message.timestamp) : null;
  if (when) labels.push(when);
  if (labels.length) units.push({ block: context(labels.join('  ·  ')), items: 0 });
  return units;
}

function fallbackText(message: Message): string {
  const title = stripMarkup(message.title).trim();
  // Replies already name their market in the title; alerts gain their labels in the notification.
  const labels = message.kind !== 'alert' ? '' : [
    message.tags?.map((t) => TAG_NAMES[t]).join(', '),
    message.markets?.join(', '),
  ].filter(Boolean).join(' · ');
  const firstText = message.sections.find((s): s is Extract<Section, { type: 'text' }> => s.type === 'text')?.text;
  const text = [title, labels ? `(${labels})` : '', !title && firstText ? stripMarkup(firstText) : ''].filter(Boolean).join(' ');
  // The fallback is mrkdwn too: escape it so a "<!channel>" in a title stays text.
  return truncateMrkdwn(escapeMrkdwn(text || 'tts-radar'), BLOCK_LIMITS.fallbackText);
}

/**
 * Renders a message as one or more Slack payloads (usually one). `maxMessages` bounds how many messages a long
 * digest may take before it is cut with "…and N more"; edits pass 1 since an edit replaces a single message.
 */
export function renderSlackMessage(message: Message, opts: { maxMessages?: number } = {}): SlackPayload[] {
  const maxMessages = Math.max(1, opts.maxMessages ?? DEFAULT_MAX_MESSAGES);
  const head = headUnits(message);
  const body = message.sections.flatMap(sectionToUnits);
  const per = BLOCK_LIMITS.blocksPerMessage;
  const pages: Unit[][] = [];
  let page: Unit[] = [...head];
  let index = 0;
  for (; index < body.length; index++) {
    if (page.length >= per) {
      if (pages.length + 1 >= maxMessages) break;
      pages.push(page);
      page = [];
    }
    page.push(body[index]!);
  }
  if (index < body.length) {
    // Out of room: the last block makes way for the count of what was left out.
    const dropped = [page.pop()!, ...body.slice(index)];
    const items = dropped.reduce((n, u) => n + u.items, 0);
    page.push({ block: context(`…and ${items || dropped.length} more`), items: 0 });
  }
  pages.push(page);
  // The Confirm / Wrong buttons close the last message, where the reader has just read the facts.
  if (message.actions?.length) {
    const last = pages[pages.length - 1]!;
    if (last.length >= per) last.pop();
    last.push({ block: actionsBlock(message.actions), items: 0 });
  }
  const text = fallbackText(message);
  return pages
    .filter((p, i) => i === 0 || p.length > 0)
    .map((p, i, all) => ({
      text: all.length > 1 ? truncateMrkdwn(`${text} (${i + 1}/${all.length})`, BLOCK_LIMITS.fallbackText) : text,
      blocks: p.length ? p.map((u) => u.block) : [section(text)],
    }));
}
