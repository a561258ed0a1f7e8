// Fault 6: a Slack request that never answers. Through the real senders and the running dispatcher (real
// time): other Slack channels and Discord keep receiving while it hangs, the hung post ends at the sender's
// timeout and is looked up (it had been posted) rather than sent again, and stop() returns while a request hangs.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../../src/app/outbox-dispatcher.ts';
import { createSenderClient, SlackSender } from '../../src/adapters/slack/slack-sender.ts';
import { createSenderRest, DiscordSender } from '../../src/adapters/discord/discord-sender.ts';
import { systemClock } from '../../src/core/ports.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { FakeDiscord } from '../servers/fake-discord.ts';
import { FakeSlack } from '../servers/fake-slack.ts';
import { waitFor } from '../e2e/spawn-bot.ts';
import { countBy } from './fault-stories.ts';

let slack: FakeSlack;
let discord: FakeDiscord;
let store: SqliteStore;
beforeEach(async () => {
  slack = await FakeSlack.start();
  discord = await FakeDiscord.start();
  store = SqliteStore.open(path.join(await mkdtemp(path.join(os.tmpdir(), 'tts-hang-')), 'radar.sqlite'));
});
afterEach(async () => {
  await store.close();
  await slack.close();
  await discord.close();
});

async function enqueue(platform: string, channelId: string, n: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = `alert:${platform}:${channelId}:s${i}`;
    await store.enqueue({ key, platform, channelId, kind: 'alert', message: { kind: 'alert', title: `Story ${i}`, sections: [] }, now: new Date().toISOString() });
    keys.push(key);
  }
  return keys;
}

const slackKeys = (channel: string) => (slack.posted.get(channel) ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key);

describe('a request that never answers', () => {
  it('holds up neither the other channels nor the other platform, ends at the timeout, and is not posted twice', async () => {
    const logs: string[] = [];
    const log = (o: object, msg?: string) => void logs.push(`${msg} ${JSON.stringify(o)}`);
    const dispatcher = new OutboxDispatcher({
      store, clock: systemClock, logger: { info: log, warn: log, error: log }, perChannelIntervalMs: 0, baseDelayMs: 100,
      senders: new Map<string, SlackSender | DiscordSender>([
        // Shorter than the production default (10 s) to keep the test quick, long enough to deliver the rest meanwhile.
        ['slack', new SlackSender(createSenderClient({ botToken: slack.botToken, apiUrl: slack.apiUrl, timeoutMs: 8000 }))],
        ['discord', new DiscordSender(createSenderRest({ token: discord.token, apiUrl: discord.apiUrl }))],
      ]),
    });
    slack.hangingChannels.add('C0HANG');
    const [hung] = await enqueue('slack', 'C0HANG', 1);
    dispatcher.start(50);
    try {
      await slack.waitForCalls('chat.postMessage', 1, 30_000); // the hung post is out
      const okKeys = await enqueue('slack', 'C0OK', 3);
      await enqueue('discord', '1300000000000000001', 3);
      await waitFor(async () => ((await store.depth()).sent >= 6 ? true : undefined), 30_000, 'the other channels delivered');
      // Delivered while the hung post was still waiting for its answer.
      expect(slack.openHungRequests.size).toBe(1);
      expect((await store.getByKey(hung!))!.status).toBe('pending');
      expect(countBy(slackKeys('C0OK'))).toEqual(new Map(okKeys.map((k) => [k, 1])));
      expect(discord.channelMessages('1300000000000000001')).toHaveLength(3);

      // The channel recovers; the hung post times out, is found in the history, and is not posted again.
      slack.hangingChannels.delete('C0HANG');
      await waitFor(async () => ((await store.getByKey(hung!))!.status === 'sent' ? true : undefined), 30_000, `hung post settled\n${logs.join('\n')}`);
      expect(countBy(slackKeys('C0HANG'))).toEqual(new Map([[hung!, 1]]));
      expect(logs.join('\n')).toMatch(/could not reach Slack for chat.postMessage.*timeout/i);
    } finally {
      await dispatcher.stop();
    }
  });

  it('stops within the sender timeout while a request hangs', async () => {
    const dispatcher = new OutboxDispatcher({
      store, clock: systemClock, logger: { info: () => undefined, warn: () => undefined, error: () => undefined }, perChannelIntervalMs: 0,
      senders: new Map([['slack', new SlackSender(createSenderClient({ botToken: slack.botToken, apiUrl: slack.apiUrl, timeoutMs: 1500 }))]]),
    });
    slack.hangingChannels.add('C0HANG');
    await enqueue('slack', 'C0HANG', 5);
    dispatcher.start(50);
    await slack.waitForCalls('chat.postMessage', 1, 30_000);
    const stopped = dispatcher.stop().then(() => 'stopped');
    // Resolves (the hung call is abandoned at its timeout) and starts no further send of that channel.
    expect(await stopped).toBe('stopped');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
