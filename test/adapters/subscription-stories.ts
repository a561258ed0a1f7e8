// Stories for the subscription tests on both platforms: one per market × tag, and a confirmation-only one, so a
// test can ask "which of these would reach the channel?" through the real routing.
import type { Store, Clock } from '../../src/core/ports.ts';
import type { Market, Tag } from '../../src/core/taxonomy.ts';
import type { Cluster, Comparison, Fact } from '../../src/core/types.ts';
import { enqueueAlertsForCluster } from '../../src/app/route-alerts.ts';

let counter = 0;

function factFor(market: Market, tag: Tag): Fact {
  switch (tag) {
    case 'ban': return { type: 'ban', market, by: 'government', target: `vapes ${counter}` };
    case 'gmv_figure': return { type: 'gmv', market, low_usd: 5e7 + counter, high_usd: 5e7 + counter, period: 'day', kind: 'actual', platform: 'tiktok_shop' };
    case 'launch': return { type: 'launch', market, date: '2027-01', what: `live shopping ${counter}` };
    case 'threshold_change': return { type: 'threshold', market, subject: 'creator_followers', from: null, to: 5000 + counter };
  }
}

/** A new-fact story for one market and tag (high severity, so any severity rule lets it through). */
export function story(market: Market, tag: Tag, opts: { confirms?: boolean } = {}): Cluster {
  counter++;
  const fact = factFor(market, tag);
  const comparison: Comparison = { fact, status: opts.confirms ? 'confirms' : 'new', previous: null, key: `${tag}:story-${counter}` };
  return {
    id: `story-${market}-${tag}-${counter}`, title: `${market} ${tag} story ${counter}`, link: `https://news.example.com/${counter}`,
    tags: [tag], markets: [market], facts: [fact], comparisons: [comparison], severity: opts.confirms ? 'low' : 'high',
    sources: [{ name: 'Seller Daily', link: `https://news.example.com/${counter}` }],
    firstSeen: '2025-06-02T09:00:00Z', lastSeen: '2025-06-02T09:00:00Z',
  };
}

/** Which of the named stories ("US ban", "SEA gmv", "US gmv confirms") the one subscribed channel would get. */
export async function reaching(store: Store, clock: Clock, names: string[]): Promise<string[]> {
  const got: string[] = [];
  for (const name of names) {
    const [market, tag, confirms] = name.split(' ') as [Market, string, string | undefined];
    const t = ({ ban: 'ban', gmv: 'gmv_figure', launch: 'launch', threshold: 'threshold_change' } as const)[tag as 'ban']!;
    if ((await enqueueAlertsForCluster(story(market, t, { confirms: confirms === 'confirms' }), { store, clock })) > 0) got.push(name);
  }
  return got;
}

export const PROBES = ['US ban', 'US gmv', 'US launch', 'SEA gmv', 'SEA ban', 'UK gmv', 'US gmv confirms'];
