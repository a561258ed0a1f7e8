// The comparison point for the evaluation: a plain keyword filter of the kind teams set up in feed bots
// ("alert me when a headline says launch, ban, threshold or GMV"), with markets found by name. It states no facts,
// so its fact scores are zero; its tag and market scores show what the real classifier adds.
import { MARKET_ALIASES, MARKETS, type Market, type Tag } from '../taxonomy.ts';
import type { Classification } from '../types.ts';

const KEYWORDS: [Tag, RegExp][] = [
  ['launch', /\blaunch\w*|上线|开放|开通/i],
  ['threshold_change', /threshold|requirement|门槛|要求/i],
  ['ban', /\bban\w*|prohibit\w*|禁止|禁令|封禁/i],
  ['gmv_figure', /\bgmv\b|gross merchandise|销售额|成交额|GMV/i],
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Market names of at least three letters (two-letter codes like "it", "my" are ordinary words), or CJK names.
const MARKET_PATTERNS: [Market, RegExp][] = MARKETS.map((m) => {
  const names = MARKET_ALIASES[m].filter((a) => a.length >= 3 || /[\u4e00-\u9fff]/.test(a));
  const ascii = names.filter((a) => !/[\u4e00-\u9fff]/.test(a)).map((a) => `(?<![a-z])${escape(a)}(?![a-z])`);
  const cjk = names.filter((a) => /[\u4e00-\u9fff]/.test(a)).map(escape);
  return [m, new RegExp([...ascii, ...cjk, ...(m === 'US' || m === 'UK' ? [`\\b${m}\\b`] : [])].join('|'), 'i')];
});

/** Keyword tags and named markets of an item; no facts. */
export function classifyByKeywords(input: { title: string; text: string }): Classification {
  const text = `${input.title}\n${input.text}`;
  return {
    tags: KEYWORDS.filter(([, re]) => re.test(text)).map(([t]) => t),
    markets: MARKET_PATTERNS.filter(([, re]) => re.test(text)).map(([m]) => m),
    facts: [],
  };
}
