// The SSRF guard: with private feeds not allowed, a feed URL cannot reach the host, the private network or the
// cloud metadata service — by IP, by name, or through a redirect. Only loopback is ever really contacted; every
// other address comes from an injected DNS lookup, and a safety net refuses any socket that would leave the host.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type dns from 'node:dns';
import { fetchFeed, type FetchOptions } from '../../src/feeds/fetch-feed.ts';
import { blockedAddressReason, type LookupFunction } from '../../src/feeds/address-guard.ts';
import { startFeedServer, type FeedServer } from '../servers/feed-server.ts';
import { installConnectSafetyNet } from './connect-safety-net.ts';

const none = { etag: null, lastModified: null };
const RSS = '<rss version="2.0"><channel><title>t</title></channel></rss>';

/** Fake DNS: test names map to fixed addresses; anything else does not exist. */
function fakeLookup(table: Record<string, string[]>, calls: string[]): LookupFunction {
  return (hostname, options, callback) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
    const list: dns.LookupAddress[] = addresses.map((a) => ({ address: a, family: a.includes(':') ? 6 : 4 }));
    if ((options as dns.LookupAllOptions).all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  };
}

describe('SSRF guard', () => {
  let server: FeedServer;
  let net: ReturnType<typeof installConnectSafetyNet>;
  beforeAll(() => { net = installConnectSafetyNet(); });
  afterAll(() => net.uninstall());
  beforeEach(async () => { server = await startFeedServer({ '/feed': { body: RSS } }); });
  afterEach(async () => {
    await server.close();
    expect(net.attempts).toEqual([]);
  });
  const guarded: FetchOptions = { timeoutMs: 5000, maxBytes: 100_000, allowPrivate: false };

  it('refuses loopback by IP, IPv4-mapped IPv6 and by the name localhost, without connecting', async () => {
    for (const url of [server.url('/feed'), `http://[::ffff:127.0.0.1]:${server.port}/feed`, `http://localhost:${server.port}/feed`]) {
      const out = await fetchFeed(url, none, guarded);
      expect(out).toMatchObject({ kind: 'error', reason: 'blocked_address' });
      expect(out.kind === 'error' && out.message).toMatch(/loopback/);
    }
    expect(server.connections()).toBe(0);
  });

  it('allows loopback when private feeds are allowed', async () => {
    expect(await fetchFeed(server.url('/feed'), none, { ...guarded, allowPrivate: true })).toMatchObject({ kind: 'ok' });
  });

  it.each([
    ['metadata.test', ['169.254.169.254'], /169\.254\.169\.254, a link-local/],
    ['intranet.test', ['10.0.0.5'], /10\.0\.0\.5, a private/],
    ['ula.test', ['fd00::1'], /fd00::1, a unique-local/],
    ['cgnat.test', ['100.64.1.2'], /carrier-grade NAT/],
    ['mapped.test', ['::ffff:192.168.1.1'], /private \(IPv4 192\.168\.1\.1 inside IPv6\)/],
    ['mixed.test', ['127.0.0.1', '10.1.2.3'], /10\.1\.2\.3|127\.0\.0\.1/],
  ])('refuses %s → %j at connect time', async (host, addresses, message) => {
    const calls: string[] = [];
    const out = await fetchFeed(`http://${host}:${server.port}/feed`, none, { ...guarded, lookup: fakeLookup({ [host]: addresses }, calls) });
    expect(out).toMatchObject({ kind: 'error', reason: 'blocked_address' });
    expect(out.kind === 'error' && out.message).toMatch(message);
    expect(calls).toContain(host);
  });

  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '10.0.0.5', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::a00:5', '2002:c0a8:101::1']) {
      expect(blockedAddressReason(a), a).not.toBeNull();
    }
    for (const a of ['93.184.216.34', '172.32.0.1', '100.128.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(blockedAddressReason(a), a).toBeNull();
    }
  });
});
