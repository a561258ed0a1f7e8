import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.ts';
import { renderDiscordMessage } from '../../../src/adapters/discord/render-embeds.ts';
import { embedLimitProblems } from './embed-limits.ts';

const alert: Message = {
  kind: 'alert',
  title: 'TikTok Shop raises the US creator follower minimum to 5,000',
  url: 'https://news.example.com/us-threshold',
  tags: ['threshold_change'],
  markets: ['US'],
  severity: 'high',
  timestamp: '2025-03-04T08:30:00Z',
  sections: [
    { type: 'fields', fields: [{ name: 'Tags', value: 'Threshold change' }, { name: 'Markets', value: 'United States' }, { name: 'Severity', value: 'High' }] },
    { type: 'change', label: 'US creator followers', from: '1,000', to: '5,000', fromSource: 'Seller Center (2023-09)', toSource: '[Example News](https://news.example.com/us-threshold)' },
    { type: 'list', title: 'Facts', items: [{ text: 'Creator minimum followers: 5,000 — changes the baseline' }] },
    { type: 'context', text: '2 sources: [Example News](https://news.example.com/us-threshold), [Other Wire](https://wire.example.org/a)' },
  ],
};

function digest(items: number, itemLength = 120): Message {
  return {
    kind: 'digest',
    title: 'Weekly digest — 3 to 10 March',
    sections: [
      { type: 'text', text: `**${items} stories** this week.` },
      { type: 'list', title: 'Stories', items: Array.from({ length: items }, (_, i) => ({ text: `Story ${i + 1}: ${'x'.repeat(itemLength)}`, url: `https://news.example.com/${i + 1}` })) },
      { type: 'context', text: 'Sent by tts-radar every Monday at 09:00 UTC' },
    ],
  };
}

describe('renderDiscordMessage', () => {
  it('renders an alert as one embed: linked title, tag colour, fields, the change with both sources, source count, time', () => {
    const [payload, ...more] = renderDiscordMessage(alert);
    expect(more).toEqual([]);
    const [embed] = payload!.embeds;
    expect(embed).toMatchObject({ title: alert.title, url: 'https://news.example.com/us-threshold', color: 0xe67e22, timestamp: '2025-03-04T08:30:00.000Z' });
    expect(embed!.fields!.map((f) => f.name)).toEqual(['Tags', 'Markets', 'Severity', 'Changed: US creator followers']);
    const change = embed!.fields![3]!.value;
    expect(change).toContain('~~1,000~~ → **5,000**');
    expect(change).toContain('Seller Center (2023-09)');
    expect(change).toContain('[Example News](https://news.example.com/us-threshold)');
    expect(embed!.description).toContain('**Facts**');
    expect(embed!.description).toContain('2 sources: [Example News](https://news.example.com/us-threshold), [Other Wire](https://wire.example.org/a)');
    expect(embedLimitProblems(payload!.embeds)).toEqual([]);
  });

  it('gives each tag its own colour', () => {
    const colours = (['launch', 'threshold_change', 'ban', 'gmv_figure'] as const)
      .map((tag) => renderDiscordMessage({ ...alert, tags: [tag] })[0]!.embeds[0]!.color);
    expect(new Set(colours).size).toBe(4);
  });

  it('spreads a long digest over several embeds and messages, every one within Discord limits', () => {
    const payloads = renderDiscordMessage(digest(100));
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(embedLimitProblems(p.embeds)).toEqual([]);
    const text = payloads.flatMap((p) => p.embeds.map((e) => e.description ?? '')).join('\n');
    expect(text).toContain('[Story 1: ');
    expect(text).toContain('[Story 100: ');
    expect(text).not.toContain('more');
    expect(payloads[0]!.embeds[0]!.footer?.text).toBe('Sent by tts-radar every Monday at 09:00 UTC');
  });

  it('cuts a digest too long even for several messages with "…and N more" instead of failing', () => {
    const payloads = renderDiscordMessage(digest(2000));
    for (const p of payloads) expect(embedLimitProblems(p.embeds)).toEqual([]);
    const last = payloads.at(-1)!.embeds.at(-1)!.description!;
    const match = last.match(/…and (\d+) more$/);
    expect(match).not.toBeNull();
    const shown = payloads.flatMap((p) => p.embeds.map((e) => e.description ?? '')).join('\n').match(/\[Story \d+:/g)!.length;
    expect(shown + Number(match![1])).toBe(2000);
  });

  it('renders into exactly one message when asked (edits), still within limits', () => {
    const payloads = renderDiscordMessage(digest(400), { maxMessages: 1 });
    expect(payloads).toHaveLength(1);
    expect(embedLimitProblems(payloads[0]!.embeds)).toEqual([]);
    expect(payloads[0]!.embeds.at(-1)!.description).toMatch(/…and \d+ more$/);
  });

  it('truncates over-long titles, field names and values', () => {
    const long: Message = {
      kind: 'alert', title: 'T'.repeat(400), url: 'not a url', tags: ['ban'], timestamp: 'yesterday',
      sections: [{ type: 'fields', fields: [{ name: 'N'.repeat(300), value: 'V'.repeat(2000) }, { name: '', value: '' }] }],
    };
    const [payload] = renderDiscordMessage(long);
    expect(embedLimitProblems(payload!.embeds)).toEqual([]);
    const embed = payload!.embeds[0]!;
    expect(embed.title).toHaveLength(256);
    expect(embed.title!.endsWith('…')).toBe(true);
    expect(embed.url).toBeUndefined();
    expect(embed.timestamp).toBeUndefined();
  });

  it('keeps more than 25 fields by moving the rest to the next embed', () => {
    const many: Message = { kind: 'reply', title: 'Markets', sections: [{ type: 'fields', fields: Array.from({ length: 40 }, (_, i) => ({ name: `M${i}`, value: `v${i}` })) }] };
    const [payload] = renderDiscordMessage(many);
    expect(payload!.embeds.map((e) => e.fields?.length ?? 0)).toEqual([25, 15]);
    expect(embedLimitProblems(payload!.embeds)).toEqual([]);
  });

  it('attaches PNGs and shows the first one as the embed image', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const [payload] = renderDiscordMessage({ ...alert, attachments: [{ filename: 'gmv us.png', contentType: 'image/png', dataBase64: png.toString('base64') }] });
    expect(payload!.files).toEqual([{ name: 'gmv_us.png', data: png, contentType: 'image/png' }]);
    expect(payload!.embeds[0]!.image).toEqual({ url: 'attachment://gmv_us.png' });
  });

  it('links list items safely even when titles contain brackets', () => {
    const [payload] = renderDiscordMessage({ kind: 'reply', title: 'Latest', sections: [{ type: 'list', items: [{ text: '[Update] Shop opens', url: 'https://e.example/a_(b)' }] }] });
    expect(payload!.embeds[0]!.description).toBe('• [\\[Update\\] Shop opens](https://e.example/a_%28b%29)');
  });
});
