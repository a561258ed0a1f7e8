// Launch dates resolved against the day an item was published, on sentences we wrote ourselves: relative days,
// weekdays, weeks, months, quarters and years, in English and Chinese, with the precision the text gives.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import { findDate } from '../../../src/core/classify/find-date.ts';
import type { Fact, LaunchFact } from '../../../src/core/types.ts';

const launches = (facts: Fact[]) => facts.filter((f): f is LaunchFact => f.type === 'launch');
/** The launch dates classifyItem gives an item published on `published`, one per market. */
function launchDates(title: string, text: string, published: string | null, lang?: 'en' | 'zh'): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of launches(classifyItem({ title, text, published, lang }).facts)) out[f.market ?? '-'] = f.date;
  return out;
}

// 2024-05-15 is a Wednesday.
const WED = '2024-05-15';

describe('English relative launch dates', () => {
  it('resolves today, yesterday and weekday names to a day on the side of publication the tense points to', () => {
    expect(launchDates('Shop opens', 'TikTok Shop opened its doors to shoppers in Spain today.', WED)).toEqual({ ES: '2024-05-15' });
    expect(launchDates('Shop opens', 'TikTok Shop went live in Ireland yesterday, the company said.', WED)).toEqual({ IE: '2024-05-14' });
    expect(launchDates('Shop opens', 'TikTok Shop launched in Germany on Monday.', WED)).toEqual({ DE: '2024-05-13' });
    expect(launchDates('Shop opens', 'TikTok Shop will launch in Italy on Monday.', WED)).toEqual({ IT: '2024-05-20' });
    expect(launchDates('Shop opens', 'TikTok Shop launches in France on Friday.', WED)).toEqual({ FR: '2024-05-17' });
  });

  it('gives a week or a month as its month, counting next/last from the publication date', () => {
    // A week that has begun, told as happened, is the launch reported as happening now: `published` (TAXONOMY).
    expect(launchDates('Shop opens', 'TikTok Shop launched in Brazil this week.', WED)).toEqual({ BR: '2024-05-15' });
    expect(launchDates('Shop opens', 'TikTok Shop will start operations in Japan next month.', WED)).toEqual({ JP: '2024-06' });
    // The week after 2024-05-29 runs 3-9 June.
    expect(launchDates('Shop opens', 'TikTok Shop will open registration for sellers in Mexico next week.', '2024-05-29')).toEqual({ MX: '2024-06' });
  });

  it('puts a month or a day without a year on the side the tense points to, nearest the publication date', () => {
    expect(launchDates('Plans', 'TikTok plans to launch its shop in Brazil as early as February.', '2024-11-20')).toEqual({ BR: '2025-02' });
    expect(launchDates('Recap', 'TikTok Shop launched in Japan in November.', '2025-02-03')).toEqual({ JP: '2024-11' });
    expect(launchDates('Date set', 'TikTok Shop is set to launch in Spain on March 31.', '2025-03-10')).toEqual({ ES: '2025-03-31' });
    expect(launchDates('Date set', 'TikTok Shop launched in Ireland on 4 December.', '2025-01-08')).toEqual({ IE: '2024-12-04' });
    expect(launchDates('Date set', 'TikTok Shop will debut in Germany in October 2026.', WED)).toEqual({ DE: '2026-10' });
  });

  it('reads quarters as a year, the end of the year as December, and "next year" as the following year', () => {
    expect(launchDates('Plans', 'TikTok Shop is expected to launch in Brazil in Q1.', '2024-09-02')).toEqual({ BR: '2025' });
    expect(launchDates('Plans', 'TikTok Shop will launch in Japan by the end of the year.', WED)).toEqual({ JP: '2024-12' });
    expect(launchDates('Plans', 'TikTok Shop plans to enter the French market next year.', WED)).toEqual({ FR: '2025' });
  });

  it('counts from a dateline rather than taking it for the launch day', () => {
    // Thursday 6 June; "on Monday" is 10 June.
    const text = 'MADRID, June 6 (Reuters) - TikTok Shop is set to launch in Spain on Monday, the company said.';
    expect(launchDates('Spain next', text, '2024-06-06T09:30:00Z')).toEqual({ ES: '2024-06-10' });
  });

  it('does not take the day a plan was announced for the day of the launch', () => {
    const text = 'TikTok said on Tuesday it will launch its shop in Italy next month.';
    expect(launchDates('Italy next', text, WED)).toEqual({ IT: '2024-06' });
  });

  it('invents no date: none without words that date the launch, and none for relative words without a publication date', () => {
    expect(launchDates('Plans', 'TikTok is preparing to launch TikTok Shop in Brazil.', WED)).toEqual({ BR: null });
    expect(launchDates('Shop opens', 'TikTok Shop will launch in Italy on Monday.', null)).toEqual({ IT: null });
    expect(launchDates('Plans', 'TikTok Shop plans to launch in Japan in September.', null)).toEqual({ JP: null });
    // Shopping days named after weekdays are not weekdays.
    expect(findDate('Sales on TikTok Shop peaked on Cyber Monday.', WED)).toBeNull();
    expect(findDate('The Sunday Times reported that TikTok Shop will open in Spain.', WED)).toBeNull();
    // "may" the verb is not May.
    expect(findDate('TikTok Shop may launch in Japan.', WED)).toBeNull();
  });
});

