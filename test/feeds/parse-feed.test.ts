// Parsing as the poller and check-feed see it: encodings decoded before parsing, titles as plain text, links
// resolved, entries in a shape the normaliser can trust, and a one-line reason when a document is not a feed.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseFeedDocument } from '../../src/feeds/parse-feed.ts';

const rss = (title: string, decl = '') => `<?xml version="1.0"${decl}?><rss version="2.0"><channel><title>${title}</title><item><title>${title}</title><link>https://news.test/1</link></item></channel></rss>`;

async function feedTitle(body: Buffer, contentType: string | null = null) {
  const out = await parseFeedDocument(body, { url: null, contentType });
  if (!out.ok) throw new Error(out.error);
  return { title: out.feed.title, problems: out.problems };
}

describe('decoding before parsing', () => {
  it.each([
    ['big5', '抖音電商'], ['gbk', '抖音电商跨境'], ['gb2312', '抖音电商'], ['gb18030', '抖音电商'], ['euc-kr', '틱톡 쇼핑'],
    ['koi8-r', 'ТикТок Магазин'], ['windows-1251', 'ТикТок'], ['iso-8859-2', 'Zażółć'], ['windows-1252', 'Café “quotes”'], ['shift_jis', 'ティックトック'],
  ])('reads %s declared in the XML declaration', async (encoding, text) => {
    expect((await feedTitle(iconv.encode(rss(text, ` encoding="${encoding}"`), encoding))).title).toBe(text);
  });

  it('prefers the HTTP charset over the XML declaration', async () => {
    const body = iconv.encode(rss('Café', ' encoding="utf-8"'), 'windows-1252');
    expect((await feedTitle(body, 'application/rss+xml; charset="ISO-8859-1"')).title).toBe('Café');
  });

  it.each([['utf-16le', true], ['utf-16be', true], ['utf-16le', false], ['utf-16be', false], ['utf-32le', true], ['utf-32be', false]])(
    'reads %s (BOM: %s)', async (encoding, bom) => {
      const text = `${bom ? '\uFEFF' : ''}${rss('Shop 商城 ✓', ` encoding="${encoding.slice(0, 6)}"`)}`;
      expect((await feedTitle(iconv.encode(text, encoding))).title).toBe('Shop 商城 ✓');
    });

  it('reads a UTF-8 BOM and undeclared UTF-8', async () => {
    expect((await feedTitle(Buffer.from(`\uFEFF${rss('Größe')}`))).title).toBe('Größe');
    expect((await feedTitle(Buffer.from(rss('Größe')))).title).toBe('Größe');
  });

  it('names an unknown encoding as a problem and falls back to UTF-8', async () => {
    const out = await feedTitle(Buffer.from(rss('Plain', ' encoding="x-klingon"')));
    expect(out.title).toBe('Plain');
    expect(out.problems).toContain('unknown character encoding "x-klingon" in the XML declaration; decoded as UTF-8 instead');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', async () => {
    const out = await feedTitle(iconv.encode(rss('naïve'), 'windows-1252'));
    expect(out.title).toBe('naïve');
    expect(out.problems.join()).toMatch(/not valid UTF-8/);
  });
});

