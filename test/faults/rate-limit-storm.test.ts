// Fault 2: a storm of 429s and a long 503 outage on (fake) Slack, through the real sender and outbox. A rate
// limit uses up no attempt; an outage is waited out for hours; what does die comes back with
// `outbox --requeue` and is then delivered once.
import { describe, expect, it } from 'vitest';
import { runOutboxCommand } from '../../src/cli/outbox-command.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';
import { runUntil, slackHarness, useFakeSlack } from './slack-harness.ts';

const t = useFakeSlack();

describe('rate-limit storms and outages', () => {
  it('delivers all 10 alerts exactly once through 30 consecutive 429s with Retry-After: 1, none dead', async () => {
    const h = t.h = await slackHarness(t.slack, { maxAttempts: 8, giveUpAfterMs: 0 });
    t.slack.script({ method: 'chat.postMessage', status: 429, headers: { 'retry-after': '1' }, times: 30 });
    const keys = await h.enqueueAlerts(10);
    await runUntil(h, async () => (await t.h!.store.depth()).sent === 10, 1000);

    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.status === 429)).toHaveLength(30);
    expect(await h.store.depth()).toEqual({ pending: 0, sent: 10, dead: 0 });
    const perAlert = h.deliveriesPerAlert();
    expect([...perAlert.keys()].sort()).toEqual([...keys].sort());
    expect([...perAlert.values()]).toEqual(keys.map(() => 1));
  });

  it('waits out hours of 503s; entries that finally die are requeued by the CLI and delivered once', async () => {
    const h = t.h = await slackHarness(t.slack);
    t.slack.script({ method: 'chat.postMessage', status: 503, times: 100_000 });
    const keys = await h.enqueueAlerts(3);

    // Four hours of outage, tried every few minutes: still waiting, nothing given up.
    await runUntil(h, () => false, 5 * 60_000, 48);
    expect(await h.store.depth()).toEqual({ pending: 3, sent: 0, dead: 0 });
    expect((await h.store.getByKey(keys[0]!))!.attempts).toBeGreaterThan(8);

    // The outage outlasts the horizon (12 hours): the entries die, saying why.
    await runUntil(h, async () => (await t.h!.store.depth()).dead === 3, 10 * 60_000);
    const [dead] = await h.store.list({ status: 'dead', limit: 1 });
    expect(dead!.lastError).toMatch(/^gave up after \d+ attempts over 12 h.*HTTP 503/);

    // Slack is back; the operator requeues them all.
    t.slack.clearScript();
    let out = '';
    const io: CliIO = { stdout: (t) => { out += t; }, stderr: (t) => { out += t; }, readStdin: async () => '', env: {} };
    expect(await runOutboxCommand(['--requeue'], io, { store: h.store, now: () => t.h!.clock.now() })).toBe(0);
    expect(out).toContain('3 entries will be tried again');
    await runUntil(h, async () => (await t.h!.store.depth()).sent === 3, 1000);

    const perAlert = h.deliveriesPerAlert();
    expect([...perAlert.keys()].sort()).toEqual([...keys].sort());
    expect([...perAlert.values()]).toEqual(keys.map(() => 1));
  });

  it('requeues one dead entry by its number and refuses what is not dead', async () => {
    const h = t.h = await slackHarness(t.slack, { giveUpAfterMs: 0, maxAttempts: 1 });
    t.slack.unknownChannels.add('C0GONE');
    const [gone] = await h.enqueueAlerts(1, 'C0GONE');
    const [alive] = await h.enqueueAlerts(1);
    await h.dispatcher.runOnce();
    const dead = (await h.store.getByKey(gone!))!;
    expect(dead.status).toBe('dead');

    t.slack.unknownChannels.delete('C0GONE'); // the channel was restored
    let out = '';
    const io: CliIO = { stdout: (t) => { out += t; }, stderr: (t) => { out += t; }, readStdin: async () => '', env: {} };
    const sentId = (await h.store.getByKey(alive!))!.id;
    expect(await runOutboxCommand(['--requeue', String(dead.id), String(sentId)], io, { store: h.store, now: () => t.h!.clock.now() })).toBe(1);
    expect(out).toContain(`requeued #${dead.id}`);
    expect(out).toContain(`left as they were: #${sentId}`);
    expect(await runOutboxCommand(['--requeue', 'all-of-them'], io, { store: h.store })).toBe(2);
    await h.dispatcher.runOnce();
    expect(h.deliveriesPerAlert('C0GONE')).toEqual(new Map([[gone!, 1]]));
    expect(h.deliveriesPerAlert()).toEqual(new Map([[alive!, 1]]));
  });
});
