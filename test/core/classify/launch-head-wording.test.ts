// Launches in wording the launch extractor does not know, and the background that must stay quiet (issue 12): the
// trained launch head stands in for the extractor, stating one launch per market the item is about, and never for
// a launch referred back to or another platform's. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';

const launches = (text: string, published: string, title = ''): string[] =>
  classifyItem({ title, text, published }).facts.filter((f) => f.type === 'launch').map((f) => `${f.market} ${f.type === 'launch' ? f.date : ''}`).sort();

describe('launches the head finds', () => {
  it('states a trial of the Shop tab in three markets as three launches', () => {
    expect(launches('A trial of TikTok\'s Shop tab is now under way for some users in Thailand, Vietnam and the Philippines, the company confirmed.', '2026-06-01'))
      .toEqual(['PH null', 'TH null', 'VN null']);
  });

  it('reports a test going live and merchant registration opening, in English and Chinese', () => {
    expect(launches('TikTok is testing its shopping feed with a small group of users in Mexico this month, ahead of a wider rollout.', '2026-05-12'))
      .toEqual(['MX 2026-05']);
    expect(launches('TikTok Shop西班牙站已于本月开放本土商家入驻。', '2026-04-08')).toEqual(['ES 2026-04']);
  });
});

describe('what is not a launch', () => {
  it('does not report a launch told as background to a figure', () => {
    expect(launches('Eight months after its launch, TikTok Shop Spain counts more than two million buyers, the company said, and it will add a new ad format for brands in the autumn.', '2026-06-01', 'TikTok Shop Spain tops 2 million buyers'))
      .toEqual([]);
  });

  it('does not report another platform opening, in English or Chinese', () => {
    expect(launches('Shein opened a pop-up marketplace in Mexico this week, its first in Latin America.', '2026-06-01')).toEqual([]);
    expect(launches('Temu本周在墨西哥上线本土仓发货服务。', '2026-06-01')).toEqual([]);
  });

  it('does not report a rival planning a launch to take on TikTok Shop', () => {
    expect(launches('据当地媒体报道，Temu计划下半年在西班牙推出直播带货功能，与TikTok Shop西班牙站争夺商家。', '2026-06-01')).toEqual([]);
    expect(launches('Amazon is readying a live shopping service in Italy to compete with TikTok Shop, people familiar with the plan said.', '2026-06-01')).toEqual([]);
  });
});
