// Turns a story cluster into the neutral alert message every adapter renders.
import { MARKET_NAMES, TAG_NAMES } from './taxonomy.ts';
import type { Message, Section } from './message.ts';
import type { Cluster, Comparison, Fact } from './types.ts';
import { reviewActions } from './evidence/review-actions.ts';
import { formatFact } from './format-fact.ts';

const SEVERITY_LABEL = { high: 'High', normal: 'Normal', low: 'Low' } as const;

/** The value alone, for "old → new": "1,000", "$14M/day (actual, TikTok Shop)", "2025-03". */
function valueOf(fact: Fact): string {
  if (fact.type === 'threshold') return fact.to !== null ? fact.to.toLocaleString('en-US') : fact.from !== null ? `not ${fact.from.toLocaleString('en-US')}` : 'changed';
  if (fact.type === 'launch') return fact.date ?? 'date not stated';
  return formatFact({ ...fact, market: null } as Fact);
}

/** "US creator followers", "SEA GMV (TikTok Shop, day, actual)". */
function subjectLabel(market: string, key: string): string {
  const [kind, ...rest] = key.split(':');
  const words = rest.join(' ').replace(/_/g, ' ');
  return kind === 'gmv' ? `${market} GMV (${words})` : kind === 'launch' ? `${market} launch (${words})` : `${market} ${words}`;
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

function sourceText(s: { name: string; link: string | null }): string {
  return s.link ? `[${s.name}](${s.link})` : s.name;
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
      label: subjectLabel(c.previous.market, c.key),
      from: valueOf(c.previous.fact),
      to: valueOf(c.fact),
      fromSource: `${c.previous.source} (${c.previous.date})`,
      toSource: `${cluster.sources[0] ? sourceText(cluster.sources[0]) : 'this story'}${c.evidence?.state === 'pending' ? ' · unconfirmed' : ''}`,
    });
  }
  const factLines = cluster.comparisons.length
    ? cluster.comparisons.map((c) => {
        const note = c.history ? 'older report, kept as history'
          : c.status === 'confirms' ? `confirms what we knew${c.previous && c.previous.corroboration > 0 ? `, ${c.previous.corroboration + 1} sources` : ''}`
          : c.status === 'new' ? 'new' : 'changes the baseline';
        const evidence = evidenceNote(c);
        return { text: `${formatFact(c.fact)} — ${note}${evidence ? ` (${evidence})` : ''}` };
      })
    : cluster.facts.map((f) => ({ text: formatFact(f) }));
  if (factLines.length) sections.push({ type: 'list', title: 'Facts', items: factLines });
  const n = cluster.sources.length;
  sections.push({ type: 'context', text: `${n} source${n === 1 ? '' : 's'}: ${cluster.sources.map(sourceText).join(', ')}` });
  return {
    kind: 'alert',
    title: cluster.title,
    url: cluster.link,
    tags: cluster.tags,
    markets: cluster.markets,
    severity: cluster.severity,
    sections,
    timestamp: cluster.firstSeen,
    ...(reviewActions(cluster).length ? { actions: reviewActions(cluster) } : {}),
  };
}
