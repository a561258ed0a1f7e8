// `status` keeps the confirmed values and lists the pending reported changes beneath them, each with its number,
// outlet and date, so a reader sees what is claimed but not yet confirmed (and can /tts accept or reject it).
import type { Message } from '../message.ts';
import { formatFact, sourceLink } from '../format/index.ts';
import type { ReportedChange } from './reported-change.ts';

/** "#12 Creator minimum followers: 5,000 — reported by Reuters · 2026-11-30 · [source](…) · unconfirmed". */
export function pendingLine(r: ReportedChange): string {
  return `#${r.id} ${formatFact({ ...r.fact, market: null })} — reported by ${r.outlet} · ${r.date} · ${sourceLink(r.source)} · unconfirmed`;
}

export function withPendingReports(status: Message, pending: ReportedChange[]): Message {
  if (pending.length === 0) return status;
  const rows = [...pending].sort((a, b) => a.id - b.id);
  // A market with nothing confirmed yet shows only the pending reports, not "nothing known".
  const sections = status.sections.filter((s) => !(s.type === 'text' && s.text.startsWith('Nothing known yet')));
  return {
    ...status,
    sections: [
      ...sections,
      { type: 'list', title: 'Reported, not yet confirmed', items: rows.map((r) => ({ text: pendingLine(r) })) },
      { type: 'context', text: 'One outlet\'s word: it becomes the baseline when a second outlet reports it, or with /tts accept <number>; /tts reject <number> drops it.' },
    ],
  };
}
