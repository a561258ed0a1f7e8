// An item's markets where the text names a market as the platform's own business: where its sellers, merchants or
// creators are ("<market> sellers on <platform>", "TikTok Shop美区卖家") or its market site ("…意大利站"). Such a
// market is the item's by the rules, whatever the market head's probability. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { markets } from './launches-and-markets-of.ts';

const PUBLISHED = '2025-03-10';

describe('a market named as where the platform\'s sellers are', () => {
  it('is the item\'s market when it is the only one named for real', () => {
    expect(markets('', 'A group of Mexican merchants on TikTok Shop complained that payouts were arriving two weeks late.', PUBLISHED)).toEqual(['MX']);
    expect(markets('', 'British creators selling on TikTok Shop say the new returns policy is eating into their earnings.', PUBLISHED)).toEqual(['UK']);
    expect(markets('卖家反映回款变慢', '不少TikTok Shop英国本土卖家反映，近期平台回款周期明显延长。', PUBLISHED)).toEqual(['UK']);
  });

  it('keeps every market of a list of sellers or of the platform\'s sites', () => {
    expect(markets('', 'Thai and Malaysian sellers on Shopee have asked for lower commission rates, a trade group said.', PUBLISHED)).toEqual(['MY', 'TH']);
    expect(markets('新规', 'TikTok Shop西班牙、爱尔兰站近日调整了商品退货规则，卖家需在两日内处理退款申请。', PUBLISHED)).toEqual(['ES', 'IE']);
  });

  it('needs a platform beside it, and leaves out where goods are made', () => {
    expect(markets('', 'Several Japanese sellers on TikTok Shop said they would move production to Thailand and Vietnam to cut costs.', PUBLISHED)).toEqual(['JP']);
    expect(markets('', 'Global sellers can now apply to open stores in Spain, the platform said.', PUBLISHED)).toEqual(['ES']);
  });
});
