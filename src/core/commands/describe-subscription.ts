// How a channel's subscription reads to a person: one line per market ("United States: Ban, GMV figure"),
// then the digest schedule. Used by /tts subscribe, unsubscribe, subscriptions and the CLI.
import { MARKET_NAMES, TAG_NAMES, type Market } from '../taxonomy.ts';
import type { Subscription, SubscriptionRule } from '../types.ts';
import { sortRules } from '../subscriptions/subscription-rules.ts';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function qualifier(r: SubscriptionRule): string {
  const parts = [
    r.minSeverity === 'high' ? 'high severity only' : r.minSeverity === 'normal' ? 'normal and high severity' : '',
    r.confirms ? 'with confirmations' : '',
  ].filter(Boolean);
  return parts.join(', ');
}

function tagsLine(rules: SubscriptionRule[]): string {
  const name = (r: SubscriptionRule) => (r.tag === null ? 'every tag' : TAG_NAMES[r.tag]);
  const quals = new Set(rules.map(qualifier));
  if (quals.size === 1) {
    const q = [...quals][0]!;
    return `${rules.map(name).join(', ')}${q ? ` (${q})` : ''}`;
  }
  return rules.map((r) => `${name(r)}${qualifier(r) ? ` (${qualifier(r)})` : ''}`).join(', ');
}

function marketName(m: Market | null): string {
  return m === null ? 'All markets' : `${MARKET_NAMES[m]} (${m})`;
}

/** One line per market, in taxonomy order, "All markets" last; four or more markets alike share one line. */
export function describeRules(rules: SubscriptionRule[]): string[] {
  const byMarket = new Map<Market | null, SubscriptionRule[]>();
  for (const r of sortRules(rules)) byMarket.set(r.market, [...(byMarket.get(r.market) ?? []), r]);
  const byText = new Map<string, (Market | null)[]>();
  for (const [m, rs] of byMarket) {
    const text = tagsLine(rs);
    byText.set(text, [...(byText.get(text) ?? []), m]);
  }
  const lines: string[] = [];
  for (const [m, rs] of byMarket) {
    const text = tagsLine(rs);
    const alike = byText.get(text)!;
    if (alike.length >= 4) {
      if (alike[0] === m) lines.push(`${alike.map((x) => x ?? 'all').join(', ')}: ${text}`);
      continue;
    }
    lines.push(`${marketName(m)}: ${text}`);
  }
  return lines;
}

export function describeDigest(digest: Subscription['digest']): string {
  const hour = `${String(digest.hour).padStart(2, '0')}:00 ${digest.timeZone}`;
  return digest.cadence === 'off' ? 'no digest'
    : digest.cadence === 'daily' ? `daily digest at ${hour}` : `weekly digest ${DAY_NAMES[digest.day]} ${hour}`;
}

/** Several lines: what the channel follows per market, then its digest. */
export function describeSubscription(sub: Subscription): string {
  return [...describeRules(sub.rules).map((l) => `• ${l}`), `Digest: ${describeDigest(sub.digest)}`].join('\n');
}
