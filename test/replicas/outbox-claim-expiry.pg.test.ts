// A backlog longer than one claim: two dispatchers (two replicas) share an outbox on Postgres; one claims a batch
// that takes longer to send than its claim lasts. The other may take over entries whose claim ran out, so the
// first must not send those any more, or a message would go out twice. Real clock, short claim, slow sender.
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/ports.ts';
import type { PlatformSender, SendResult } from '../../src/app/delivery-port.ts';
import { OutboxDispatcher } from '../../src/app/outbox-dispatcher.ts';
import { PgStore } from '../../src/store/postgres/pg-store.ts';
import { PgTestDatabase } from '../store/pg-test-database.ts';

const db = new PgTestDatabase();
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A platform that takes `ms` per message and records every message it accepted, by outbox key. */
function slowSender(ms: number, delivered: string[]): PlatformSender {
  return {
    platform: 'slack',
    async send(_channel, _message, opts): Promise<SendResult> {
      await new Promise((r) => setTimeout(r, ms));
      delivered.push(opts?.idempotencyKey ?? '?');
      return { remoteId: `m${delivered.length}` };
    },
    async update(): Promise<SendResult> { return { remoteId: null }; },
  };
}

describe('outbox claims that run out during a long batch', () => {
  const stores: PgStore[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
    await db.dropAll();
  });

  it('never sends an entry whose claim may have passed to another replica', async () => {
    const schema = db.newSchema();
    const open = async () => { const s = await PgStore.open({ connectionString: db.connectionString, schema }); stores.push(s); return s; };
    const [a, b] = [await open(), await open()];
    const now = new Date().toISOString();
    const keys = Array.from({ length: 12 }, (_, i) => `alert:slack:C0BACKLOG:k${i}`);
    for (const key of keys) {
      await a.enqueue({ key, platform: 'slack', channelId: 'C0BACKLOG', kind: 'alert', message: { kind: 'alert', title: key, sections: [] }, now });
    }
    const delivered: string[] = [];
    // 12 messages × 250 ms = 3 s of sending against a 1.2 s claim: replica A's claim runs out mid-batch.
    const dispatcher = (store: PgStore, owner: string) => new OutboxDispatcher({
      store, owner, claimMs: 1200, perChannelIntervalMs: 0, clock: systemClock, logger: quiet,
      senders: new Map([['slack', slowSender(250, delivered)]]),
    });
    const first = dispatcher(a, 'dispatcher-a');
    const second = dispatcher(b, 'dispatcher-b');
    const runA = first.runOnce();
    // Replica B keeps polling, as the running bot does every second, until everything is sent.
    for (let i = 0; i < 100 && (await b.depth()).pending > 0; i++) {
      await second.runOnce();
      await new Promise((r) => setTimeout(r, 200));
    }
    await runA;
    for (let i = 0; i < 50 && (await a.depth()).pending > 0; i++) { await first.runOnce(); await second.runOnce(); }

    expect((await a.depth()).pending).toBe(0);
    expect([...delivered].sort()).toEqual([...keys].sort()); // each once, none missing
  }, 60_000);
});