describe('parseFeedDocument', () => {
  it('reads an Atom feed: alternate link, xml:base, ids, plain-text titles', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://shop.test/news/"><title type="html">TikTok Shop &lt;b&gt;News&lt;/b&gt;</title>
      <link rel="self" href="/feed.atom"/><link href="./"/>
      <entry xml:base="2026/"><id>tag:shop.test,2026:1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Fees &amp; <b>rules</b> change</div></title>
        <link rel="edit" href="edit/1"/><link rel="alternate" type="text/html" href="fees.html?utm_source=x"/>
        <updated>2026-03-01T10:00:00+08:00</updated><summary type="html">&lt;p&gt;Seller fees rise.&lt;/p&gt;</summary></entry></feed>`;
    const out = await parseFeedDocument(Buffer.from(xml), { url: 'https://feeds.test/x', contentType: 'application/atom+xml' });
    expect(out).toMatchObject({
      ok: true, feed: { title: 'TikTok Shop News', link: 'https://shop.test/news/' },
      items: [{ id: 'tag:shop.test,2026:1', title: 'Fees & rules change', link: 'https://shop.test/news/2026/fees.html?utm_source=x', published: '2026-03-01T10:00:00+08:00', summary: '<p>Seller fees rise.</p>' }],
    });
  });

  it('reads RSS 1.0 (RDF) and resolves relative links against the feed URL', async () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="x"><title>Cross-border</title><link>/</link></channel>
      <item rdf:about="https://cb.test/a"><title>A &amp; B</title><link>/a</link><dc:date>2026-02-01</dc:date></item></rdf:RDF>`;
    const out = await parseFeedDocument(Buffer.from(xml), { url: 'https://cb.test/rss', contentType: null });
    expect(out).toMatchObject({ ok: true, feed: { title: 'Cross-border', link: 'https://cb.test/' }, items: [{ id: 'https://cb.test/a', title: 'A & B', link: 'https://cb.test/a', published: '2026-02-01' }] });
  });

  it('turns undeclared HTML entities and stray ampersands into text instead of failing', async () => {
    const out = await parseFeedDocument(Buffer.from(rss('AT&T &mdash; caf&eacute;&nbsp;news')), { url: null, contentType: null });
    expect(out.ok && out.feed.title).toBe('AT&T — café\u00a0news');
  });

  it('uses a permalink guid as the link and reports what is missing', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>x</title><guid>https://a.test/1</guid><pubDate>someday soon</pubDate></item><item><title>y</title><guid isPermaLink="false">42</guid></item></channel></rss>`;
    const out = await parseFeedDocument(Buffer.from(xml), { url: null, contentType: null });
    expect(out.ok && out.items.map((i) => i.link)).toEqual(['https://a.test/1', null]);
    expect(out.problems).toEqual(['1 of 2 items have no link', '1 of 2 items have no date', 'item 1 ("x") has an unreadable date: "someday soon"']);
  });

  it('keeps an Atom feed whose link has no href and whose entry date cannot be read, and says so', async () => {
    // rss-parser used to throw on both ("Cannot read properties of undefined", "Invalid time value"), losing the feed.
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Seller news</title><link>https://a.test/</link>
      <entry><id>urn:x:1</id><title>Shop fees change</title><link>https://a.test/1</link><published>next Tuesday</published></entry></feed>`;
    const out = await parseFeedDocument(Buffer.from(xml), { url: null, contentType: null });
    expect(out).toMatchObject({ ok: true, feed: { title: 'Seller news' }, items: [{ id: 'urn:x:1', title: 'Shop fees change', published: 'next Tuesday' }] });
    expect(out.problems).toContain('item 1 ("Shop fees change") has an unreadable date: "next Tuesday"');
  });

  it('reads an RSS document without a channel as a feed with no items', async () => {
    const out = await parseFeedDocument(Buffer.from('<rss version="2.0"><title>x</title></rss>'), { url: null, contentType: null });
    expect(out).toEqual({ ok: true, feed: { title: null, link: null }, items: [], problems: ['the document has no <channel> element, so no title and no items'] });
  });

  it.each([
    ['<feed/>', /^not a recognised RSS or Atom feed \(root element <feed>\)$/],
    ['<rss version="2.0"><channel><title>x</title><item></channel></rss>', /^not well-formed XML: .* at line 1, column \d+$/],
    ['<!DOCTYPE html><html><head><title>Shop</title></head></html>', /^not a feed: the document is an HTML page/],
    ['{"version":"https://jsonfeed.org/version/1"}', /looks like JSON/],
    ['', /^the document is empty$/],
    ['<opml version="2.0"><body/></opml>', /^not an RSS, Atom or RDF feed: the root element is <opml>$/],
  ])('rejects %j with a clear one-line error', async (text, error) => {
    const out = await parseFeedDocument(Buffer.from(text), { url: null, contentType: null });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toMatch(error);
  });

  it('refuses a document over the byte cap before parsing', async () => {
    const out = await parseFeedDocument(Buffer.alloc(2000, 0x20), { url: null, contentType: null, maxBytes: 1000 });
    expect(out).toEqual({ ok: false, error: 'the document is 2000 bytes, over the limit of 1000 bytes', problems: [] });
  });
});
