// How loudly an item should be announced. A change to what we knew (threshold 5,000 → 1,000, a moved launch date)
// is high; news on a ban or a launch that the baseline did not hold is high too, because a market opening or a
// prohibition is what teams act on; other new facts (a threshold, a GMV figure) are normal; repeats of known values,
// old reports kept as history and items without facts are low.
import type { Tag } from './taxonomy.ts';
import type { Comparison, Severity } from './types.ts';
import { SEVERITIES } from './types.ts';

export function severityFor(tags: Tag[], comparisons: Comparison[]): Severity {
  const live = comparisons.filter((c) => !c.history);
  if (live.some((c) => c.status === 'changes')) return 'high';
  const fresh = live.filter((c) => c.status === 'new');
  if (fresh.some((c) => c.fact.type === 'ban' || c.fact.type === 'launch')) return 'high';
  if (fresh.length > 0) return 'normal';
  // Tagged but without a market-bound fact (e.g. "hosts must now be 18"): still worth a normal alert for a rule.
  if (comparisons.length === 0 && tags.some((t) => t === 'ban' || t === 'threshold_change' || t === 'launch')) return 'normal';
  return 'low';
}

/** The loudest of the given severities ('low' when none is given). */
export function highestSeverity(...severities: Severity[]): Severity {
  return severities.reduce<Severity>((a, b) => (SEVERITIES.indexOf(b) > SEVERITIES.indexOf(a) ? b : a), 'low');
}
