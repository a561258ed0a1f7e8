// What /tts status answers in a chat. By default the asker alone sees a compact summary (the newest entries per
// subject, the latest GMV figures, reported changes waiting) with a "Share in channel" button: a channel is not
// flooded with ~25 lines because one person was curious. `full` gives every entry; `public` (or the button)
// posts the answer for the whole channel. Pure: the use case reads the store.
import { MARKET_NAMES, type Market } from '../taxonomy.ts';
import type { Message, MessageAction, Section } from '../message.ts';
import type { BaselineEntry } from '../types.ts';
import type { ReportedChange } from '../evidence/reported-change.ts';
import { pendingLine, withPendingReports } from '../evidence/pending-in-status.ts';
import { gmvTable } from '../digest/gmv-table.ts';
import { entryLine, renderStatus } from './render-status.ts';
import type { Command } from './command.ts';

export type StatusCommand = Extract<Command, { name: 'status' }>;

/** Slack action_id of the button; Discord's custom_id is `tts_share:status:<value>`. */
export const SHARE_STATUS_ACTION_ID = 'tts_share:status';

const SUMMARY_GROUPS: { prefix: string; title: string }[] = [
  { prefix: 'launch', title: 'Launch and model' },
  { prefix: 'threshold', title: 'Entry thresholds' },
  { prefix: 'ban', title: 'Bans' },
];
/** Entries shown per group in the summary, newest first; the rest is counted. */
const PER_GROUP = 2;
const PENDING_SHOWN = 3;

/** The button under a private answer; its value says what to share again ("US", "US:full"). */
export function shareStatusAction(cmd: StatusCommand): MessageAction {
  return { action: 'share', label: 'Share in channel', value: cmd.view === 'full' ? `${cmd.market}:full` : cmd.market };
}

/** A button press back to the command it shares, or null for a value this bot did not write. */
export function statusCommandOfShare(value: string): StatusCommand | null {
  const m = /^([A-Z]{2,6})(:full)?$/.exec(value);
  const market = m && Object.hasOwn(MARKET_NAMES, m[1]!) ? (m[1] as Market) : null;
  return market ? { name: 'status', market, view: m![2] ? 'full' : 'summary', share: true } : null;
}

/** Discord custom_id of the share button ("tts_share:status:US:full", well under 100 characters). */
export function shareCustomId(a: MessageAction): string {
  return `${SHARE_STATUS_ACTION_ID}:${a.value}`;
}

/** The shared status command of a Discord custom_id, or null. */
export function statusCommandOfCustomId(customId: string): StatusCommand | null {
  return customId.startsWith(`${SHARE_STATUS_ACTION_ID}:`) ? statusCommandOfShare(customId.slice(SHARE_STATUS_ACTION_ID.length + 1)) : null;
}

function summarySections(market: Market, entries: BaselineEntry[], pending: ReportedChange[]): Section[] {
  const sections: Section[] = [];
  const fields: { name: string; value: string }[] = [];
  for (const group of SUMMARY_GROUPS) {
    const rows = entries.filter((e) => e.key.startsWith(`${group.prefix}:`)).sort((a, b) => b.date.localeCompare(a.date));
    if (rows.length === 0) continue;
    const more = rows.length > PER_GROUP ? `\n…and ${rows.length - PER_GROUP} more` : '';
    fields.push({ name: group.title, value: rows.slice(0, PER_GROUP).map(entryLine).join('\n') + more });
  }
  if (fields.length) sections.push({ type: 'fields', fields });
  const gmv = gmvTable(market, entries);
  // A summary says what is known: "latest target: —" is left out.
  const figures = gmv?.type === 'fields' ? gmv.fields.filter((f) => f.value !== '—') : [];
  if (figures.length) sections.push({ type: 'fields', fields: figures });
  if (pending.length) {
    const rows = [...pending].sort((a, b) => a.id - b.id);
    const more = rows.length > PENDING_SHOWN ? [{ text: `…and ${rows.length - PENDING_SHOWN} more: /tts review ${market.toLowerCase()}` }] : [];
    sections.push({ type: 'list', title: 'Reported, not yet confirmed', items: [...rows.slice(0, PENDING_SHOWN).map((r) => ({ text: pendingLine(r) })), ...more] });
  }
  return sections;
}

/** The chat answer to /tts status: summary or full, private (with the share button) or for the channel. */
export function statusReply(
  cmd: StatusCommand, entries: BaselineEntry[], history: ReadonlyMap<string, BaselineEntry[]>, pending: ReportedChange[],
): Message {
  const word = cmd.market.toLowerCase();
  const full = withPendingReports(renderStatus(cmd.market, entries, history), pending);
  const known = entries.length > 0 || pending.length > 0;
  const base: Message = cmd.view === 'full' || !known ? full : { ...full, sections: summarySections(cmd.market, entries, pending) };
  const hint = cmd.view === 'full' ? '' : `Every entry with its source: /tts status ${word} full.`;
  if (cmd.share) return hint ? { ...base, sections: [...base.sections, { type: 'context', text: hint }] } : base;
  return {
    ...base,
    ephemeral: true,
    sections: [...base.sections, { type: 'context', text: `Only you see this. ${hint ? `${hint} ` : ''}Share in channel shows it to everyone (or /tts status ${word}${cmd.view === 'full' ? ' full' : ''} public).` }],
    actions: [shareStatusAction(cmd)],
  };
}
