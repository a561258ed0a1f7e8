// Feeds on the open internet can be hostile or broken. Each case runs a real local server on 127.0.0.1 and checks
// that the fetch stops with the right reason and that what was read stays within the limits.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type http from 'node:http';
import zlib from 'node:zlib';
import { fetchFeed, type FetchOptions } from '../../src/feeds/fetch-feed.ts';
import { parseFeedDocument } from '../../src/feeds/parse-feed.ts';
import { startFeedServer, type FeedServer } from '../servers/feed-server.ts';

const MiB = 1024 * 1024;
const CAP = 1 * MiB;
const none = { etag: null, lastModified: null };
const opts: FetchOptions = { timeoutMs: 10_000, maxBytes: CAP, maxRedirects: 5, allowPrivate: true, userAgent: 'tts-radar-test' };

/** Streams `total` bytes (or forever) in 64 KiB chunks, honouring backpressure; reports how many were accepted. */
function streamBody(res: http.ServerResponse, total: number, sent: { bytes: number }): void {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const pump = () => {
    while (sent.bytes < total && !res.destroyed) {
      sent.bytes += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => undefined);
  pump();
}

async function compressRepeated(make: () => zlib.Gzip | zlib.BrotliCompress, totalBytes: number): Promise<Buffer> {
  const z = make();
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => z.on('end', r));
  const block = Buffer.alloc(4 * MiB, 0x20);
  for (let written = 0; written < totalBytes; written += block.length) {
    if (!z.write(block)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

describe('fetching from hostile servers', () => {
  let server: FeedServer;
  let gzipBomb: Buffer;
  let brotliBomb: Buffer;
  beforeAll(async () => {
    gzipBomb = await compressRepeated(() => zlib.createGzip({ level: 9 }), 64 * MiB);
    brotliBomb = await compressRepeated(() => zlib.createBrotliCompress(), 64 * MiB);
  });
  beforeEach(async () => { server = await startFeedServer(); });
  afterEach(async () => { await server.close(); });

  it.each([
    ['a correct Content-Length', (n: number) => ({ 'content-length': String(n) })],
    ['no Content-Length (chunked)', () => ({})],
  ])('stops a body over the cap announced with %s', async (_label, headers) => {
    const sent = { bytes: 0 };
    const total = 64 * MiB;
    server.setRoute('/huge', { handler: (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml', ...headers(total) }); streamBody(res, total, sent); } });
    const out = await fetchFeed(server.url('/huge'), none, opts);
    expect(out).toMatchObject({ kind: 'error', reason: 'too_large' });
    expect(out.kind === 'error' && out.message).toMatch(/limit of 1048576 bytes/);
    // Socket buffers let the server get somewhat ahead of the reader, but nowhere near the 64 MiB it wanted to send.
    expect(sent.bytes).toBeLessThan(16 * MiB);
  });

  it('never holds more than the cap when Content-Length lies (announces less than is sent)', async () => {
    const sent = { bytes: 0 };
    server.setRoute('/liar', { handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(CAP / 2) });
      // Bypass the framework's own framing to push far more than announced.
      const chunk = Buffer.alloc(64 * 1024, 0x62);
      const socket = res.socket!;
      res.flushHeaders();
      const pump = () => {
        while (sent.bytes < 64 * MiB && !socket.destroyed) {
          sent.bytes += chunk.length;
          if (!socket.write(chunk)) return void socket.once('drain', pump);
        }
      };
      socket.on('error', () => undefined);
      pump();
    } });
    const out = await fetchFeed(server.url('/liar'), none, opts);
    if (out.kind === 'ok') expect(out.body.length).toBeLessThanOrEqual(CAP / 2);
    else expect(out).toMatchObject({ kind: 'error', reason: expect.stringMatching(/^(too_large|network)$/) });
    expect(sent.bytes).toBeLessThan(16 * MiB);
  });

  it.each([['gzip', () => gzipBomb], ['br', () => brotliBomb]] as const)('caps the decompressed size of a %s bomb', async (encoding, bomb) => {
    const body = bomb();
    expect(body.length).toBeLessThan(CAP); // small on the wire: only the decompressed cap can stop it
    server.setRoute('/bomb', { body, headers: { 'content-encoding': encoding } });
    const out = await fetchFeed(server.url('/bomb'), none, opts);
    expect(out).toMatchObject({ kind: 'error', reason: 'too_large' });
    expect(out.kind === 'error' && out.message).toMatch(/decompressed body is larger than the limit/);
  });

  it('stops a body that drips forever at the total timeout', async () => {
    let timer: NodeJS.Timeout | undefined;
    server.setRoute('/drip', { handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>');
      timer = setInterval(() => { if (!res.destroyed) res.write(' '); }, 20);
      res.on('close', () => clearInterval(timer));
    } });
    const out = await fetchFeed(server.url('/drip'), none, { ...opts, timeoutMs: 400 });
    clearInterval(timer);
    expect(out).toMatchObject({ kind: 'error', reason: 'timeout' });
  });

  it('gives up on a redirect loop', async () => {
    server.setRoute('/a', { location: '/b' });
    server.setRoute('/b', { location: '/a', status: 301 });
    const out = await fetchFeed(server.url('/a'), none, opts);
    expect(out).toMatchObject({ kind: 'error', reason: 'too_many_redirects' });
    expect(server.requests.length).toBe(6);
  });

  it('keeps only the newest items of a 100,000-item feed', async () => {
    const start = Date.UTC(2026, 0, 1);
    // Oldest first on purpose: "newest" must come from the dates, not from the position.
    const items = Array.from({ length: 100_000 }, (_, i) =>
      `<item><title>Story ${i}</title><guid>https://news.test/s/${i}</guid><pubDate>${new Date(start + i * 60_000).toUTCString()}</pubDate></item>`);
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Firehose</title>${items.join('')}</channel></rss>`;
    server.setRoute('/firehose', { body: xml });
    const fetched = await fetchFeed(server.url('/firehose'), none, { ...opts, maxBytes: 32 * MiB });
    expect(fetched.kind).toBe('ok');
    if (fetched.kind !== 'ok') return;
    const parsed = await parseFeedDocument(fetched.body, { url: fetched.finalUrl, contentType: fetched.contentType, maxItems: 50, maxBytes: 32 * MiB });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.items).toHaveLength(50);
    expect(parsed.items.map((i) => i.id)).toEqual(Array.from({ length: 50 }, (_, k) => `https://news.test/s/${99_950 + k}`));
    expect(parsed.problems).toContain('the feed has 100000 items; only the newest 50 were kept');
    // With the default 5 MiB document cap the same feed is refused before parsing.
    const refused = await parseFeedDocument(fetched.body, { url: null, contentType: null });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/over the limit of 5242880 bytes/) });
  });

  it('defuses a billion-laughs document and never loads external entities', async () => {
    const lol = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('\n');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lol}\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n<rss version="2.0"><channel><title>Laughs &lol9;</title><item><title>Leak &secret;</title><link>https://news.test/1</link></item></channel></rss>`;
    server.setRoute('/laughs', { body: xml });
    const fetched = await fetchFeed(server.url('/laughs'), none, opts);
    if (fetched.kind !== 'ok') throw new Error(fetched.kind);
    const parsed = await parseFeedDocument(fetched.body, { url: fetched.finalUrl, contentType: fetched.contentType });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.feed.title).toBe('Laughs &lol9;');
    expect(parsed.items[0]!.title).toBe('Leak &secret;');
    expect(parsed.problems.join('\n')).toMatch(/billion laughs/);
    expect(parsed.problems.join('\n')).toMatch(/external entity "secret"; it was not loaded/);
  });
});
