// Subscriptions add up, through the real Slack adapter (Bolt, HTTP mode) against the fake Slack: a subscribe adds
// exactly the market × tag it names, an unsubscribe removes exactly that, and what routing delivers follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.ts';
import { OutboxDispatcher } from '../../../src/app/outbox-dispatcher.ts';
import { FakeClock } from '../../fakes/fake-clock.ts';
import { PROBES, reaching } from '../subscription-stories.ts';
import { SLACK_TEST_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.ts';
import { seenOnSlack } from '../visible-text.ts';

const CHANNEL = 'C0SUBS';
const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const clock = new FakeClock('2025-06-02T09:00:00Z');

let h: SlackHarness;
let store: Store;
beforeAll(async () => { h = await startSlackHarness(clock, 'tts-slack-subs-'); store = h.store; });
afterAll(async () => { await h?.close(); });

/** Sends /tts TEXT and returns the visible text of the answer. */
async function tts(text: string): Promise<string> {
  clock.advance(1000);
  const r = await h.slack.sendSlashCommand({ url: h.eventsUrl, signingSecret: SLACK_TEST_SECRET, text, channelId: CHANNEL, timestamp: Math.floor(clock.now().getTime() / 1000) });
  expect(r.status).toBe(200);
  const body = r.body || (await h.slack.waitForCalls('response'))[0]!.body;
  return JSON.stringify(body.blocks ?? body.text);
}

const reach = () => reaching(store, clock, PROBES);

describe('Slack: subscriptions add up per market × tag × severity', () => {
  it('a second subscribe adds to the first instead of replacing its tags', async () => {
    await tts('subscribe us ban');
    const answer = await tts('subscribe sea gmv');
    expect(answer).toContain('United States (US): Ban');
    expect(answer).toContain('Southeast Asia (SEA): GMV figure');
    expect(await reach()).toEqual(['US ban', 'SEA gmv']);

    // Delivered for real: the US ban story reaches the channel once through the Slack sender.
    const d = new OutboxDispatcher({ store, senders: new Map([['slack', h.adapter.sender]]), clock, logger, perChannelIntervalMs: 0, sleep: clock.sleep });
    await d.runOnce();
    const posts = h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === CHANNEL);
    expect(posts.map((p) => seenOnSlack(JSON.stringify(p.body.blocks))).map((b) => /US ban story/.test(b) ? 'US ban' : /SEA gmv_figure story/.test(b) ? 'SEA gmv' : 'other')).toEqual(['US ban', 'SEA gmv']);
  });

  it('/tts subscriptions lists what the channel follows per market', async () => {
    const answer = await tts('subscriptions');
    expect(answer).toContain('United States (US): Ban');
    expect(answer).toContain('Southeast Asia (SEA): GMV figure');
    expect(answer).toContain('weekly digest Monday 09:00 UTC');
  });

  it('unsubscribe sea removes SEA only; the US ban alerts stay', async () => {
    const answer = await tts('unsubscribe sea');
    expect(answer).toContain('Still following');
    expect(answer).not.toContain('Southeast Asia');
    expect(await reach()).toEqual(['US ban']);
  });

  it('subscribe all then subscribe us launch keeps all markets; unsubscribe us gmv takes out exactly that', async () => {
    await tts('subscribe all');
    const covered = await tts('subscribe us launch');
    expect(covered).toContain('Already covered');
    expect(await reach()).toEqual(['US ban', 'US gmv', 'US launch', 'SEA gmv', 'SEA ban', 'UK gmv']);
    await tts('unsubscribe us gmv');
    expect(await reach()).toEqual(['US ban', 'US launch', 'SEA gmv', 'SEA ban', 'UK gmv']);
  });

  it('confirmations reach the channel only when it asks for them', async () => {
    await tts('unsubscribe');
    await tts('subscribe us');
    expect(await reach()).toEqual(['US ban', 'US gmv', 'US launch']);
    const answer = await tts('subscribe us gmv confirms');
    expect(answer).toContain('GMV figure (with confirmations)');
    expect(await reach()).toEqual(['US ban', 'US gmv', 'US launch', 'US gmv confirms']);
  });

  it('high narrows one market without touching the others', async () => {
    await tts('unsubscribe');
    await tts('subscribe us uk');
    await tts('subscribe uk high');
    expect(await store.subscriptionsForChannel('slack', CHANNEL)).toMatchObject([{
      rules: [{ market: 'US', tag: null, minSeverity: 'low' }, { market: 'UK', tag: null, minSeverity: 'high' }],
    }]);
    expect(await tts('unsubscribe')).toContain('no more alerts or digests');
    expect(await tts('subscriptions')).toContain('follows nothing yet');
  });
});
