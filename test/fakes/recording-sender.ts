// A platform that records every call and answers from a script: a DeliveryError to throw, or success.
// Stands in for Slack or Discord at the PlatformSender boundary.
import type { Message } from '../../src/core/message.ts';
import { DeliveryError, type PlatformSender, type SendResult } from '../../src/app/delivery-port.ts';
import type { Clock } from '../../src/core/ports.ts';

export interface RecordedCall {
  op: 'send' | 'update';
  channelId: string;
  remoteId: string | null;
  message: Message;
  /** Clock time of the call (ms), when a clock was given. */
  at: number | null;
  /** Whether the platform accepted it. */
  ok: boolean;
}

/** What the fake platform answers to one call. */
export type ScriptedAnswer = 'ok' | { status: number; retryAfterSeconds?: number; retryable?: boolean; message?: string };

export class RecordingSender implements PlatformSender {
  readonly calls: RecordedCall[] = [];
  private counter = 0;
  private readonly script: ScriptedAnswer[] = [];
  /** Answer per channel that overrides the script (e.g. one channel always failing). */
  readonly channelAnswers = new Map<string, ScriptedAnswer>();

  constructor(readonly platform = 'fake', private readonly clock: Clock | null = null) {}

  /** Queues answers for the next calls; once used up, calls succeed. */
  answer(...answers: ScriptedAnswer[]): this {
    this.script.push(...answers);
    return this;
  }

  /** Messages the platform accepted (what a user would see), in order. */
  get delivered(): RecordedCall[] {
    return this.calls.filter((c) => c.ok);
  }

  async send(channelId: string, message: Message): Promise<SendResult> {
    return this.call('send', channelId, null, message);
  }

  async update(channelId: string, remoteId: string, message: Message): Promise<SendResult> {
    return this.call('update', channelId, remoteId, message);
  }

  private call(op: 'send' | 'update', channelId: string, remoteId: string | null, message: Message): SendResult {
    const answer = this.channelAnswers.get(channelId) ?? this.script.shift() ?? 'ok';
    const at = this.clock ? this.clock.now().getTime() : null;
    if (answer !== 'ok') {
      this.calls.push({ op, channelId, remoteId, message, at, ok: false });
      const retryable = answer.retryable ?? (answer.status === 429 || answer.status >= 500);
      throw new DeliveryError(answer.message ?? `HTTP ${answer.status}`, answer.retryAfterSeconds ?? null, retryable);
    }
    this.calls.push({ op, channelId, remoteId, message, at, ok: true });
    return { remoteId: op === 'update' ? remoteId : `m${++this.counter}` };
  }
}
