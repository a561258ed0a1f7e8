// `check-feed` on a feed served from this machine: refused by the SSRF guard, and the refusal names the one
// setting that opens it, so a user with a local feed is not left guessing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>http://127.0.0.1/</link>
<item><title>TikTok Shop opens in Japan</title><link>http://127.0.0.1/a</link><guid>lw-1</guid><pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate></item>
</channel></rss>`;

let server: http.Server;
let url = '';

beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('check-feed on a loopback feed', () => {
  it('is refused with a message naming ALLOW_PRIVATE_FEEDS', async () => {
    const { code, stdout } = await runCli(['check-feed', url]);
    expect(code).toBe(1);
    expect(stdout).toContain('127.0.0.1 is a loopback address');
    expect(stdout).toContain('set ALLOW_PRIVATE_FEEDS=true to allow them');
  });

  it('parses once ALLOW_PRIVATE_FEEDS=true, as the message says', async () => {
    const { code, stdout } = await runCli(['check-feed', url], { env: { ALLOW_PRIVATE_FEEDS: 'true' } });
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('Local Wire');
    expect(stdout).toContain('TikTok Shop opens in Japan');
  });
});
