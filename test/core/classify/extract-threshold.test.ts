// Entry requirements as a user would see them in an alert: the subject from TAXONOMY's table, in the subject's unit,
// for the market the rule is for. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { Fact, ThresholdFact } from '../../../src/core/types.ts';

const thresholds = (title: string, text: string, published: string | null = null): ThresholdFact[] =>
  classifyItem({ title, text, published }).facts.filter((f: Fact): f is ThresholdFact => f.type === 'threshold');
const subjects = (title: string, text: string) => thresholds(title, text).map((f) => `${f.market}:${f.subject}`).sort();

describe('threshold facts', () => {
  it('reads a follower bar for going live as the live-host bar only', () => {
    expect(subjects('TikTok Shop Philippines sellers now need 500 followers to go live', 'Manila shops require 500 followers before they can host shopping streams.'))
      .toEqual(['PH:live_host_followers']);
  });

  it('reads the current rules of a seller guide, one fact per requirement', () => {
    expect(subjects('Selling on TikTok Shop in Thailand', [
      'To open a shop in Thailand you must meet these requirements:',
      '• Be a Thai citizen or a company registered in Thailand',
      '• Upload a national ID card or business licence',
      '• Pay a deposit of 2,000 baht',
    ].join('\n'))).toEqual(['TH:merchant_deposit', 'TH:merchant_documents', 'TH:merchant_entity']);
  });

  it('puts ages and follower minimums on creators, and on live hosts when the rule is about going live', () => {
    const f = thresholds('TikTok Shop affiliates', 'To join the TikTok Shop affiliate programme in Malaysia, creators need at least 5,000 followers and must be 18 years or older.');
    expect(f).toContainEqual({ type: 'threshold', market: 'MY', subject: 'creator_followers', from: null, to: 5000 });
    expect(f).toContainEqual({ type: 'threshold', market: 'MY', subject: 'creator_age', from: null, to: 18 });
    const live = thresholds('LIVE rules', 'TikTok is moving the minimum age for hosting a LIVE from sixteen to eighteen.');
    expect(live).toEqual([{ type: 'threshold', market: null, subject: 'live_host_age', from: 16, to: 18 }]);
  });

  it('keeps a deposit in its own currency unless USD is given, and store age in days', () => {
    expect(thresholds('UK seller deposit', 'From next month new sellers on TikTok Shop UK must pay a deposit of £300.'))
      .toEqual([{ type: 'threshold', market: 'UK', subject: 'merchant_deposit', from: null, to: 300, currency: 'GBP' }]);
    expect(thresholds('Cross-border rules', 'Chinese companies applying for the TikTok Shop Spain cross-border store must have been registered for at least 6 months.'))
      .toContainEqual({ type: 'threshold', market: 'ES', subject: 'merchant_account_age', from: null, to: 180 });
  });

  it('reads Chinese rules: 营业执照, 保证金 from/to, 粉丝门槛, 邀请制', () => {
    expect(subjects('TikTok Shop日本站入驻条件', '商家入驻日本站需提供日本本土公司的营业执照，目前仅支持邀请制入驻。')).toEqual(['JP:merchant_documents', 'JP:merchant_entity', 'JP:merchant_invitation']);
    expect(thresholds('TikTok Shop英国站调整保证金', 'TikTok Shop英国站跨境店保证金由200美元提高至800美元。'))
      .toEqual([{ type: 'threshold', market: 'UK', subject: 'merchant_deposit', from: 200, to: 800 }]);
    expect(thresholds('菲律宾站达人门槛', 'TikTok Shop菲律宾站达人开通带货权限的粉丝门槛从1000降至500。'))
      .toEqual([{ type: 'threshold', market: 'PH', subject: 'creator_followers', from: 1000, to: 500 }]);
  });

  it('reads traditional characters as well as simplified ones', () => {
    expect(subjects('TikTok Shop越南站新規', '越南站賣家必須上傳營業執照。')).toEqual(['VN:merchant_documents']);
  });

  it('counts a government rule for online sellers, but not fees, Douyin\'s own rules or a platform\'s duties', () => {
    expect(subjects('New tax rule', 'The Philippine government now requires all online sellers to register with the tax bureau and obtain a tax identification number.'))
      .toEqual(['PH:merchant_documents']);
    expect(thresholds('Fees', 'Sellers on TikTok Shop Indonesia must pay a commission of 8% on each order.')).toEqual([]);
    expect(thresholds('抖音电商下调保证金', '抖音电商宣布，新商家入驻的保证金由2万元降至5000元。')).toEqual([]);
    expect(thresholds('Temu told to register', 'The ministry required Temu and Shein to register with the government by the end of the month.')).toEqual([]);
  });

  it('states no threshold from a headline alone', () => {
    expect(thresholds('TikTok Shop US raises affiliate follower minimum to 5,000', '')).toEqual([]);
  });
  it('reads a minimum age named far from its number, and the old bar given after the new one', () => {
    expect(thresholds('TikTok lifts minimum age for LIVE in the Philippines', 'TikTok has raised the minimum age for hosting a LIVE in the Philippines to 18, from 16 previously.'))
      .toEqual([{ type: 'threshold', market: 'PH', subject: 'live_host_age', from: 16, to: 18 }]);
  });

  it('reads proof of where goods ship from as the shipping rule, not as papers', () => {
    expect(subjects('美区跨境卖家入驻门槛一览', 'TikTok Shop美国站跨境卖家需满足以下条件：\n1. 在其他电商平台近12个月销售额不低于50万美元；\n2. 公司成立满一年；\n3. 提供美国本土仓发货证明。'))
      .toEqual(['US:merchant_account_age', 'US:merchant_sales_usd', 'US:merchant_shipping']);
  });
});
