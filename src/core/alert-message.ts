// Turns a story cluster into the neutral alert message every adapter renders.
import { MARKET_NAMES, TAG_NAMES } from './taxonomy.ts';
import type { Message, Section } from './message.ts';
import type { Cluster, Comparison } from './types.ts';
import { reviewActions } from './evidence/review-actions.ts';
import { factValue, formatFact, sourceCount, sourceName, sourceText, subjectLabel } from './format/index.ts';

const SEVERITY_LABEL = { high: 'High', normal: 'Normal', low: 'Low' } as const;

/** Publication and detection differ by more than this before the alert names both. */
const SEEN_LATER_MS = 6 * 60 * 60 * 1000;

/** "30 Nov 2026, 08:00 UTC". */
// One formatter for all alerts: toLocaleDateString builds a new one per call, which showed in the ingest profile.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function when(iso: string): string {
  const d = new Date(iso);
  const day = DAY.format(d);
  return `${day}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** "Published 30 Nov 2026, 08:00 UTC", plus "· seen …" when we found it much later (a feed's late or first fetch). */
function timeLine(cluster: Cluster): string {
  const published = cluster.published && !Number.isNaN(Date.parse(cluster.published)) ? cluster.published : null;
  if (!published) return `Seen ${when(cluster.firstSeen)} (the feed gave no publication time)`;
  const late = Date.parse(cluster.firstSeen) - Date.parse(published) > SEEN_LATER_MS;
  return `Published ${when(published)}${late ? ` · seen ${when(cluster.firstSeen)}` : ''}`;
}

/** "reported by Reuters · unconfirmed", "confirmed by a second outlet, Bloomberg", or '' for facts with no report. */
export function evidenceNote(c: Comparison): string {
  const e = c.evidence;
  if (!e) return '';
  if (e.state === 'pending') return `reported by ${e.outlet} · unconfirmed`;
  if (e.state === 'rejected') return `reported by ${e.outlet} · marked wrong`;
  if (e.state === 'accepted') return `reported by ${e.outlet} · accepted`;
  return `reported by ${e.outlet} · ${e.reason ?? 'confirmed'}`;
}

export function buildAlertMessage(cluster: Cluster): Message {
  const sections: Section[] = [];
  sections.push({
    type: 'fields',
    fields: [
      { name: 'Tags', value: cluster.tags.map((t) => TAG_NAMES[t]).join(', ') || '—' },
      { name: 'Markets', value: cluster.markets.map((m) => MARKET_NAMES[m]).join(', ') || '—' },
      { name: 'Severity', value: SEVERITY_LABEL[cluster.severity] },
    ],
  });
  for (const c of cluster.comparisons) {
    if (c.status !== 'changes' || c.history || !c.previous) continue;
    sections.push({
      type: 'change',
      label: subjectLabel(c.previous.market, c.fact),
      from: factValue(c.previous.fact),
      to: factValue(c.fact),
      fromSource: `${sourceName(c.previous.source)} (${c.previous.date})`,
      toSource: `${cluster.sources[0] ? sourceText(cluster.sources[0]) : 'this story'}${c.evidence?.state === 'pending' ? ' · unconfirmed' : ''}`,
    });
  }
  const factLines = cluster.comparisons.length
    ? cluster.comparisons.map((c) => {
        const note = c.history ? 'older report, kept as history'
          // The story's own sources are counted once, below; here only where the known value came from.
          : c.status === 'confirms' ? `confirms what we knew${c.previous ? ` (${sourceName(c.previous.source)}, ${c.previous.date})` : ''}`
          : c.status === 'new' ? 'new' : 'changes the baseline';
        const evidence = evidenceNote(c);
        return { text: `${formatFact(c.fact)} — ${note}${evidence ? ` (${evidence})` : ''}` };
      })
    : cluster.facts.map((f) => ({ text: formatFact(f) }));
  if (factLines.length) sections.push({ type: 'list', title: 'Facts', items: factLines });
  const n = cluster.sources.length;
  sections.push({ type: 'context', text: `${sourceCount(n)}: ${cluster.sources.map(sourceText).join(', ')}` });
  sections.push({ type: 'context', text: timeLine(cluster) });
  return {
    kind: 'alert',
    title: cluster.title,
    url: cluster.link,
    tags: cluster.tags,
    markets: cluster.markets,
    severity: cluster.severity,
    sections,
    timestamp: cluster.published ?? cluster.firstSeen,
    ...(reviewActions(cluster).length ? { actions: reviewActions(cluster) } : {}),
  };
}
