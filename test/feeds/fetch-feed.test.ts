// The everyday answers a feed server gives, as the poller sees them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { fetchFeed, type FetchOptions } from '../../src/feeds/fetch-feed.ts';
import { startFeedServer, type FeedServer } from '../servers/feed-server.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Shop Wire</title></channel></rss>';
const none = { etag: null, lastModified: null };
const opts: FetchOptions = { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 5, allowPrivate: true, userAgent: 'tts-radar-test' };
const fixedClock = { now: () => new Date('2026-03-02T12:00:00Z') };

describe('fetchFeed', () => {
  let server: FeedServer;
  beforeEach(async () => { server = await startFeedServer(); });
  afterEach(async () => { await server.close(); });

  it('returns the body, content type and validators of a 200', async () => {
    server.setRoute('/feed', { body: RSS, etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT' });
    const out = await fetchFeed(server.url('/feed'), none, opts);
    expect(out).toMatchObject({ kind: 'ok', status: 200, etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT', contentType: 'application/rss+xml; charset=utf-8', finalUrl: server.url('/feed') });
    expect(out.kind === 'ok' && out.body.toString()).toBe(RSS);
    expect(server.requests[0]!.headers['user-agent']).toBe('tts-radar-test');
    expect(server.requests[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends the stored validators and reports 304 as not modified', async () => {
    server.setRoute('/feed', { body: RSS, etag: '"v1"' });
    expect(await fetchFeed(server.url('/feed'), { etag: '"v1"', lastModified: null }, opts)).toEqual({ kind: 'not_modified' });
    server.setRoute('/dated', { body: RSS, lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT' });
    expect(await fetchFeed(server.url('/dated'), { etag: null, lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT' }, opts)).toEqual({ kind: 'not_modified' });
    expect(server.requests[0]!.headers['if-none-match']).toBe('"v1"');
    expect(server.requests[1]!.headers['if-modified-since']).toBe('Mon, 02 Mar 2026 10:00:00 GMT');
  });

  it.each([['gzip', zlib.gzipSync], ['deflate', zlib.deflateSync], ['br', zlib.brotliCompressSync]] as const)('decodes a %s body', async (encoding, compress) => {
    server.setRoute('/z', { body: compress(Buffer.from(RSS)), headers: { 'content-encoding': encoding } });
    const out = await fetchFeed(server.url('/z'), none, opts);
    expect(out.kind === 'ok' && out.body.toString()).toBe(RSS);
  });

  it('reports 404 and 500 with the status in a readable message', async () => {
    const missing = await fetchFeed(server.url('/nope'), none, opts);
    expect(missing).toMatchObject({ kind: 'error', reason: 'http_status', status: 404 });
    expect(missing.kind === 'error' && missing.message).toMatch(/^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/nope$/);
    server.setRoute('/boom', { status: 500, body: 'oops' });
    expect(await fetchFeed(server.url('/boom'), none, opts)).toMatchObject({ kind: 'error', reason: 'http_status', status: 500, retryAfterSeconds: null });
  });

  it('passes on Retry-After from a 429 (seconds) and a 503 (HTTP date)', async () => {
    server.setRoute('/slow-down', { status: 429, retryAfter: '120' });
    expect(await fetchFeed(server.url('/slow-down'), none, opts)).toMatchObject({ reason: 'http_status', status: 429, retryAfterSeconds: 120 });
    server.setRoute('/maintenance', { status: 503, retryAfter: 'Mon, 02 Mar 2026 12:30:00 GMT' });
    expect(await fetchFeed(server.url('/maintenance'), none, { ...opts, clock: fixedClock })).toMatchObject({ status: 503, retryAfterSeconds: 1800 });
  });

  it('follows up to five redirects and reports the final URL', async () => {
    for (let i = 1; i <= 5; i++) server.setRoute(`/r${i}`, { location: i === 5 ? '/feed' : `/r${i + 1}`, status: i % 2 ? 301 : 307 });
    server.setRoute('/feed', { body: RSS });
    const out = await fetchFeed(server.url('/r1'), none, opts);
    expect(out).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed') });
  });

  it('gives up on the sixth redirect', async () => {
    for (let i = 1; i <= 6; i++) server.setRoute(`/r${i}`, { location: `/r${i + 1}` });
    server.setRoute('/r7', { body: RSS });
    const out = await fetchFeed(server.url('/r1'), none, opts);
    expect(out).toMatchObject({ kind: 'error', reason: 'too_many_redirects' });
    expect(server.requests).toHaveLength(6);
  });

  it('times out a server that never answers', async () => {
    server.setRoute('/hang', { handler: () => undefined });
    const out = await fetchFeed(server.url('/hang'), none, { ...opts, timeoutMs: 300 });
    expect(out).toMatchObject({ kind: 'error', reason: 'timeout' });
    expect(out.kind === 'error' && out.message).toMatch(/within 300 ms/);
  });

  it('refuses an oversized body announced by Content-Length without reading it', async () => {
    server.setRoute('/big', { body: Buffer.alloc(2_000_000, 0x20) });
    expect(await fetchFeed(server.url('/big'), none, opts)).toMatchObject({ kind: 'error', reason: 'too_large' });
  });

  it('rejects non-http schemes and malformed URLs as bad_url', async () => {
    expect(await fetchFeed('ftp://example.test/feed', none, opts)).toMatchObject({ kind: 'error', reason: 'bad_url' });
    expect(await fetchFeed('not a url', none, opts)).toMatchObject({ kind: 'error', reason: 'bad_url' });
  });

  it('reports a refused connection as a network error', async () => {
    const port = server.port;
    await server.close();
    server = await startFeedServer();
    const out = await fetchFeed(`http://127.0.0.1:${port}/feed`, none, opts);
    expect(out).toMatchObject({ kind: 'error', reason: 'network' });
  });
});
