import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../../src/adapters/slack/render-blocks.ts';
import { toMrkdwn } from '../../../src/adapters/slack/to-mrkdwn.ts';
import type { Message } from '../../../src/core/message.ts';
import { blockProblems } from './block-limits.ts';

const alert: Message = {
  kind: 'alert',
  title: 'US regulator orders <!channel> sellers & creators to stop selling vapes',
  url: 'https://news.example.com/us-vape-ban?id=7&ref=rss',
  tags: ['ban'],
  markets: ['US'],
  severity: 'high',
  timestamp: '2025-03-04T10:00:00Z',
  sections: [
    { type: 'fields', fields: [{ name: 'Tags', value: 'Ban' }, { name: 'Markets', value: 'United States' }, { name: 'Severity', value: 'High' }] },
    { type: 'change', label: 'US creator followers', from: '5,000', to: '1,000', fromSource: 'Seller Daily (2023-09)', toSource: '[Crossborder Wire](https://wire.example.com/a)' },
    { type: 'list', title: 'Facts', items: [{ text: 'Ban on vapes by the government — **new**' }] },
    { type: 'context', text: '2 sources: [Crossborder Wire](https://wire.example.com/a), Seller Daily' },
  ],
};

function allText(payloads: { text: string; blocks: any[] }[]): string {
  return JSON.stringify(payloads);
}

describe('renderSlackMessage', () => {
  it('renders an alert as valid Block Kit: linked title, labels, facts, the change with both sources, source count', () => {
    const payloads = renderSlackMessage(alert);
    expect(payloads).toHaveLength(1);
    const [p] = payloads;
    expect(blockProblems(p!)).toEqual([]);
    const blocks = p!.blocks as any[];
    expect(blocks[0].text.text).toBe('*<https://news.example.com/us-vape-ban?id=7&amp;ref=rss|US regulator orders &lt;!channel&gt; sellers &amp; creators to stop selling vapes>*');
    expect(blocks[1].type).toBe('context');
    expect(blocks[1].elements[0].text).toContain('Ban');
    expect(blocks[1].elements[0].text).toContain('United States (US)');
    const fields = blocks.find((b) => b.fields);
    expect(fields.fields.map((f: any) => f.text)).toEqual(['*Tags*\nBan', '*Markets*\nUnited States', '*Severity*\nHigh']);
    const change = blocks.find((b) => b.text?.text.startsWith('*Changed:'));
    expect(change.text.text).toBe('*Changed: US creator followers*\n~5,000~ → *1,000*\nBefore: Seller Daily (2023-09)\nNow: <https://wire.example.com/a|Crossborder Wire>');
    expect(allText(payloads)).toContain('• Ban on vapes by the government — *new*');
    expect(blocks[blocks.length - 1].elements[0].text).toBe('2 sources: <https://wire.example.com/a|Crossborder Wire>, Seller Daily');
    // The fallback text names the story without letting "<!channel>" ping anyone.
    expect(p!.text).toContain('US regulator orders &lt;!channel&gt;');
    expect(p!.text).not.toContain('<!channel>');
  });

  it('uses a plain-text header of at most 150 characters when there is no link', () => {
    const [p] = renderSlackMessage({ kind: 'reply', title: `**Status** ${'x'.repeat(300)}`, sections: [{ type: 'text', text: 'ok' }] });
    expect(blockProblems(p!)).toEqual([]);
    const header = (p!.blocks as any[])[0];
    expect(header.type).toBe('header');
    expect(header.text.text.length).toBe(150);
    expect(header.text.text.startsWith('Status xxx')).toBe(true);
  });

  it('splits more than ten fields over sections and cuts an overlong field', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ name: `F${i}`, value: i === 0 ? 'y'.repeat(5000) : `v${i}` }));
    const [p] = renderSlackMessage({ kind: 'reply', title: 'Fields', sections: [{ type: 'fields', fields }] });
    expect(blockProblems(p!)).toEqual([]);
    expect((p!.blocks as any[]).filter((b) => b.fields).map((b) => b.fields.length)).toEqual([10, 10, 3]);
  });

  it('spreads a long digest over messages within every limit and cuts it with "…and N more"', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ text: `Story ${i} ${'word '.repeat(30)}`, url: `https://news.example.com/${i}` }));
    const digest: Message = { kind: 'digest', title: 'Weekly digest', sections: [{ type: 'list', title: 'This week', items }] };
    const payloads = renderSlackMessage(digest, { maxMessages: 3 });
    expect(payloads).toHaveLength(3);
    for (const p of payloads) expect(blockProblems(p)).toEqual([]);
    const shown = (allText(payloads).match(/• </g) ?? []).length;
    const last = payloads[2]!.blocks[payloads[2]!.blocks.length - 1] as any;
    const more = Number(/…and (\d+) more/.exec(last.elements[0].text)![1]);
    expect(shown + more).toBe(5000);
    expect(payloads[1]!.text).toBe('Weekly digest (2/3)');
  });

  it('keeps a short digest in one message', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ text: `Story ${i}` }));
    const payloads = renderSlackMessage({ kind: 'digest', title: 'Daily digest', sections: [{ type: 'list', items }, { type: 'divider' }, { type: 'text', text: 'Quiet week.' }] });
    expect(payloads).toHaveLength(1);
    expect(blockProblems(payloads[0]!)).toEqual([]);
  });
});

describe('toMrkdwn', () => {
  it('converts bold and links and escapes Slack control characters', () => {
    expect(toMrkdwn('**GMV** up 3% <b> & [Seller Daily](https://x.example/a?b=1&c=2) [not a link](ftp://x)'))
      .toBe('*GMV* up 3% &lt;b&gt; &amp; <https://x.example/a?b=1&amp;c=2|Seller Daily> [not a link](ftp://x)');
  });
});
