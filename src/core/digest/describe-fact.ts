// Short human wording of a fact and of a baseline subject, for the digest's "old → new" lines.
// (Kept local to the digest: it needs a terse value, not the alert's full sentence.)
import type { Fact } from '../types.ts';
import { formatGmv } from './format-gmv.ts';

function words(snake: string): string {
  const text = snake.replace(/[_:]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function count(n: number | null): string {
  return n === null ? 'not stated' : n.toLocaleString('en-US');
}

/** The value a fact states: "1,000", "$9M/day", "2026-03", "banned by the platform". */
export function describeFactValue(fact: Fact): string {
  switch (fact.type) {
    case 'gmv': return formatGmv(fact);
    case 'threshold': return count(fact.to);
    case 'launch': return fact.date ? `launch ${fact.date}` : 'launch, date not stated';
    case 'ban': return `banned by the ${fact.by}: ${fact.target}`;
  }
}

/** What the value is about: "US creator followers", "US TikTok Shop GMV (day, actual)". */
export function describeSubject(market: string, key: string, fact: Fact): string {
  switch (fact.type) {
    case 'gmv': return `${market} ${fact.platform === 'tiktok_shop' ? 'TikTok Shop' : words(fact.platform)} GMV (${fact.period}, ${fact.kind})`;
    case 'threshold': return `${market} ${words(fact.subject).toLowerCase()}`;
    case 'launch': return `${market} ${fact.what} launch`;
    case 'ban': return `${market} ${words(key.split(':').slice(1).join(' ')).toLowerCase() || 'ban'}`;
  }
}
