// Fault 10's last edge: a bot with 5,000 feeds starts with one short log line naming a few of them and how many
// more, not a line of every id (it was 400 KB). The real program, on loopback; it is stopped once it has said so.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/run-cli.ts';
import { freePort, spawnBot, waitFor, type BotProcess } from '../e2e/spawn-bot.ts';

const FEEDS = 5000;

describe('the start log with 5,000 feeds', () => {
  let bot: BotProcess | undefined;
  let dir = '';
  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await bot?.exited;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is one bounded line: the count, the first ids and how many more', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tts-startlog-'));
    // Port 9 (discard) refuses at once: the polls that start fail fast and quietly in the background.
    const feeds = Array.from({ length: FEEDS }, (_, i) => `  - id: wire-feed-number-${i}\n    url: http://127.0.0.1:9/feed-${i}.xml\n    lang: en\n`).join('');
    await writeFile(path.join(dir, 'feeds.yaml'), `feeds:\n${feeds}`);
    await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
    bot = spawnBot({ CONFIG_DIR: dir, SQLITE_PATH: path.join(dir, 'radar.sqlite'), ALLOW_PRIVATE_FEEDS: 'true', PORT: String(await freePort()) });
    const line = await waitFor(() => bot!.output().split('\n').find((l) => l.includes('"msg":"Polling ')), 60_000, `the start line\n${bot.output().slice(0, 2000)}`);

    const msg = (JSON.parse(line) as { msg: string }).msg;
    const head = `Polling ${FEEDS} feeds: ${Array.from({ length: 10 }, (_, i) => `wire-feed-number-${i}`).join(', ')} and 4,990 more`;
    expect(msg.slice(0, head.length)).toBe(head);
    expect(line.length).toBeLessThan(600);
    expect(line).not.toContain('wire-feed-number-10,');
  }, 90_000);
});
