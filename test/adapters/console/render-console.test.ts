// The console "platform": a reply reads as plain indented text, links as "text <url>", a field of several lines
// under its name rather than run into the margin.
import { describe, expect, it } from 'vitest';
import { renderConsoleMessage } from '../../../src/adapters/console/render-console.ts';

describe('console rendering', () => {
  it('puts a field of several lines under its name, one indented line each', () => {
    const text = renderConsoleMessage({
      kind: 'reply', title: 'TikTok Shop — United States (US)',
      sections: [{ type: 'fields', fields: [
        { name: 'Entry thresholds', value: 'Creators need 1,000 followers to sell — 2024-06 · [Seller Weekly](https://news.example/a)\n…and 3 more' },
        { name: 'US GMV — latest actual', value: '$9B for 2024 · 2025 · Market Review' },
      ] }],
    });
    expect(text).toBe([
      '▶ TikTok Shop — United States (US)',
      '  Entry thresholds:',
      '    • Creators need 1,000 followers to sell — 2024-06 · Seller Weekly <https://news.example/a>',
      '    • …and 3 more',
      '  US GMV — latest actual: $9B for 2024 · 2025 · Market Review',
      '',
    ].join('\n'));
  });
});
