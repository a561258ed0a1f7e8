// The knowledge base's uncertainty where people read the digest: a change that rests on one outlet's word is not
// listed under "What changed" (it has not changed what we know yet) but under "Reported, not yet confirmed", with
// its number for /tts accept or reject; a change marked wrong is not listed at all. The GMV table and chart draw
// only confirmed figures, and say so when unconfirmed ones were left out.
import type { Market, Tag } from '../taxonomy.ts';
import type { Section } from '../message.ts';
import type { Comparison, Fact } from '../types.ts';
import type { ReportedChange } from '../evidence/reported-change.ts';
import { pendingLine } from '../evidence/pending-in-status.ts';

const TAG_OF: Record<Fact['type'], Tag> = { launch: 'launch', threshold: 'threshold_change', ban: 'ban', gmv: 'gmv_figure' };

/** Where a comparison's reported change stands now (the report may have been settled since the item came in). */
function stateNow(c: Comparison, reports: ReadonlyMap<number, ReportedChange>): ReportedChange['state'] | null {
  if (!c.evidence) return null;
  return reports.get(c.evidence.reportId)?.state ?? c.evidence.state;
}

/** True when the change is in the baseline now: no report behind it, or one confirmed or accepted. */
export function changeIsSettled(c: Comparison, reports: ReadonlyMap<number, ReportedChange>): boolean {
  const state = stateNow(c, reports);
  return state === null || state === 'confirmed' || state === 'accepted';
}

/** Pending reports the digest covers: its markets (all when none) and tags (all when none), oldest first. */
export function pendingInScope(reports: readonly ReportedChange[], inScope: (m: Market) => boolean, tags: readonly Tag[]): ReportedChange[] {
  return reports
    .filter((r) => r.state === 'pending' && inScope(r.market) && (tags.length === 0 || tags.includes(TAG_OF[r.fact.type])))
    .sort((a, b) => a.id - b.id);
}

/** "Reported, not yet confirmed": one line per pending report, "#12 US · Creators need 5,000 … · unconfirmed". */
export function unconfirmedSection(pending: readonly ReportedChange[], limit = 10): Section | null {
  if (pending.length === 0) return null;
  const items: { text: string }[] = pending.slice(0, limit).map((r) => ({ text: pendingLine(r).replace(/^#\d+ /, `#${r.id} ${r.market} · `) }));
  if (pending.length > limit) items.push({ text: `…and ${pending.length - limit} more (/tts review)` });
  return { type: 'list', title: 'Reported, not yet confirmed (one outlet\'s word; /tts accept or reject <number>)', items };
}

/** Under the GMV table: which markets' unconfirmed figures the table and chart leave out. */
export function unconfirmedGmvNote(pending: readonly ReportedChange[], markets: readonly Market[]): Section | null {
  const left = pending.filter((r) => r.fact.type === 'gmv' && markets.includes(r.market));
  if (left.length === 0) return null;
  const ids = left.map((r) => `#${r.id}`).join(', ');
  return { type: 'context', text: `Not in the GMV table or chart until confirmed: ${left.length} unconfirmed figure${left.length === 1 ? '' : 's'} (${ids}, listed above).` };
}
