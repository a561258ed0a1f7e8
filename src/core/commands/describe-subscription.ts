// One-line human description of a subscription, used in replies.
import { TAG_NAMES } from '../taxonomy.ts';
import type { Subscription } from '../types.ts';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function describeSubscription(sub: Subscription): string {
  const markets = sub.markets.length ? sub.markets.join(', ') : 'all markets';
  const tags = sub.tags.length ? sub.tags.map((t) => TAG_NAMES[t]).join(', ') : 'all tags';
  const severity = sub.minSeverity === 'high' ? ', high-severity only' : sub.minSeverity === 'normal' ? ', normal and high severity' : '';
  const hour = `${String(sub.digest.hour).padStart(2, '0')}:00 ${sub.digest.timeZone}`;
  const digest = sub.digest.cadence === 'off'
    ? 'no digest'
    : sub.digest.cadence === 'daily'
      ? `daily digest at ${hour}`
      : `weekly digest ${DAY_NAMES[sub.digest.day]} ${hour}`;
  return `alerts for ${markets} (${tags}${severity}), ${digest}`;
}
