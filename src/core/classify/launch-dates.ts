// Dates of a launch: which of a sentence's dates belongs to its launch verb (its own clause first, not a clause
// that refers back or holds an amount), which way a weekday or month without a year points (a launch in the past,
// one put off, one still ahead), and each market's date in a sentence that lists several.
import { findDates, tenseOf, type FoundDate } from './find-date.ts';
import type { ItemContext } from './item-context.ts';

/** A launch told as to come: planned, rumoured, denied or put off. */
export const FUTURE = /\bwill\b|\bplans?\b|\bset to\b|\bmay\b|\bcould\b|\bas early as\b|\bexpected\b|\bto launch\b|\bnext\b|\bsoon\b|\bpostpone|\bdelay|\bpush(?:es|ed|ing)? back\b|\brumou?r|\bdenied\b|\breportedly\b|将|计划|预计|或将|拟/i;

/** The stretch of `t` from `at` to the next clause stop. */
export function clauseAfter(t: string, at: number): string {
  const stop = t.slice(at).search(/[,，;；。]/);
  return t.slice(at, stop < 0 ? t.length : at + stop);
}

// A launch verb in the past ("went live", "rolled out") tells what happened, whatever else the sentence
// says ("shoppers could buy … on Monday, when the store went live"): its weekday or month lies before `published`.
export const PAST_VERB = /^(?:\w+ed|went|began|begun|brought|came|got|made|took)\b/i;
// "started taking applications on Thursday, ahead of a consumer launch in October": the launch is still to come.
const AHEAD_OF = /\b(?:ahead of|before|in preparation for|in the run-up to)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
const PASSIVE_TO_COME = /\b(?:will|to|would|could|may|might|shall)\s+be\s+$/i;

/**
 * The date the sentence gives the launch: one in the launch verb's own clause first ("On Tuesday, TikTok said it
 * will open in Spain next month" is next month), else the one nearest the verb. The day a statement was made
 * ("said on Monday") dates a launch that has happened, never one still to come.
 */
export function findDatesFor(t: string, published: string | null, verb: RegExpExecArray, before: string): FoundDate[] {
  // A launch put off ("pushed back … to March", "delayed until June") is put off to a date still to come.
  const tense = PAST_VERB.test(verb[0]) && !PASSIVE_TO_COME.test(before) && !/^(?:postpon|delay|push)/i.test(verb[0]) ? 'past'
    : FUTURE.test(t) || AHEAD_OF.test(t.slice(Math.max(0, verb.index - 40), verb.index)) ? 'future' : tenseOf(t);
  return findDates(t, published, tense).filter((d) => !(d.reporting && tense === 'future'));
}

// "After its debut in Mexico earlier this year, TikTok Shop is preparing to launch in Brazil": a date in a clause
// that refers back to an earlier step dates that step, not the launch the sentence reports.
// "revive its e-commerce services, which had amassed $15 billion between January and October": a relative clause
// dates what it tells of, not the launch.
const BACK_CLAUSE = /^\s*(?:after|following|since|before|months after|years after|which|who|whose)\b|(?:以来|之后|此前)/i;

// "said its sales in Spain beat $300 million in the first half, and that it would launch … in November": a date in
// another clause that holds an amount dates the amount.
const AMOUNT = /[$€£¥]\s?\d|\d[\d.,]*\s?(?:million|billion|bn|亿|万|美元|元)/i;

/** The stretch of `t` between the clause stops around `at`. */
export function clauseOf(t: string, at: number): string {
  const stop = t.slice(at).search(/[,，;；:：。]/);
  return t.slice(clauseStartOf(t, at), stop < 0 ? t.length : at + stop);
}

export function clauseStartOf(t: string, at: number): number {
  return stretchStart(t, at, ',，;；:：');
}

/** Where the last stretch of `t` before `at` without any of `stops` begins (a regex `[^…]*$` scans quadratically). */
export function stretchStart(t: string, at: number, stops: string): number {
  for (let i = at - 1; i >= 0; i--) if (stops.includes(t[i]!)) return i + 1;
  return 0;
}

export function statedDate(t: string, verb: RegExpExecArray, found: FoundDate[], span: { start: number; end: number } | null): FoundDate | null {
  let dates = span ? found.filter((d) => d.index >= span.start && d.end <= span.end) : found;
  const start = clauseStartOf(t, verb.index);
  const stop = t.slice(verb.index).search(/[,，;；:：。]/);
  const end = stop < 0 ? t.length : verb.index + stop;
  dates = dates.filter((d) => (d.index >= start && d.end <= end) || !(BACK_CLAUSE.test(t.slice(clauseStartOf(t, d.index), d.index + 1)) || AMOUNT.test(clauseOf(t, d.index))));
  if (!dates.length) return null;
  const distance = (d: { index: number; end: number }) =>
    (d.index >= start && d.end <= end ? 0 : 1000) + (d.index >= verb.index ? d.index - verb.index : verb.index - d.end);
  return dates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * In a sentence with two or more dates, each market's: the first date after its name (before the next market named
 * after that date), else the last one before it. Null when the sentence has a single date.
 */
export function datesPerMarket(s: ItemContext['sentences'][number], markets: (string | null)[], dates: FoundDate[], span: { start: number; end: number } | null): Map<string, string> | null {
  const inSpan = span ? dates.filter((d) => d.index >= span.start && d.end <= span.end) : dates;
  if (new Set(inSpan.map((d) => d.date)).size < 2) return null;
  const out = new Map<string, string>();
  for (const m of s.markets) {
    if (m.passing || !markets.includes(m.market) || out.has(m.market)) continue;
    const after = inSpan.find((d) => d.index >= m.index);
    const before = [...inSpan].reverse().find((d) => d.end <= m.index);
    const d = after ?? before;
    if (d) out.set(m.market, d.date);
  }
  return out;
}
