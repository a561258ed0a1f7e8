// Faults 3 and 5: Slack records a post but the answer never comes back (the connection drops). The real sender
// and outbox must look the message up before every resend, also when the bot may not read the channel's
// history (a public channel it posts to with chat:write.public: it joins first) — and say so when it cannot.
import { describe, expect, it } from 'vitest';
import { runUntil, slackHarness, useFakeSlack } from './slack-harness.ts';

const t = useFakeSlack();

const allSent = (n: number) => async () => (await t.h!.store.depth()).sent === n;

describe('a post whose answer is lost', () => {
  it('is looked up, not posted again: 3 dropped answers, 5 alerts, each delivered once', async () => {
    const h = t.h = await slackHarness(t.slack);
    t.slack.dropPostAnswers = 3;
    t.slack.scopes = ['commands', 'chat:write', 'chat:write.public', 'channels:history', 'groups:history', 'channels:join'];
    const keys = await h.enqueueAlerts(5);
    await runUntil(h, allSent(5), 60_000);
    expect(h.logs.join('\n')).not.toContain('the Slack bot token lacks');

    expect(t.slack.callsTo('conversations.history').length).toBeGreaterThanOrEqual(3);
    const perAlert = h.deliveriesPerAlert();
    expect([...perAlert.keys()].sort()).toEqual([...keys].sort());
    expect([...perAlert.values()]).toEqual(keys.map(() => 1));
  });

  it('keeps looking it up while retries keep failing (the in-flight marker survives the retry bookkeeping)', async () => {
    const h = t.h = await slackHarness(t.slack);
    t.slack.dropPostAnswers = 1;
    const [key] = await h.enqueueAlerts(1);
    t.slack.script({ method: 'conversations.history', status: 503, times: 2 }); // the lookups fail at first
    await runUntil(h, allSent(1), 60_000);
    expect(h.deliveriesPerAlert()).toEqual(new Map([[key!, 1]]));
  });

  it('joins a public channel whose history it may not read (not_in_channel), then finds the message', async () => {
    const h = t.h = await slackHarness(t.slack);
    t.slack.dropPostAnswers = 2;
    t.slack.historyErrors.set('C0ALERTS', 'not_in_channel');
    const keys = await h.enqueueAlerts(3);
    await runUntil(h, allSent(3), 60_000);

    expect(t.slack.joined.has('C0ALERTS')).toBe(true);
    expect([...h.deliveriesPerAlert().values()]).toEqual(keys.map(() => 1));
  });

  it('logs and counts a lookup it cannot make (missing_scope), and still delivers', async () => {
    // Slack has no idempotent post and no read of the bot's own messages without a history scope: when the answer
    // is lost and the bot may not read the channel, it cannot know. It sends (a possible duplicate rather than a
    // lost alert), says once per channel what fixes it, and counts every such send.
    const failedLookups: string[] = [];
    const h = t.h = await slackHarness(t.slack, { onLookupFailed: (e) => failedLookups.push(e.key) });
    t.slack.dropPostAnswers = 2;
    t.slack.historyErrors.set('C0ALERTS', 'missing_scope');
    t.slack.scopes = ['commands', 'chat:write', 'chat:write.public'];
    const keys = await h.enqueueAlerts(2);
    await runUntil(h, allSent(2), 60_000);

    expect(failedLookups.sort()).toEqual([...keys].sort());
    const log = h.logs.join('\n');
    expect(log.match(/could not check on the platform whether this entry was already delivered/g)).toHaveLength(1);
    expect(log).toMatch(/missing_scope — the bot token lacks channels:history .*add it under OAuth & Permissions and reinstall the app/);
    expect(log.match(/sending again without a check on the platform \(see the warning above\)/g)).toHaveLength(1);
    // And on the first post Slack answered, once: which scopes are missing.
    expect(log.match(/the Slack bot token lacks channels:history, groups:history, channels:join: a message whose answer is lost/g)).toHaveLength(1);
    // The one case a duplicate cannot be ruled out: the bot could not look, and said so.
    expect([...h.deliveriesPerAlert().values()]).toEqual([2, 2]);
  });
});
