// Facts in words for people, one wording for alerts, status, digests and charts:
// "US GMV $14M/day (actual, TikTok Shop)", "Creators need 1,000 followers to sell", "TikTok Shop US daily GMV (actual)".
import type { BaselineEntry, Fact, GmvFact, ThresholdFact } from '../types.ts';
import { currencyOf, money, moneyRange } from './money.ts';
import { KIND_WORD, PER, PERIOD_ADJECTIVE, periodLabel } from './period.ts';
import { platformName } from './platform.ts';

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The as_of shapes that name the whole period of a figure: "2024-H2", "2024-Q3", "2024". */
const NAMED_PERIOD: Partial<Record<GmvFact['period'], RegExp>> = {
  half: /^\d{4}-?H[12]$/i, quarter: /^\d{4}-?Q[1-4]$/i, year: /^\d{4}$/,
};

/** An amount with its period: "$3M–$4M/day", "$12B–$13B for H2 2024", "$9B for 2024", "under $2B for Jan–May 2024". */
export function formatGmvValue(g: Pick<GmvFact, 'low_usd' | 'high_usd' | 'period' | 'currency' | 'as_of'>): string {
  const amount = moneyRange(g.low_usd, g.high_usd, currencyOf(g));
  if (g.period === 'range') return g.as_of ? `${amount} for ${periodLabel(g.as_of)}` : `${amount} over a stated period`;
  // A half, a quarter or a year that the figure names is said as that period ("$12B–$13B for H2 2024", "$9B for
  // 2024"); a day or month figure's as_of is when the rate was measured ("$14M/day (Dec 2023)").
  if (g.as_of && NAMED_PERIOD[g.period]?.test(g.as_of)) return `${amount} for ${periodLabel(g.as_of)}`;
  return `${amount}${PER[g.period]}${g.as_of ? ` (${periodLabel(g.as_of)})` : ''}`;
}

/** A GMV series' name: "TikTok Shop US daily GMV (actual)", "Douyin CN annual GMV (target, CNY)". */
export function gmvSeriesName(g: Pick<GmvFact, 'platform' | 'period' | 'kind' | 'currency'>, market: string | null): string {
  const cur = currencyOf(g);
  return `${platformName(g.platform)}${market ? ` ${market}` : ''} ${PERIOD_ADJECTIVE[g.period]} GMV (${KIND_WORD[g.kind]}${cur === 'USD' ? '' : `, ${cur}`})`;
}

/**
 * Per threshold subject (TAXONOMY's table, plus older names kept in stored baselines): the rule as a sentence with
 * its number, what the number is about, and whether the number is money. Qualitative subjects (documents,
 * invitation, entity, shipping, approval) read as the rule whatever number the text gives.
 */
const THRESHOLDS: Record<string, { rule: (n: string) => string; about: string; money?: true; qualitative?: true }> = {
  creator_followers: { rule: (n) => `Creators need ${n} followers to sell`, about: 'creator follower minimum' },
  creator_age: { rule: (n) => `Creators must be ${n} or older to sell`, about: 'minimum creator age' },
  live_host_age: { rule: (n) => `Live hosts must be ${n} or older`, about: 'minimum live host age' },
  live_host_followers: { rule: (n) => `Live hosts need ${n} followers to sell on a livestream`, about: 'live host follower minimum' },
  merchant_sales_usd: { rule: (n) => `Merchants must show ${n} in past sales`, about: 'merchant sales minimum', money: true },
  partner_store_sales_usd: { rule: (n) => `Partner stores need ${n} in sales`, about: 'partner store sales minimum', money: true },
  merchant_invitation: { rule: () => 'Merchants join by invitation only', about: 'invitation-only joining', qualitative: true },
  merchant_entity: { rule: () => 'Rules on who may register as a merchant (entity, ownership)', about: 'who may register as a merchant', qualitative: true },
  merchant_documents: { rule: () => 'Merchants must provide licences or registration documents', about: 'merchant documents required', qualitative: true },
  merchant_deposit: { rule: (n) => `Merchants pay a ${n} deposit`, about: 'merchant deposit', money: true },
  merchant_rating: { rule: (n) => `Stores need a rating of at least ${n}`, about: 'minimum store rating' },
  merchant_account_age: { rule: (n) => `Stores or companies must have existed for ${n} days`, about: 'minimum store or company age' },
  merchant_shipping: { rule: () => 'Rules on where goods ship from and how fast', about: 'shipping and fulfilment rule', qualitative: true },
  product_approval: { rule: () => 'Some categories need approval before listing', about: 'category approval before listing', qualitative: true },
  other: { rule: (n) => `Seller requirement: ${n}`, about: 'other seller requirement' },
  account_age: { rule: (n) => `Account holder ${n} or older`, about: 'minimum account holder age' },
  account_videos: { rule: (n) => `More than ${n} short videos published`, about: 'minimum videos published' },
  account_likes: { rule: (n) => `More than ${n} likes`, about: 'minimum likes' },
  partner_store_top_product_rank: { rule: (n) => `Partner stores need a product in the top ${n}`, about: 'partner store product rank' },
};