describe('Chinese relative launch dates', () => {
  it('resolves 今天, 昨日, 下周, 本月 and 下月 against the publication date', () => {
    expect(launchDates('日本站开通', 'TikTok Shop日本站今天正式上线。', WED, 'zh')).toEqual({ JP: '2024-05-15' });
    expect(launchDates('日本站开通', 'TikTok Shop日本站已于昨日正式上线。', WED, 'zh')).toEqual({ JP: '2024-05-14' });
    expect(launchDates('巴西站', 'TikTok Shop巴西站将于下周上线。', '2024-05-29', 'zh')).toEqual({ BR: '2024-06' });
    expect(launchDates('巴西站', 'TikTok Shop巴西站本月正式上线。', WED, 'zh')).toEqual({ BR: '2024-05' });
    expect(launchDates('巴西站', 'TikTok Shop巴西站计划下个月开放商家入驻。', WED, 'zh')).toEqual({ BR: '2024-06' });
    expect(launchDates('巴西站', 'TikTok Shop巴西站将于下周一上线。', WED, 'zh')).toEqual({ BR: '2024-05-20' });
  });

  it('gives X月Y日 and X月 a year by tense, and reads 今年/明年/年底', () => {
    expect(launchDates('西班牙站', 'TikTok Shop西班牙站将于3月5日上线。', '2024-12-20', 'zh')).toEqual({ ES: '2025-03-05' });
    expect(launchDates('西班牙站', 'TikTok Shop西班牙站已于11月上线。', '2025-01-10', 'zh')).toEqual({ ES: '2024-11' });
    expect(launchDates('日本站', 'TikTok Shop计划今年10月进军日本市场。', WED, 'zh')).toEqual({ JP: '2024-10' });
    expect(launchDates('日本站', 'TikTok Shop日本站预计明年上线。', WED, 'zh')).toEqual({ JP: '2025' });
    expect(launchDates('日本站', 'TikTok Shop日本站预计年底前上线。', WED, 'zh')).toEqual({ JP: '2024-12' });
  });

  it('counts from a "X月Y日消息" dateline instead of taking it for the launch day', () => {
    expect(findDate('6月6日消息，TikTok Shop西班牙站将于下周一上线。', '2024-06-06')).toBe('2024-06-10');
  });

  it('invents no date without a publication date or without a dating word', () => {
    expect(launchDates('巴西站', 'TikTok Shop巴西站将于下周上线。', null, 'zh')).toEqual({ BR: null });
    expect(launchDates('巴西站', 'TikTok Shop计划进军巴西市场。', WED, 'zh')).toEqual({ BR: null });
  });
});
