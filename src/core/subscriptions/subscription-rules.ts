// What a channel follows is a set of rules, one per (market or all markets) × (tag or all tags), each with its
// lowest severity and whether confirmations of known facts are wanted. A subscribe adds exactly the rules it
// names; an unsubscribe takes exactly what it names away (splitting an "all" rule into what is left); routing
// and the digest ask these functions, so the three never disagree.
import { MARKETS, TAGS, type Market, type Tag } from '../taxonomy.ts';
import { SEVERITIES, type Cluster, type Severity, type Subscription, type SubscriptionRule } from '../types.ts';

function sameScope(a: SubscriptionRule, b: { market: Market | null; tag: Tag | null }): boolean {
  return a.market === b.market && a.tag === b.tag;
}

/** True when `outer` already delivers everything `inner` would (broader scope, no higher bar). */
export function ruleCovers(outer: SubscriptionRule, inner: SubscriptionRule): boolean {
  return (outer.market === null || outer.market === inner.market)
    && (outer.tag === null || outer.tag === inner.tag)
    && SEVERITIES.indexOf(outer.minSeverity) <= SEVERITIES.indexOf(inner.minSeverity)
    && (outer.confirms || !inner.confirms);
}

/** The rules a subscribe command names: every named market × every named tag (none named = all). */
export function rulesFor(q: { markets: Market[]; tags: Tag[]; minSeverity: Severity; confirms: boolean }): SubscriptionRule[] {
  const markets: (Market | null)[] = q.markets.length ? q.markets : [null];
  const tags: (Tag | null)[] = q.tags.length ? q.tags : [null];
  return markets.flatMap((market) => tags.map((tag) => ({ market, tag, minSeverity: q.minSeverity, confirms: q.confirms })));
}

/**
 * Adds rules: one with the same market and tag as an existing rule replaces it (so "high" can be raised or
 * lowered); one that an existing broader rule already covers is not added; existing narrower rules the new
 * one covers are dropped. Returns the new list and which of the asked rules were already covered.
 */
export function addRules(existing: SubscriptionRule[], added: SubscriptionRule[]): { rules: SubscriptionRule[]; covered: SubscriptionRule[] } {
  let rules = [...existing];
  const covered: SubscriptionRule[] = [];
  for (const rule of added) {
    const same = rules.findIndex((r) => sameScope(r, rule));
    if (same >= 0) { rules[same] = rule; continue; }
    if (rules.some((r) => ruleCovers(r, rule))) { covered.push(rule); continue; }
    rules = rules.filter((r) => !ruleCovers(rule, r));
    rules.push(rule);
  }
  return { rules: sortRules(rules), covered };
}

/**
 * Removes exactly the named markets × tags (none named = all of them). A broader rule loses just that part:
 * following all tags of US, "unsubscribe us gmv" leaves US launch, threshold and ban. Returns the new list and
 * whether anything changed.
 */
export function removeRules(existing: SubscriptionRule[], q: { markets: Market[]; tags: Tag[] }): { rules: SubscriptionRule[]; changed: boolean } {
  const out: SubscriptionRule[] = [];
  let changed = false;
  for (const rule of existing) {
    const ruleMarkets: readonly Market[] = rule.market === null ? MARKETS : [rule.market];
    const ruleTags: readonly Tag[] = rule.tag === null ? TAGS : [rule.tag];
    const hitMarkets = q.markets.length ? ruleMarkets.filter((m) => q.markets.includes(m)) : [...ruleMarkets];
    const hitTags = q.tags.length ? ruleTags.filter((t) => q.tags.includes(t)) : [...ruleTags];
    if (hitMarkets.length === 0 || hitTags.length === 0) { out.push(rule); continue; }
    changed = true;
    // What is left is (markets not named × the rule's tags) plus (named markets × tags not named).
    const wholeMarkets = hitMarkets.length === MARKETS.length && rule.market === null;
    for (const m of ruleMarkets.filter((x) => !hitMarkets.includes(x))) out.push({ ...rule, market: m });
    for (const t of ruleTags.filter((x) => !hitTags.includes(x))) {
      for (const m of wholeMarkets ? [null] : hitMarkets) out.push({ ...rule, market: m, tag: t });
    }
  }
  return { rules: sortRules(out), changed };
}

/** Markets first in taxonomy order (all markets last), then tags in taxonomy order (all tags first). */
export function sortRules(rules: SubscriptionRule[]): SubscriptionRule[] {
  const mi = (m: Market | null) => (m === null ? MARKETS.length : MARKETS.indexOf(m));
  const ti = (t: Tag | null) => (t === null ? -1 : TAGS.indexOf(t));
  return [...rules].sort((a, b) => mi(a.market) - mi(b.market) || ti(a.tag) - ti(b.tag));
}

/**
 * A story that only repeats what we knew (every fact confirms the baseline or is an older report kept as
 * history) is a confirmation: channels get it only where they asked (`confirms`); the digest still counts it.
 */
export function isConfirmationOnly(cluster: Pick<Cluster, 'comparisons'>): boolean {
  return cluster.comparisons.length > 0 && cluster.comparisons.every((c) => c.history === true || c.status === 'confirms');
}

/** Does one rule want this story? */
export function ruleWants(rule: SubscriptionRule, cluster: Pick<Cluster, 'markets' | 'tags' | 'severity' | 'comparisons'>): boolean {
  return (rule.market === null || cluster.markets.includes(rule.market))
    && (rule.tag === null || cluster.tags.includes(rule.tag))
    && SEVERITIES.indexOf(cluster.severity) >= SEVERITIES.indexOf(rule.minSeverity)
    && (rule.confirms || !isConfirmationOnly(cluster));
}

export function subscriptionWants(sub: Subscription, cluster: Pick<Cluster, 'markets' | 'tags' | 'severity' | 'comparisons'>): boolean {
  return sub.rules.some((r) => ruleWants(r, cluster));
}

/** What the digest of a channel covers: the markets and tags of its rules ([] = all). */
export function subscriptionScope(sub: Subscription): { markets: Market[]; tags: Tag[] } {
  const markets = sub.rules.some((r) => r.market === null) ? [] : [...new Set(sub.rules.map((r) => r.market as Market))];
  const tags = sub.rules.some((r) => r.tag === null) ? [] : [...new Set(sub.rules.map((r) => r.tag as Tag))];
  return { markets, tags };
}

/** A rule that follows everything (the console, tests). */
export const EVERYTHING: SubscriptionRule = { market: null, tag: null, minSeverity: 'low', confirms: true };