function words(snake: string): string {
  const text = snake.replace(/[_:]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A bar's number: money in its own currency for money subjects ("S$" is not guessed: "SGD 500"), else a count. */
function thresholdNumber(t: Pick<ThresholdFact, 'subject' | 'currency'>, n: number): string {
  const isMoney = THRESHOLDS[t.subject]?.money ?? (t.subject.endsWith('_usd') || t.currency !== undefined);
  return isMoney ? money(n, t.currency ?? 'USD') : count(n);
}

/** "Creators need 1,000 followers to sell"; a rule stated without a number reads "Merchant deposit: changed". */
export function thresholdRule(t: Pick<ThresholdFact, 'subject' | 'from' | 'to' | 'currency'>): string {
  const n = t.to ?? t.from;
  const known = THRESHOLDS[t.subject];
  // A requirement that is a rule, not a number (documents, invitation): the rule itself is the news.
  if (known?.qualitative) return known.rule('');
  if (n === null) return `${known ? words(known.about) : words(t.subject)}: changed`;
  const value = thresholdNumber(t, n);
  const rule = known ? known.rule(value) : `${words(t.subject)}: ${value}`;
  return t.to === null ? `No longer: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}` : rule;
}

/** "TikTok Shop launch", "TikTok Shop opens nationwide", "full-service model launch": never "launch launch". */
function launchWhat(what: string): string {
  const text = what.replace(/^[a-z_]+: /, '');
  return /\b(launch\w*|open\w*|start\w*|live|debut\w*|relaunch\w*)\b/i.test(text) ? text : `${text} launch`;
}

/** The value alone, for "old → new": "1,000", "$14M/day", "2025-03", "banned by the government". */
export function factValue(fact: Fact): string {
  switch (fact.type) {
    case 'threshold': return fact.to !== null ? thresholdNumber(fact, fact.to) : fact.from !== null ? `no longer ${thresholdNumber(fact, fact.from)}` : 'changed';
    case 'launch': return fact.date ?? 'date not stated';
    case 'gmv': return formatGmvValue(fact);
    case 'ban': return `banned by the ${fact.by}`;
  }
}

/** What a value is about: "TikTok Shop US daily GMV (actual)", "US creator follower minimum", "US TikTok Shop launch". */
export function subjectLabel(market: string, fact: Fact): string {
  switch (fact.type) {
    case 'gmv': return gmvSeriesName(fact, market);
    case 'threshold': return `${market} ${THRESHOLDS[fact.subject]?.about ?? words(fact.subject).toLowerCase()}`;
    case 'launch': return `${market} ${launchWhat(fact.what)}`;
    case 'ban': return `${market} ban: ${fact.target}`;
  }
}

/** A fact as one line, with its market: "US GMV $14M/day (actual, TikTok Shop)", "US: Creators need 5,000 followers to sell". */
export function formatFact(fact: Fact): string {
  const m = fact.market ? `${fact.market} ` : '';
  switch (fact.type) {
    case 'gmv': {
      const value = formatGmvValue(fact);
      const who = platformName(fact.platform);
      return fact.kind === 'actual' ? `${m}GMV ${value} (actual, ${who})` : `${m}GMV ${KIND_WORD[fact.kind]} ${value} (${who})`;
    }
    case 'threshold': {
      const rule = thresholdRule(fact);
      const was = fact.from !== null && fact.to !== null ? ` (was ${thresholdNumber(fact, fact.from)})` : '';
      return `${fact.market ? `${fact.market}: ` : ''}${rule}${was}`;
    }
    case 'launch': return `${m}${launchWhat(fact.what)}${fact.date ? ` (${fact.date})` : ''}`;
    case 'ban': return `${m}ban by the ${fact.by}: ${fact.target}`;
  }
}

/** The value a baseline entry holds, without its market (status lists are per market already). */
export function formatBaselineValue(entry: BaselineEntry): string {
  const f = entry.fact;
  if (f.type === 'threshold') return thresholdRule(f);
  return formatFact({ ...f, market: null } as Fact);
}
