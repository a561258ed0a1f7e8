import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Message } from '../../../src/core/message.ts';
import { DeliveryError } from '../../../src/app/delivery-port.ts';
import { OutboxDispatcher } from '../../../src/app/outbox-dispatcher.ts';
import { createSenderRest, DiscordSender } from '../../../src/adapters/discord/discord-sender.ts';
import { FakeDiscord } from '../../servers/fake-discord.ts';
import { FakeClock } from '../../fakes/fake-clock.ts';
import { InMemoryOutboxStore } from '../../fakes/in-memory-outbox-store.ts';
import { embedLimitProblems } from './embed-limits.ts';

const CHANNEL = '1100000000000000111';
const alert: Message = {
  kind: 'alert', title: 'Indonesia reopens TikTok Shop with Tokopedia', url: 'https://news.example.com/id',
  tags: ['launch'], markets: ['ID'], severity: 'high', timestamp: '2025-01-02T03:04:05Z',
  sections: [{ type: 'fields', fields: [{ name: 'Markets', value: 'Indonesia' }] }, { type: 'context', text: '1 source: [Example](https://news.example.com/id)' }],
};
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

let fake: FakeDiscord;
let sender: DiscordSender;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  // A fresh REST client per test: its rate-limit memory (buckets, global) must not leak between tests.
  sender = new DiscordSender(createSenderRest({ token: fake.token, apiUrl: fake.apiUrl }));
});

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('DiscordSender', () => {
  it('posts the embeds to the channel and returns the message id, then edits that message', async () => {
    const { remoteId } = await sender.send(CHANNEL, alert);
    const [post] = fake.channelMessages(CHANNEL).slice(-1);
    expect(remoteId).toBe(post!.messageId);
    expect(post!.authorization).toBe(`Bot ${fake.token}`);
    expect(post!.body.embeds[0].title).toBe(alert.title);
    expect(post!.body.allowed_mentions).toEqual({ parse: [] });
    expect(embedLimitProblems(post!.body.embeds)).toEqual([]);

    await sender.update(CHANNEL, remoteId!, { ...alert, title: 'Indonesia reopens TikTok Shop (3 sources)' });
    const [edit] = fake.find('PATCH', new RegExp(`^/channels/${CHANNEL}/messages/${remoteId}$`));
    expect(edit!.body.embeds[0].title).toBe('Indonesia reopens TikTok Shop (3 sources)');
  });

  it('uploads PNG attachments as multipart files referenced by the embed', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    await sender.send(CHANNEL, { ...alert, attachments: [{ filename: 'gmv-id.png', contentType: 'image/png', dataBase64: png.toString('base64') }] });
    const post = fake.channelMessages(CHANNEL).at(-1)!;
    expect(post.files).toEqual([{ field: 'files[0]', name: 'gmv-id.png', contentType: 'image/png', size: png.length }]);
    expect(post.body.attachments).toEqual([{ id: 0, filename: 'gmv-id.png' }]);
    expect(post.body.embeds[0].image).toEqual({ url: 'attachment://gmv-id.png' });
  });

  it('turns a 429 into a retryable DeliveryError with Discord\'s retry_after, without posting', async () => {
    const before = fake.channelMessages(CHANNEL).length;
    fake.rateLimitNext('POST', /^\/channels\/\d+\/messages$/, { retryAfterSeconds: 2.5 });
    const error = await deliveryError(sender.send(CHANNEL, alert));
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(2.5);
    expect(error.retryAfterSeconds).toBeLessThan(3);
    expect(fake.channelMessages(CHANNEL).length).toBe(before);
  });

  it('reports a global 429 the same way', async () => {
    fake.rateLimitNext('POST', /^\/channels\/\d+\/messages$/, { retryAfterSeconds: 1, global: true });
    const error = await deliveryError(sender.send(CHANNEL, alert));
    expect(error).toMatchObject({ retryable: true });
    expect(error.message).toContain('global');
  });

  it('declares unknown channels, missing access and invalid bodies not worth retrying', async () => {
    fake.unknownChannels.add('1100000000000000404');
    const unknown = await deliveryError(sender.send('1100000000000000404', alert));
    expect(unknown).toMatchObject({ retryable: false });
    expect(unknown.message).toContain('Unknown Channel');
    fake.failNext({ method: 'POST', path: /messages$/, status: 403, body: { message: 'Missing Access', code: 50001 } });
    expect(await deliveryError(sender.send(CHANNEL, alert))).toMatchObject({ retryable: false });
    fake.failNext({ method: 'POST', path: /messages$/, status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: {} } });
    expect(await deliveryError(sender.send(CHANNEL, alert))).toMatchObject({ retryable: false });
    fake.failNext({ method: 'POST', path: /messages$/, status: 502, body: { message: 'Bad Gateway', code: 0 } });
    expect(await deliveryError(sender.send(CHANNEL, alert))).toMatchObject({ retryable: true, retryAfterSeconds: null });
  });

  it('resumes a multi-message digest where it failed instead of posting the first part twice', async () => {
    const digest: Message = {
      kind: 'digest', title: 'Weekly digest',
      sections: [{ type: 'list', items: Array.from({ length: 80 }, (_, i) => ({ text: `Story ${i} ${'y'.repeat(150)}`, url: `https://news.example.com/${i}` })) }],
    };
    const channel = '1100000000000000222';
    // Part one goes through, part two meets a server error.
    fake.failNext({ method: 'POST', path: new RegExp(`^/channels/${channel}/messages$`), status: 500, body: { message: 'oops', code: 0 }, after: 1 });
    const first = await sender.send(channel, digest).then(() => 'sent', (e: DeliveryError) => e.retryable);
    expect(first).toBe(true);
    const second = await sender.send(channel, digest);
    const parts = fake.channelMessages(channel);
    expect(parts.length).toBeGreaterThan(1);
    expect(second.remoteId).toBe(parts[0]!.messageId);
    const shown = parts.flatMap((p) => p.body.embeds.map((e: { description?: string }) => e.description ?? '')).join('\n');
    expect(shown.match(/\[Story \d+ /g)).toHaveLength(80);
  });
});

describe('DiscordSender behind the outbox dispatcher', () => {
  it('delivers an alert exactly once when Discord first answers 429', async () => {
    const store = new InMemoryOutboxStore();
    const clock = new FakeClock('2025-05-01T10:00:00Z');
    const dispatcher = new OutboxDispatcher({ store, senders: new Map([['discord', sender]]), clock, logger: quiet, sleep: clock.sleep });
    const channel = '1100000000000000333';
    await store.enqueue({ key: `alert:discord:${channel}:c1`, platform: 'discord', channelId: channel, kind: 'alert', message: alert, now: clock.now().toISOString() });
    fake.rateLimitNext('POST', new RegExp(`^/channels/${channel}/messages$`), { retryAfterSeconds: 0.2 });

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect(fake.channelMessages(channel)).toHaveLength(0);
    // Not yet due by the outbox's clock: nothing is sent early.
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });

    clock.advance(1000);
    await sleep(300); // the REST client's own memory of the bucket runs on real time
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
    const delivered = fake.channelMessages(channel);
    expect(delivered).toHaveLength(1);
    expect(fake.find('POST', new RegExp(`^/channels/${channel}/messages$`)).map((r) => r.status)).toEqual([429, 200]);
    expect((await store.getByKey(`alert:discord:${channel}:c1`))!).toMatchObject({ status: 'sent', remoteId: delivered[0]!.messageId });
  });
});
