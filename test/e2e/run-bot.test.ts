// `npm start` as a user runs it: polls the configured feeds, prints alerts, logs a readable line per failing
// feed (no stack trace), keeps running and answers /healthz. Only loopback addresses are used.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.ts';

const now = new Date();
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title><link>http://127.0.0.1/</link>
<item><title>TikTok bans links to Amazon in US videos</title><link>http://127.0.0.1/a</link><guid>lw-1</guid><pubDate>${now.toUTCString()}</pubDate><description>TikTok will ban links to external shops such as Amazon for US users.</description></item>
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
    feedServer = http.createServer((req, res) => {
      if (req.url === '/ok.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
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
      `  - id: nothing-listens`, `    url: http://127.0.0.1:9/feed.xml`, '    lang: en', '',
    ].join('\n'));
    await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'run'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), CONFIG_DIR: dir, SQLITE_PATH: path.join(dir, 'radar.sqlite'), ALLOW_PRIVATE_FEEDS: 'true', PORT: String(healthPort), LOG_FORMAT: 'json' },
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
    await waitFor(() => (stderr.includes('nothing-listens failed') && stderr.includes('loopback-missing failed') && stdout.includes('Amazon') ? true : undefined));
    expect(stderr).toMatch(/Polling 3 feeds: loopback-ok, loopback-missing, nothing-listens/);
    expect(stdout).toMatch(/BAN/);
    const missing = stderr.split('\n').find((l) => l.includes('loopback-missing failed'))!;
    expect(JSON.parse(missing).msg).toMatch(/404/);
    expect(stderr).not.toMatch(/\n\s+at .*\(.*\.ts:\d+:\d+\)/); // no stack traces
    expect(child.exitCode).toBeNull();
  });

  it('answers /healthz and /metrics', async () => {
    const health = await waitFor(async () => {
      const r = await fetch(`http://127.0.0.1:${healthPort}/healthz`).catch(() => null);
      return r ? { status: r.status, body: (await r.json()) as Record<string, unknown> } : undefined;
    });
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', store: 'ok', scheduler: 'ok' });
    const metrics = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
    expect(metrics).toMatch(/tts_radar_feeds_polled_total\{result="error"\} [1-9]/);
    expect(metrics).toMatch(/tts_radar_items_classified_total\{tag="ban"\} 1/);
  });
});
