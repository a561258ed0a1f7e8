import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSenderClient, SlackSender } from '../../../src/adapters/slack/slack-sender.ts';
import { DeliveryError } from '../../../src/app/delivery-port.ts';
import type { Message } from '../../../src/core/message.ts';
import { FakeSlack } from '../../servers/fake-slack.ts';
import { blockProblems } from './block-limits.ts';

const alert: Message = {
  kind: 'alert', title: 'Indonesia bans social commerce checkouts', url: 'https://news.example.com/id-ban', tags: ['ban'], markets: ['ID'],
  severity: 'high', sections: [{ type: 'context', text: '1 source: Seller Daily' }],
};
// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let slack: FakeSlack;
let sender: SlackSender;
const warnings: string[] = [];

beforeEach(async () => {
  slack = await FakeSlack.start();
  warnings.length = 0;
  sender = new SlackSender(createSenderClient({ botToken: slack.botToken, apiUrl: slack.apiUrl }), { info: () => undefined, warn: (_o, msg) => { warnings.push(msg ?? ''); }, error: () => undefined });
});
afterEach(async () => { await slack.close(); });

async function failure(p: Promise<unknown>): Promise<DeliveryError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('SlackSender', () => {
  it('posts valid blocks with the bot token and returns the ts; edits by ts', async () => {
    const { remoteId } = await sender.send('C0ALERTS', alert);
    const [call] = slack.callsTo('chat.postMessage');
    expect(call!.body.channel).toBe('C0ALERTS');
    expect(call!.authorization).toBe(`Bearer ${slack.botToken}`);
    expect(blockProblems(call!.body)).toEqual([]);
    expect(remoteId).toMatch(/^\d+\.\d+$/);

    await sender.update('C0ALERTS', remoteId!, { ...alert, sections: [{ type: 'context', text: '2 sources: Seller Daily, Wire' }] });
    const [edit] = slack.callsTo('chat.update');
    expect(edit!.body.ts).toBe(remoteId);
    expect(JSON.stringify(edit!.body.blocks)).toContain('2 sources');
  });

  it('uploads an attached PNG to the channel after the message (files.uploadV2)', async () => {
    await sender.send('C0ALERTS', { ...alert, kind: 'digest', attachments: [{ filename: 'gmv chart.png', contentType: 'image/png', dataBase64: PNG, title: 'GMV' }] });
    expect(slack.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    expect(slack.callsTo('files.getUploadURLExternal')[0]!.body.filename).toBe('gmv_chart.png');
    expect(slack.callsTo('upload')[0]!.body.bytes).toBeGreaterThan(0);
    expect(slack.callsTo('files.completeUploadExternal')[0]!.body.channel_id).toBe('C0ALERTS');
  });

  it('a failed upload does not fail the delivery (the message is out; a retry would post it twice)', async () => {
    slack.script({ method: 'files.getUploadURLExternal', status: 200, body: { ok: false, error: 'missing_scope' } });
    const { remoteId } = await sender.send('C0ALERTS', { ...alert, attachments: [{ filename: 'c.png', contentType: 'image/png', dataBase64: PNG }] });
    expect(remoteId).not.toBeNull();
    expect(warnings).toEqual(['Slack: an attachment was not uploaded']);
  });

  it('turns a 429 into a retryable DeliveryError with Retry-After, without retrying by itself', async () => {
    slack.script({ method: 'chat.postMessage', status: 429, headers: { 'retry-after': '7' } });
    const error = await failure(sender.send('C0ALERTS', alert));
    expect(error.retryAfterSeconds).toBe(7);
    expect(error.retryable).toBe(true);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('marks errors a retry cannot fix as not retryable', async () => {
    slack.unknownChannels.add('C0GONE');
    const gone = await failure(sender.send('C0GONE', alert));
    expect(gone.retryable).toBe(false);
    expect(gone.message).toContain('channel_not_found');
    for (const code of ['invalid_blocks', 'not_in_channel']) {
      slack.script({ method: 'chat.postMessage', status: 200, body: { ok: false, error: code } });
      const e = await failure(sender.send('C0ALERTS', alert));
      expect([code, e.retryable]).toEqual([code, false]);
    }
  });

  it('keeps server errors retryable', async () => {
    slack.script({ method: 'chat.postMessage', status: 503, body: { ok: false, error: 'service_unavailable' } });
    const e = await failure(sender.send('C0ALERTS', alert));
    expect(e.retryable).toBe(true);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
