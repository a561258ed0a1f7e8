// Delivers messages by printing them. Used when no Slack or Discord token is configured, and by `once`/`demo`.
import type { Message } from '../../core/message.ts';
import type { Subscription } from '../../core/types.ts';
import { EVERYTHING } from '../../core/subscriptions/subscription-rules.ts';
import type { PlatformSender, SendResult } from '../../app/delivery-port.ts';
import { renderConsoleMessage } from './render-console.ts';

export const CONSOLE_PLATFORM = 'console';
export const CONSOLE_CHANNEL = 'stdout';
/**
 * With no platform configured, the console follows every market and tag with the channel defaults: new facts
 * and changes, no confirmations, no digests.
 */
export const CONSOLE_SUBSCRIPTION: Subscription = {
  platform: CONSOLE_PLATFORM, channelId: CONSOLE_CHANNEL, rules: [{ ...EVERYTHING, confirms: false }],
  digest: { cadence: 'off', day: 1, hour: 9, timeZone: 'UTC' },
};

export class ConsoleSender implements PlatformSender {
  readonly platform = CONSOLE_PLATFORM;
  private counter = 0;
  constructor(private readonly write: (text: string) => void) {}

  async send(_channelId: string, message: Message): Promise<SendResult> {
    this.write(renderConsoleMessage(message));
    return { remoteId: String(++this.counter) };
  }

  async update(_channelId: string, remoteId: string, message: Message): Promise<SendResult> {
    this.write(`(update of alert #${remoteId})\n${renderConsoleMessage(message)}`);
    return { remoteId };
  }
}
