// Turns a story cluster into the neutral alert message every adapter renders.
import { MARKET_NAMES, TAG_NAMES } from './taxonomy.ts';
import type { Message, Section } from './message.ts';
import type { Cluster } from './types.ts';
import { formatBaselineValue, formatFact } from './format-fact.ts';

const SEVERITY_LABEL = { high: 'High', normal: 'Normal', low: 'Low' } as const;

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
      label: `${c.previous.market} ${c.key.replace(/^[a-z]+:/, '').replace(/[_:]/g, ' ')}`,
      from: formatBaselineValue(c.previous),
      to: formatFact(c.fact),
      fromSource: `${c.previous.source} (${c.previous.date})`,
      toSource: cluster.sources[0] ? sourceText(cluster.sources[0]) : 'this story',
    });
  }
  const factLines = cluster.comparisons.length
    ? cluster.comparisons.map((c) => {
        const note = c.history ? 'older report, kept as history'
          : c.status === 'confirms' ? `confirms what we knew${c.previous && c.previous.corroboration > 0 ? `, ${c.previous.corroboration + 1} sources` : ''}`
          : c.status === 'new' ? 'new' : 'changes the baseline';
        return { text: `${formatFact(c.fact)} — ${note}` };
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
  };
}
