// `npm start` as a user runs it: polls the configured feeds, prints alerts, logs a readable line per failing
// feed (no stack trace), keeps running and answers /healthz. Only loopback addresses are used.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.ts';

const now = new Date();
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title><link>http://127.0.0.1/</link>
<item><title>TikTok Shop bans weight-loss supplements from US listings</title><link>http://127.0.0.1/a</link><guid>lw-1</guid><pubDate>${now.toUTCString()}</pubDate><description>TikTok Shop will ban listings of weight-loss supplements for US users.</description></item>
</channel></rss>`;

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 40_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm start', () => {
  let feedServer: http.Server;
  let child: ChildProcess;
  let stdout = '';
  let stderr = '';
  let healthPort = 0;

  beforeAll(async () => {
    // Hostile feeds next to a good one: each must end as a clear per-feed error while the bot keeps serving.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><rss version="2.0"><channel><title>&lol4;</title><item><title>&lol4;</title></item></channel></rss>`;
    feedServer = http.createServer((req, res) => {
      if (req.url === '/ok.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
      else if (req.url === '/drip.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); const t = setInterval(() => res.write(' '), 100); res.on('close', () => clearInterval(t)); }
      else if (req.url === '/huge.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); const chunk = Buffer.alloc(64 * 1024, 0x20); let sent = 0; const pump = () => { while (sent < 64 * 1024 * 1024 && res.write(chunk)) sent += chunk.length; if (sent < 64 * 1024 * 1024) res.once('drain', pump); else res.end(); }; res.on('close', () => { sent = Infinity; }); pump(); }
      else if (req.url === '/bomb.xml') res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb);
      else if (req.url === '/loop.xml') res.writeHead(302, { location: '/loop.xml' }).end();
      else if (req.url === '/laughs.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(laughs);
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));
    const port = (feedServer.address() as AddressInfo).port;
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    healthPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));

    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-run-'));
    await writeFile(path.join(dir, 'feeds.yaml'), [
      'defaults:', '  interval_minutes: 1', 'feeds:',
      `  - id: loopback-ok`, `    url: http://127.0.0.1:${port}/ok.xml`, '    lang: en',
      `  - id: loopback-missing`, `    url: http://127.0.0.1:${port}/missing.xml`, '    lang: en',
      `  - id: nothing-listens`, `    url: http://127.0.0.1:9/feed.xml`, '    lang: en',
      ...['drip', 'huge', 'bomb', 'loop', 'laughs'].flatMap((h) => [`  - id: hostile-${h}`, `    url: http://127.0.0.1:${port}/${h}.xml`, '    lang: en']), '',
    ].join('\n'));
    await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'run'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), CONFIG_DIR: dir, SQLITE_PATH: path.join(dir, 'radar.sqlite'), ALLOW_PRIVATE_FEEDS: 'true', PORT: String(healthPort), LOG_FORMAT: 'json', FETCH_TIMEOUT_MS: '3000', FEED_MAX_BYTES: String(2 * 1024 * 1024) },
    });
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
  });

  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
    await new Promise((r) => feedServer.close(r));
  });

  it('logs which feeds it polls, prints the alert, and logs one readable error per failing feed', async () => {
    await waitFor(() => (stderr.includes('nothing-listens failed') && stderr.includes('loopback-missing failed') && stdout.includes('weight-loss supplements') ? true : undefined));
    expect(stderr).toMatch(/Polling 8 feeds: loopback-ok, loopback-missing, nothing-listens, hostile-drip/);
    expect(stdout).toMatch(/BAN/);
    const missing = stderr.split('\n').find((l) => l.includes('loopback-missing failed'))!;
    expect(JSON.parse(missing).msg).toMatch(/404/);
    expect(stderr).not.toMatch(/\n\s+at .*\(.*\.ts:\d+:\d+\)/); // no stack traces
    expect(child.exitCode).toBeNull();
  });

  it('ends each hostile feed as a clear per-feed error within its bound, and keeps running', async () => {
    const failures = await waitFor(() => {
      const lines = stderr.split('\n').filter((l) => l.includes('"feed":"hostile-') && l.includes('failed:')).map((l) => JSON.parse(l));
      const ids = new Set(lines.map((l) => l.feed));
      return ['drip', 'huge', 'bomb', 'loop'].every((h) => ids.has(`hostile-${h}`)) ? lines : undefined;
    });
    const reasonOf = (id: string) => failures.find((l) => l.feed === `hostile-${id}`)!.reason;
    expect(reasonOf('drip')).toBe('timeout');
    expect(reasonOf('huge')).toBe('too_large');
    expect(reasonOf('bomb')).toBe('too_large');
    expect(reasonOf('loop')).toBe('too_many_redirects');
    // Billion laughs: defused — either parsed without expansion or refused as bad XML, never a blown-up process.
    const laughs = failures.find((l) => l.feed === 'hostile-laughs');
    if (laughs) expect(laughs.reason).toBe('parse');
    expect(stdout).not.toContain('lollollol');
    expect(child.exitCode).toBeNull();
  }, 60_000);

  it('answers /healthz, /readyz with the failing feeds, and /metrics', async () => {
    const health = await waitFor(async () => {
      const r = await fetch(`http://127.0.0.1:${healthPort}/healthz`).catch(() => null);
      return r ? { status: r.status, body: (await r.json()) as Record<string, unknown> } : undefined;
    });
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', store: 'ok', scheduler: 'ok' });
    // Readiness names the failing feeds (the good one is not among them); some feeds work, so it is degraded, not down.
    const ready = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
    const detail = (await ready.json()) as { status: string; problems: string[]; feeds: { total: number; failing: { id: string; last_error: string }[] } };
    expect(ready.status).toBe(200);
    expect(detail.status).toBe('degraded');
    expect(detail.feeds.total).toBe(8);
    const failing = detail.feeds.failing.map((f) => f.id);
    expect(failing).toEqual(expect.arrayContaining(['loopback-missing', 'nothing-listens']));
    expect(failing).not.toContain('loopback-ok');
    expect(detail.feeds.failing.find((f) => f.id === 'loopback-missing')!.last_error).toMatch(/404/);
    expect(detail.problems[0]).toMatch(/^\d of 8 feeds failing: /);
    const metrics = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
    expect(metrics).toMatch(/tts_radar_feeds_polled_total\{result="error"\} [1-9]/);
    expect(metrics).toMatch(/tts_radar_items_classified_total\{tag="ban"\} 1/);
    expect(metrics).toMatch(/tts_radar_fetch_errors_total\{reason="timeout"\} [1-9]/);
    expect(metrics).toMatch(/tts_radar_fetch_errors_total\{reason="too_large"\} [1-9]/);
    const rss = Number(/process_resident_memory_bytes (\d+)/.exec(metrics)?.[1] ?? 0);
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThan(400 * 1024 * 1024); // a 64 MiB body and a 64 MiB gzip bomb were never held in memory
  });
});
