// One GMV fact per figure: the same figure told twice keeps one fact.
import type { GmvFact } from '../types.ts';

export function dedupe(facts: GmvFact[]): GmvFact[] {
  const seen = new Set<string>();
  const once = facts.filter((f) => {
    const k = `${f.market}|${f.low_usd}|${f.high_usd}|${f.period}|${f.kind}|${f.platform}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // One figure told twice, once by a named period ("in the first half") and once by its months ("between January and
  // June"), is one fact: the named period wins over the span.
  const figure = (f: GmvFact) => `${f.market}|${f.low_usd}|${f.high_usd}|${f.currency ?? ''}|${f.kind}|${f.platform}`;
  const named = new Set(once.filter((f) => f.period !== 'range').map(figure));
  return once.filter((f) => f.period !== 'range' || !named.has(figure(f)));
}
