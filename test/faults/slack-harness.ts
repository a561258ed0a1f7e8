// The real delivery path for fault tests: a real SQLite store, the real outbox dispatcher and the real Slack
// sender speaking HTTP to the local fake Slack. Time is a FakeClock moved by the test, so waiting out a rate
// limit or an outage of hours costs no real time and no CPU.
import { mkdtemp } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { OutboxDispatcher, type OutboxDispatcherOptions } from '../../src/app/outbox-dispatcher.ts';
import { createSenderClient, SlackSender } from '../../src/adapters/slack/slack-sender.ts';
import type { Message } from '../../src/core/message.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { FakeSlack } from '../servers/fake-slack.ts';
import { countBy } from './fault-stories.ts';

export interface SlackHarness {
  store: SqliteStore;
  clock: FakeClock;
  dispatcher: OutboxDispatcher;
  logs: string[];
  /** Queues `n` alerts for channel C0ALERTS; returns their outbox keys. */
  enqueueAlerts(n: number, channelId?: string): Promise<string[]>;
  /** Outbox key → how many times the fake Slack channel received it. */
  deliveriesPerAlert(channelId?: string): Map<string, number>;
}

export async function slackHarness(slack: FakeSlack, opts: Partial<OutboxDispatcherOptions> & { timeoutMs?: number } = {}): Promise<SlackHarness> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-fault-'));
  const store = SqliteStore.open(path.join(dir, 'radar.sqlite'));
  const clock = new FakeClock(new Date());
  const logs: string[] = [];
  const log = (obj: object, msg?: string) => void logs.push(`${msg ?? ''} ${JSON.stringify(obj)}`);
  const client = createSenderClient({ botToken: slack.botToken, apiUrl: slack.apiUrl, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
  const dispatcher = new OutboxDispatcher({
    store, clock, sleep: clock.sleep, perChannelIntervalMs: 0, logger: { info: log, warn: log, error: log },
    senders: new Map([['slack', new SlackSender(client, { info: log, warn: log, error: log })]]),
    ...opts,
  });
  return {
    store, clock, dispatcher, logs,
    async enqueueAlerts(n, channelId = 'C0ALERTS') {
      const keys: string[] = [];
      for (let i = 0; i < n; i++) {
        const key = `alert:slack:${channelId}:story-${i}`;
        const message: Message = { kind: 'alert', title: `Story ${i}`, sections: [{ type: 'text', text: `Story number ${i}` }] };
        await store.enqueue({ key, platform: 'slack', channelId, kind: 'alert', message, now: clock.now().toISOString() });
        keys.push(key);
      }
      return keys;
    },
    deliveriesPerAlert(channelId = 'C0ALERTS') {
      return countBy((slack.posted.get(channelId) ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key));
    },
  };
}

/** Runs the dispatcher and moves the clock until `done()` or `rounds` runs; returns the rounds used. */
export async function runUntil(h: SlackHarness, done: () => boolean | Promise<boolean>, stepMs: number, rounds = 500): Promise<number> {
  for (let i = 0; i < rounds; i++) {
    if (await done()) return i;
    await h.dispatcher.runOnce();
    h.clock.advance(stepMs);
  }
  return rounds;
}

/** A fresh fake Slack per test and the harness the test made closed after it: `const t = useFakeSlack();`. */
export function useFakeSlack(): { slack: FakeSlack; h: SlackHarness | undefined } {
  const t = {} as { slack: FakeSlack; h: SlackHarness | undefined };
  beforeEach(async () => { t.slack = await FakeSlack.start(); t.h = undefined; });
  afterEach(async () => {
    await t.h?.store.close();
    await t.slack.close();
  });
  return t;
}
