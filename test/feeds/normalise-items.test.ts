// Items as the rest of the pipeline relies on them: ids that survive re-fetches, plain text, readable dates.
import { describe, expect, it } from 'vitest';
import { normaliseItems, MAX_SUMMARY_CHARS } from '../../src/feeds/normalise-items.ts';
import { parseFeedDate } from '../../src/feeds/parse-feed-date.ts';
import type { RawEntry } from '../../src/feeds/raw-entry.ts';
import type { FeedConfig } from '../../src/core/types.ts';

const feed: FeedConfig = { id: 'wire', url: 'https://wire.test/rss', lang: 'en', markets: [], intervalMinutes: 15 };
// As the parser gives entries: the date text and the date read from it.
const entry = (e: Partial<RawEntry>): RawEntry => ({ id: null, title: 'T', link: null, summary: null, published: null, publishedAt: parseFeedDate(e.published), ...e });

describe('normaliseItems', () => {
  it('keeps URL-like guids, scopes short ones to the feed, and otherwise uses the link without tracking parameters', () => {
    const items = normaliseItems([
      entry({ id: 'https://wire.test/p/1' }),
      entry({ id: '42', title: 'Local id' }),
      entry({ link: 'https://Wire.test/story?id=7&utm_source=x&fbclid=abc&gclid=1&ref=home&spm=a.b#top' }),
    ], feed, 'Wire');
    expect(items.map((i) => i.id)).toEqual(['https://wire.test/p/1', 'wire:42', 'https://wire.test/story?id=7']);
  });

  it('gives the same id to the same link with different tracking parameters', () => {
    const [a] = normaliseItems([entry({ link: 'https://wire.test/s?utm_campaign=a' })], feed, 'Wire');
    const [b] = normaliseItems([entry({ link: 'https://wire.test/s?utm_campaign=b&utm_medium=rss' })], feed, 'Wire');
    expect(a!.id).toBe(b!.id);
    expect(a!.link).toBe('https://wire.test/s?utm_campaign=a');
  });

  it('hashes title and summary when there is neither id nor link, stably', () => {
    const e = entry({ title: 'No id', summary: 'Body' });
    const [a] = normaliseItems([e], feed, 'Wire');
    const [b] = normaliseItems([{ ...e }], feed, 'Wire');
    expect(a!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a!.id).toBe(b!.id);
    expect(normaliseItems([entry({ title: 'Other', summary: 'Body' })], feed, 'Wire')[0]!.id).not.toBe(a!.id);
  });

  it('turns the summary into capped plain text and fills feed fields', () => {
    const html = `<p>TikTok&nbsp;Shop <b>raises</b> fees &amp; limits.</p><script>alert(1)</script>\n\n<p>${'word '.repeat(1000)}</p>`;
    const [item] = normaliseItems([entry({ id: 'x:1', title: 'Fees', summary: html, published: 'Mon, 02 Mar 2026 09:30:00 +0800' })], feed, 'Wire');
    expect(item!.summary.startsWith('TikTok\u00a0Shop raises fees & limits. word word')).toBe(true);
    expect(item!.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(item).toMatchObject({ feedId: 'wire', lang: 'en', source: 'Wire', published: '2026-03-02T01:30:00.000Z', link: null });
  });

  it('records an unreadable date as a problem and keeps the item with a null date', () => {
    const problems: string[] = [];
    const [item] = normaliseItems([entry({ id: 'x:2', title: 'Undated', published: 'last Tuesday-ish' })], feed, 'Wire', problems);
    expect(item!.published).toBeNull();
    expect(problems).toEqual(['"Undated": unreadable date "last Tuesday-ish"']);
  });

  it('drops entries with nothing to say and repeated ids', () => {
    const items = normaliseItems([entry({ title: null }), entry({ id: 'x:3' }), entry({ id: 'x:3' })], feed, 'Wire');
    expect(items).toHaveLength(1);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Mon, 02 Mar 2026 12:00:00 GMT', '2026-03-02T12:00:00.000Z'],
    ['Mon, 2 Mar 2026 04:00:00 PST', '2026-03-02T12:00:00.000Z'],
    ['02 Mar 26 12:00 +0100', '2026-03-02T11:00:00.000Z'],
    ['2026-03-02T12:00:00Z', '2026-03-02T12:00:00.000Z'],
    ['2026-03-02T20:00:00.250+08:00', '2026-03-02T12:00:00.250Z'],
    ['2026-03-02 12:00:00', '2026-03-02T12:00:00.000Z'],
    ['2026-03-02', '2026-03-02T00:00:00.000Z'],
    ['20260302T120000Z', '2026-03-02T12:00:00.000Z'],
    ['2026年3月2日 20:00', '2026-03-02T12:00:00.000Z'],
    ['2026/03/02 12:00', '2026-03-02T12:00:00.000Z'],
    ['March 2, 2026 12:00 GMT', '2026-03-02T12:00:00.000Z'],
  ])('reads %s', (text, iso) => expect(parseFeedDate(text)).toBe(iso));

  it.each(['', 'soon', '2026-02-30', '32 Mar 2026', 'Mon, 02 Foo 2026 12:00:00 GMT', '1234567890'])('refuses %j', (text) => {
    expect(parseFeedDate(text)).toBeNull();
  });
});
