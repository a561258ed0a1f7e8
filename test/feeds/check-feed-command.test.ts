// `check-feed` as a user runs it: over local files and a local server, human and --json output, exit codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCheckFeedCommand } from '../../src/cli/check-feed-command.ts';
import { startFeedServer, type FeedServer } from '../servers/feed-server.ts';

const GOOD = `<rss version="2.0"><channel><title>Shop Wire</title><link>https://wire.test/</link>
  <item><title>Fees rise</title><link>https://wire.test/1</link><guid>https://wire.test/1</guid><pubDate>Mon, 02 Mar 2026 12:00:00 GMT</pubDate><description>&lt;p&gt;Seller fees rise.&lt;/p&gt;</description></item>
  <item><title>No link here</title><pubDate>whenever</pubDate></item></channel></rss>`;

async function run(args: string[], opts = { allowPrivate: true }) {
  let stdout = '';
  let stderr = '';
  const code = await runCheckFeedCommand(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; } }, opts);
  return { code, stdout, stderr };
}

describe('check-feed', () => {
  let dir: string;
  let server: FeedServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'check-feed-'));
    await writeFile(path.join(dir, 'good.xml'), GOOD);
    await writeFile(path.join(dir, 'broken.xml'), '<rss version="2.0"><channel><title>x</channel></rss>');
    server = await startFeedServer({ '/good': { body: GOOD } });
  });
  afterAll(async () => { await server.close(); });

  it('describes a parsed feed with its items and every problem', async () => {
    const { code, stdout } = await run([path.join(dir, 'good.xml')]);
    expect(code).toBe(0);
    expect(stdout).toContain('parsed: "Shop Wire" <https://wire.test/>, 2 items');
    expect(stdout).toContain('link: https://wire.test/1 · id: https://wire.test/1 · date: 2026-03-02T12:00:00.000Z');
    expect(stdout).toContain('! 1 of 2 items have no link');
    expect(stdout).toContain('! item 2 ("No link here") has an unreadable date: "whenever"');
  });

  it('prints one JSON line per input and exits 1 when one did not parse', async () => {
    const { code, stdout } = await run([server.url('/good'), path.join(dir, 'broken.xml'), server.url('/missing'), '--json']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(['input', 'ok', 'error', 'feed', 'items']);
    expect(lines[0]).toMatchObject({ ok: true, error: null, feed: { title: 'Shop Wire', link: 'https://wire.test/' } });
    expect(lines[0].items[0]).toEqual({ id: 'https://wire.test/1', title: 'Fees rise', link: 'https://wire.test/1', published: '2026-03-02T12:00:00.000Z', summary: 'Seller fees rise.' });
    expect(lines[1]).toMatchObject({ ok: false, error: expect.stringMatching(/^not well-formed XML: /), feed: { title: null, link: null }, items: [] });
    expect(lines[2]).toMatchObject({ ok: false, error: expect.stringMatching(/^fetch failed \(http_status\): HTTP 404/) });
  });

  it('refuses private addresses unless they are allowed', async () => {
    const { code, stdout } = await run([server.url('/good')], { allowPrivate: false });
    expect(code).toBe(1);
    expect(stdout).toMatch(/not parsed: fetch failed \(blocked_address\): .*loopback/);
  });

  it('exits 2 with usage for no inputs or an unknown flag', async () => {
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: npm run cli -- check-feed') });
    expect(await run(['x.xml', '--yaml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --yaml') });
  });

  it('reports a missing file', async () => {
    const { code, stdout } = await run([path.join(dir, 'nope.xml')]);
    expect(code).toBe(1);
    expect(stdout).toContain('not parsed: no such file');
  });
});
