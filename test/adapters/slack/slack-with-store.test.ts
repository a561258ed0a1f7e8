// The whole Slack path with the real pieces: Bolt (HTTP mode) ↔ fake Slack, handleCommand on a SQLite store seeded
// from config/baseline.yaml, alerts through route-alerts and the outbox dispatcher with the SlackSender. 127.0.0.1 only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.ts';
import type { Cluster } from '../../../src/core/types.ts';
import { enqueueAlertsForCluster } from '../../../src/app/route-alerts.ts';
import { OutboxDispatcher } from '../../../src/app/outbox-dispatcher.ts';
import type { SlackAdapter } from '../../../src/adapters/slack/start-slack-adapter.ts';
import type { FakeSlack } from '../../servers/fake-slack.ts';
import { FakeClock } from '../../fakes/fake-clock.ts';
import { blockProblems } from './block-limits.ts';
import { SLACK_TEST_SECRET as SECRET, startSlackHarness, type SlackHarness } from './slack-harness.ts';

const CHANNEL = 'C0ALERTS';
const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const clock = new FakeClock('2025-06-02T09:00:00Z');

let h: SlackHarness;
let slack: FakeSlack;
let adapter: SlackAdapter;
let store: Store;
let eventsUrl: string;

beforeAll(async () => {
  h = await startSlackHarness(clock, 'tts-slack-');
  ({ slack, adapter, store, eventsUrl } = h);
});

afterAll(async () => {
  await h?.close();
});

function tts(text: string) {
  return slack.sendSlashCommand({ url: eventsUrl, signingSecret: SECRET, text, channelId: CHANNEL, timestamp: Math.floor(clock.now().getTime() / 1000) });
}

function banCluster(id: string, title: string): Cluster {
  const fact = { type: 'ban' as const, market: 'US' as const, by: 'government' as const, target: `vape products ${id}` };
  return {
    id, title, link: `https://news.example.com/${id}`, tags: ['ban'], markets: ['US'], facts: [fact],
    comparisons: [{ fact, status: 'new', previous: null, key: `ban:government:vape_${id}` }],
    severity: 'high', sources: [{ name: 'Seller Daily', link: `https://news.example.com/${id}` }],
    firstSeen: clock.now().toISOString(), lastSeen: clock.now().toISOString(),
  };
}

function dispatcher(): OutboxDispatcher {
  return new OutboxDispatcher({ store, senders: new Map([['slack', adapter.sender]]), clock, logger, perChannelIntervalMs: 0, sleep: clock.sleep });
}

describe('Slack with the real command handler, store and routing', () => {
  it('/tts status us answers the asker alone with a compact summary; Share in channel posts it for everyone', async () => {
    const r = await tts('status us');
    expect(r.status).toBe(200);
    // status is quick, so the answer is in the acknowledgement; had it been slow it would be on response_url.
    const answer = r.body || (await slack.waitForCalls('response'))[0]!.body;
    expect(answer.response_type).toBe('ephemeral');
    expect(blockProblems(answer)).toEqual([]);
    const text = JSON.stringify(answer.blocks);
    expect(text).toContain('United States');
    expect(text).toMatch(/2023-09|Sep(tember)? 2023/);
    expect(text).toContain('Creators need 1,000 followers to sell');
    expect(text).toContain('US GMV — latest actual');
    expect(text).toContain('Only you see this');
    // Compact: a handful of blocks, not the whole GMV series (`full` has it).
    expect(text).not.toContain('$500K–$1M/day');
    expect(answer.blocks.length).toBeLessThanOrEqual(8);
    const actions = answer.blocks.find((b: any) => b.type === 'actions');
    const [button] = actions.elements;
    expect(button).toMatchObject({ action_id: 'tts_share:status', value: 'US', text: { text: 'Share in channel' } });

    const before = slack.callsTo('response').length;
    const press = await slack.sendBlockAction({
      url: eventsUrl, signingSecret: SECRET, actionId: button.action_id, value: button.value, blockId: actions.block_id, channelId: CHANNEL,
      timestamp: Math.floor(clock.now().getTime() / 1000),
    });
    expect(press.status).toBe(200);
    const responses = (await slack.waitForCalls('response', before + 2)).slice(before).filter((c) => c.path === new URL(press.responseUrl).pathname);
    // Two answers to the press: the copy shared in the channel, then the deletion of the private one.
    expect(responses).toHaveLength(2);
    const [shared, removed] = responses.map((c) => c.body) as [Record<string, any>, Record<string, any>];
    expect(shared.response_type).toBe('in_channel');
    expect(JSON.stringify(shared.blocks)).toContain('Creators need 1,000 followers to sell');
    expect(JSON.stringify(shared.blocks)).not.toContain('Only you see this');
    expect(shared.blocks.some((b: any) => b.type === 'actions')).toBe(false);
    expect(blockProblems(shared)).toEqual([]);
    // The private copy goes away once shared.
    expect(removed).toMatchObject({ delete_original: true });
  });

  it('/tts status us full public posts every entry for the channel; /tts status us pubic says which word is wrong', async () => {
    const r = await tts('status us full public');
    const answer = r.body || (await slack.waitForCalls('response'))[0]!.body;
    expect(answer.response_type).toBe('in_channel');
    const text = JSON.stringify(answer.blocks);
    expect(text).toContain('$500K–$1M/day');
    expect(text).toContain('GMV series');
    expect(answer.blocks.some((b: any) => b.type === 'actions')).toBe(false);
    const typo = await tts('status us pubic');
    expect(typo.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(typo.body)).toContain('Unknown status option \\"pubic\\". Did you mean \\"public\\"?');
  });

  it('/tts subscribe us ban, then a ban alert reaches that channel exactly once with valid blocks', async () => {
    const r = await tts('subscribe us ban');
    expect(JSON.stringify(r.body)).toContain('Subscribed');
    expect(await store.subscriptionsForChannel('slack', CHANNEL)).toHaveLength(1);

    expect(await enqueueAlertsForCluster(banCluster('us-vape-ban', 'US bans vape sales on TikTok Shop'), { store, clock })).toBe(1);
    const d = dispatcher();
    expect(await d.runOnce()).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(await d.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.channel).toBe(CHANNEL);
    expect(blockProblems(posts[0]!.body)).toEqual([]);
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('US bans vape sales on TikTok Shop');
    // The ts is kept so that a later edit (more sources) updates this message.
    const entries = await store.list({ status: 'sent', limit: 10 });
    expect(entries.find((e) => e.kind === 'alert')?.remoteId).toMatch(/^\d+\.\d+$/);
  });

  it('a 429 with Retry-After: 1 is retried after a second and delivered once', async () => {
    const before = slack.callsTo('chat.postMessage').length;
    slack.script({ method: 'chat.postMessage', status: 429, headers: { 'retry-after': '1' } });
    await enqueueAlertsForCluster(banCluster('us-knife-ban', 'US sellers may no longer list knives'), { store, clock });
    const d = dispatcher();
    expect(await d.runOnce()).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect(await d.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
    clock.advance(1000);
    expect(await d.runOnce()).toEqual({ sent: 1, retried: 0, dead: 0 });
    const calls = slack.callsTo('chat.postMessage').slice(before);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls.every((c) => c.body.channel === CHANNEL && blockProblems(c.body).length === 0)).toBe(true);
  });
});
