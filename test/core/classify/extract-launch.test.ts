// Which launches an item states, by TAXONOMY's Labeling rules: revivals and dated lists of entries count; a launch
// mentioned as background, a market held up as an example, a coverage list or a competitor's launch does not.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { launches } from './launches-and-markets-of.ts';


describe('launch facts', () => {
  it('counts a restart or a reopening in a market', () => {
    expect(launches('Back in business', 'TikTok Shop reopened in Indonesia on 12 December 2023 after a two-month pause.')).toEqual(['ID:2023-12-12']);
  });

  it('reads a dated list of entries country by country, not as their region', () => {
    expect(launches('时间线', '2022年,TikTok Shop相继进入泰国、越南和马来西亚,完成东南亚主要市场布局。')).toEqual(['MY:2022', 'TH:2022', 'VN:2022']);
  });

  it('does not take a market held up as an example, or a list of where the shop already is', () => {
    expect(launches('Europe', 'TikTok Shop, already a success in markets like the UK, is now rolling out in Spain.', '2025-03-01')).toEqual(['ES:2025-03-01']);
    expect(launches('覆盖', 'TikTok Shop今年开放中国企业入驻,目前已覆盖英国、美国、印尼、泰国和越南。')).toEqual(['null:null']);
  });

  it('gives no market to an expansion into a region without a code', () => {
    expect(launches('Europe', 'TikTok Shop expands to Europe with a new cross-border programme.')).toEqual(['null:null']);
  });

  it('states a headline launch only with its market and without hedging', () => {
    expect(launches('TikTok Shop launches in Japan', '')).toEqual(['JP:null']);
    expect(launches('TikTok Shop will launch in Japan next month', '', '2025-06-30')).toEqual(['JP:2025-07']);
    expect(launches('TikTok Shop\'s Japan plans hit a roadblock', '', '2025-06-30')).toEqual([]);
    expect(launches('TikTok Shop expands its reach', '', '2025-06-30')).toEqual([]);
  });

  it('states no launch from a headline whose date only the body could give', () => {
    // Reported as happening now, the launch would take the publication day, but the body names its own day.
    expect(launches('TikTok Shop launches in Japan', '', '2025-06-30')).toEqual([]);
    expect(launches('TikTok Shop巴西站正式上线', '', '2025-03-20')).toEqual([]);
  });
});
