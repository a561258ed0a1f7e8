// One pass of the real outbox dispatcher for one platform, with no pacing: what an end-to-end test runs to push the
// queued alerts (and edits) to the fake platform once.
import type { Store } from '../../src/core/ports.ts';
import type { PlatformSender } from '../../src/app/delivery-port.ts';
import { OutboxDispatcher } from '../../src/app/outbox-dispatcher.ts';
import type { FakeClock } from './fake-clock.ts';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function deliverOnce(store: Store, clock: FakeClock, platform: string, sender: PlatformSender) {
  return new OutboxDispatcher({ store, senders: new Map([[platform, sender]]), clock, logger: quiet, perChannelIntervalMs: 0, sleep: clock.sleep }).runOnce();
}
