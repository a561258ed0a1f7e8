// A GMV figure told in a foreign currency and restated in USD in the next sentence ("…3.5 trillion yuan last year. That
// is about $490 billion.", "…1500亿泰铢。按当前汇率计算，约合42亿美元。") is one figure, in USD (TAXONOMY).
import type { GmvFact } from '../types.ts';
import { findMoney } from './find-money.ts';

const RESTATED_START = /^\s*(?:that|this|which|the (?:figure|amount|sum|total))\s+(?:is|was|equals|equalled|comes to|came to|amounts to|translates (?:in)?to|works out (?:to|at))\s+(?:about|around|roughly|some|nearly|approximately|just over|just under|more than|over|almost)?\s*(?:US ?|U\.S\. ?)?\$|^\s*(?:按[^，。；]{0,12}(?:汇率|计算)[^，。；]{0,4}[，,]?\s*)?(?:约合|折合|相当于)/i;

/** The fact `f` in USD when `sentence` restates it in dollars, else null. Bounds stay as they were ("over" keeps no high). */
export function restatedInUsd(f: GmvFact, sentence: string): GmvFact | null {
  if (!f.currency || !RESTATED_START.test(sentence)) return null;
  const usd = findMoney(sentence).filter((m) => m.currency === 'USD');
  if (usd.length !== 1) return null;
  const restated: GmvFact = { ...f, low_usd: f.low_usd === null ? null : usd[0]!.low, high_usd: f.high_usd === null ? null : usd[0]!.high };
  delete restated.currency;
  return restated;
}
