// A change or a new launch or ban is high (core/severity.ts) — once it is more than one outlet's word. While every
// report that makes it high is still pending, the story is normal: a misread headline ("potential US ban") does not
// reach high-only channels, and a genuine one does as soon as a second outlet or a trusted source confirms it.
import type { Comparison, Severity } from '../types.ts';

function makesHigh(c: Comparison): boolean {
  if (c.history) return false;
  return c.status === 'changes' || (c.status === 'new' && (c.fact.type === 'ban' || c.fact.type === 'launch'));
}

export function severityWithEvidence(severity: Severity, comparisons: Comparison[]): Severity {
  if (severity !== 'high') return severity;
  const drivers = comparisons.filter(makesHigh);
  if (drivers.length === 0 || drivers.some((c) => c.evidence?.state !== 'pending' && c.evidence?.state !== 'rejected')) return 'high';
  return 'normal';
}
