import { describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../../src/app/outbox-dispatcher.ts';
import type { Message } from '../../src/core/message.ts';
import type { OutboxStore } from '../../src/core/ports.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { RecordingSender } from '../fakes/recording-sender.ts';
import { InMemoryOutboxStore } from '../fakes/in-memory-outbox-store.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const silent = { info: () => {}, warn: () => {}, error: () => {} };

function alert(title: string): Message {
  return { kind: 'alert', title, sections: [{ type: 'text', text: `${title} body` }] };
}

function setup(opts: { interval?: number; maxAttempts?: number; giveUpAfterMs?: number } = {}) {
  const clock = new FakeClock(T0);
  const store = new InMemoryOutboxStore();
  const sender = new RecordingSender('fake', clock);
  const dispatcher = new OutboxDispatcher({
    store, senders: new Map([['fake', sender]]), clock, logger: silent, sleep: clock.sleep,
    perChannelIntervalMs: opts.interval ?? 1000, maxAttempts: opts.maxAttempts ?? 8, baseDelayMs: 2000,
    ...(opts.giveUpAfterMs !== undefined ? { giveUpAfterMs: opts.giveUpAfterMs } : {}),
  });
  const enqueue = (key: string, channelId = 'C1', message = alert(key), extra: Partial<Parameters<OutboxStore['enqueue']>[0]> = {}) =>
    store.enqueue({ key, platform: 'fake', channelId, kind: 'alert', message, now: clock.now().toISOString(), ...extra });
  return { clock, store, sender, dispatcher, enqueue };
}

describe('OutboxDispatcher', () => {
  it('delivers a message exactly once through a 500, then a 429 with Retry-After, then a 200', async () => {
    const { clock, store, sender, dispatcher, enqueue } = setup();
    sender.answer({ status: 500 }, { status: 429, retryAfterSeconds: 30 });
    await enqueue('alert:fake:C1:cluster-1');

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, dead: 0 });
    clock.advance(2000); // the first backoff step
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, dead: 0 });

    clock.advance(10_000); // Retry-After said 30 s: nothing may go out yet
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(sender.calls).toHaveLength(2);

    clock.advance(20_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, dead: 0 });
    clock.advance(60_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });

    expect(sender.delivered.map((c) => c.message.title)).toEqual(['alert:fake:C1:cluster-1']);
    const entry = await store.getByKey('alert:fake:C1:cluster-1');
    expect(entry).toMatchObject({ status: 'sent', remoteId: 'm1' });
  });

  it('waits out an outage of hours, then gives up on an always-failing entry with a reason, and still delivers the others', async () => {
    const { clock, store, sender, dispatcher, enqueue } = setup({ maxAttempts: 4, giveUpAfterMs: 6 * 3600_000 });
    sender.channelAnswers.set('C-broken', { status: 503, message: 'HTTP 503 Service Unavailable' });
    await enqueue('alert:fake:C-broken:a', 'C-broken');
    await enqueue('alert:fake:C-broken:b', 'C-broken');
    await enqueue('alert:fake:C2:c', 'C2');

    // Five hours of a steady 503, tried again and again: more than maxAttempts failures, but nothing is dead yet.
    for (let i = 0; i < 30; i++) {
      await dispatcher.runOnce();
      clock.advance(10 * 60_000);
    }
    expect(await store.list({ status: 'dead', limit: 10 })).toEqual([]);
    expect((await store.getByKey('alert:fake:C-broken:a'))!.attempts).toBeGreaterThan(4);
    for (let i = 0; i < 12; i++) {
      await dispatcher.runOnce();
      clock.advance(10 * 60_000);
    }
    const dead = await store.list({ status: 'dead', limit: 10 });
    expect(dead.map((e) => e.key).sort()).toEqual(['alert:fake:C-broken:a', 'alert:fake:C-broken:b']);
    expect(dead[0]!.lastError).toMatch(/^gave up after \d+ attempts over 6 h( \d+ min)?: HTTP 503 Service Unavailable$/);
    expect(sender.delivered.map((c) => c.channelId)).toEqual(['C2']);
  });

  it('never spends attempts on rate limits: thirty 429s in a row, then the message goes out once', async () => {
    const { clock, store, sender, dispatcher, enqueue } = setup({ maxAttempts: 3, giveUpAfterMs: 0 });
    for (let i = 0; i < 30; i++) sender.answer({ status: 429, retryAfterSeconds: 1 });
    await enqueue('alert:fake:C1:storm');
    for (let i = 0; i < 40 && sender.delivered.length === 0; i++) {
      await dispatcher.runOnce();
      clock.advance(1_000);
    }
    expect(sender.delivered.map((c) => c.message.title)).toEqual(['alert:fake:C1:storm']);
    expect(await store.getByKey('alert:fake:C1:storm')).toMatchObject({ status: 'sent', attempts: 0 });
  });

  it('sends later messages to the same channel while an earlier one waits for its retry', async () => {
    const { clock, sender, dispatcher, enqueue } = setup();
    sender.answer({ status: 502 });
    await enqueue('alert:fake:C1:first');
    await enqueue('alert:fake:C1:second');

    await dispatcher.runOnce();
    expect(sender.delivered.map((c) => c.message.title)).toEqual(['alert:fake:C1:second']);
    clock.advance(5_000);
    await dispatcher.runOnce();
    expect(sender.delivered.map((c) => c.message.title)).toEqual(['alert:fake:C1:second', 'alert:fake:C1:first']);
  });

  it('declares a non-retryable refusal dead at once, with the platform\'s reason', async () => {
    const { store, sender, dispatcher, enqueue } = setup();
    sender.answer({ status: 404, retryable: false, message: 'channel_not_found' });
    await enqueue('alert:fake:gone:1', 'gone');
    await enqueue('alert:fake:C1:2');
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, dead: 1 });
    expect(await store.list({ status: 'dead', limit: 5 })).toMatchObject([{ key: 'alert:fake:gone:1', lastError: 'channel_not_found', attempts: 1 }]);
  });

  it('enqueues idempotently: the same key twice is delivered once', async () => {
    const { sender, dispatcher, enqueue } = setup();
    expect((await enqueue('digest:fake:C1:weekly:2026-W10')).inserted).toBe(true);
    expect((await enqueue('digest:fake:C1:weekly:2026-W10')).inserted).toBe(false);
    await dispatcher.runOnce();
    await dispatcher.runOnce();
    expect(sender.delivered).toHaveLength(1);
  });

  it('paces each channel to one message per second, channels independently', async () => {
    const { sender, dispatcher, enqueue } = setup({ interval: 1000 });
    for (const n of [1, 2, 3]) await enqueue(`alert:fake:C1:${n}`, 'C1');
    await enqueue('alert:fake:C2:1', 'C2');
    await dispatcher.runOnce();

    const times = (ch: string) => sender.delivered.filter((c) => c.channelId === ch).map((c) => c.at! - Date.parse(T0));
    const c1 = times('C1');
    expect(c1).toHaveLength(3);
    expect(c1[1]! - c1[0]!).toBeGreaterThanOrEqual(1000);
    expect(c1[2]! - c1[1]!).toBeGreaterThanOrEqual(1000);
    expect(times('C2')).toHaveLength(1);
  });

  it('edits the alert it updates, and an update waits for its original instead of posting a duplicate', async () => {
    const { clock, store, sender, dispatcher, enqueue } = setup({ interval: 0 });
    sender.answer({ status: 500 }); // the original fails first
    await enqueue('alert:fake:C1:k1', 'C1', alert('two sources'));
    await enqueue('alert_update:fake:C1:k1:3', 'C1', alert('three sources'), { kind: 'alert_update', updatesKey: 'alert:fake:C1:k1' });

    await dispatcher.runOnce();
    expect(sender.calls.map((c) => c.op)).toEqual(['send']); // the update did not go out on its own
    expect((await store.getByKey('alert_update:fake:C1:k1:3'))!.status).toBe('pending');

    clock.advance(2_000);
    await dispatcher.runOnce();
    expect(sender.delivered.map((c) => [c.op, c.message.title, c.remoteId])).toEqual([
      ['send', 'two sources', null],
      ['update', 'three sources', 'm1'],
    ]);
  });

  it('applies only the newest of several pending edits, so an alert never rolls back', async () => {
    const { store, sender, dispatcher, enqueue } = setup({ interval: 0 });
    await enqueue('alert:fake:C1:k1', 'C1', alert('two sources'));
    await dispatcher.runOnce();
    await enqueue('alert_update:fake:C1:k1:3', 'C1', alert('three sources'), { kind: 'alert_update', updatesKey: 'alert:fake:C1:k1' });
    await enqueue('alert_update:fake:C1:k1:4', 'C1', alert('four sources'), { kind: 'alert_update', updatesKey: 'alert:fake:C1:k1' });
    await dispatcher.runOnce();
    expect(sender.delivered.map((c) => c.message.title)).toEqual(['two sources', 'four sources']);
    expect(await store.depth()).toEqual({ pending: 0, dead: 0, sent: 3 });
  });

  it('leaves an entry for a platform this process does not serve untouched, for a process that does', async () => {
    const { clock, store, dispatcher } = setup({ maxAttempts: 2 });
    await store.enqueue({ key: 'alert:teams:T1:x', platform: 'teams', channelId: 'T1', kind: 'alert', message: alert('x'), now: clock.now().toISOString() });
    for (let i = 0; i < 3; i++) {
      expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
      clock.advance(10_000);
    }
    expect(await store.getByKey('alert:teams:T1:x')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('polls with start() and finishes the run in progress on stop()', async () => {
    const { sender, dispatcher, enqueue } = setup({ interval: 0 });
    await enqueue('alert:fake:C1:poll');
    const delivered = new Promise<void>((resolve) => {
      const check = setInterval(() => { if (sender.delivered.length) { clearInterval(check); resolve(); } }, 5);
    });
    dispatcher.start(10);
    await delivered;
    await dispatcher.stop();
    expect(sender.delivered).toHaveLength(1);
  });
});
