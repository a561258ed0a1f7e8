// PgStore against a real Postgres (TEST_DATABASE_URL): what several replicas on one database rely on — outbox
// claims never handed out twice, leases held by one owner at a time, migrations applied once.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports.ts';
import { PgStore } from '../../src/store/postgres/pg-store.ts';
import { PG_MIGRATIONS } from '../../src/store/postgres/pg-migrations.ts';
import { at, makeBaselineEntry, makeMessage as message, T0, thresholdFact } from './fixtures.ts';
import { PgTestDatabase } from './pg-test-database.ts';
import { runStoreContract } from './store-contract.ts';

// The behaviour every store owes the app, each test on a schema of its own; a restart reopens the same schema.
const contractDb = new PgTestDatabase();
const contractSchemas = new WeakMap<Store, string>();
async function openContractStore(schema: string): Promise<Store> {
  const store = await PgStore.open({ connectionString: contractDb.connectionString, schema, poolSize: 2 });
  contractSchemas.set(store, schema);
  return store;
}
runStoreContract('PgStore', () => openContractStore(contractDb.newSchema()), {
  async reopen(store) {
    await store.close();
    return openContractStore(contractSchemas.get(store)!);
  },
  cleanup: () => contractDb.dropAll(),
});

const db = new PgTestDatabase();
const opened: PgStore[] = [];

async function openStore(schema = db.newSchema()): Promise<PgStore> {
  const store = await PgStore.open({ connectionString: db.connectionString, schema, poolSize: 4 });
  opened.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await db.dropAll();
});

async function enqueueMany(store: PgStore, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await store.enqueue({ key: `alert:slack:C${i % 3}:c${i}`, platform: 'slack', channelId: `C${i % 3}`, kind: 'alert', message: message(`story ${i}`), now: T0 });
  }
}

describe('PgStore replicas: outbox claims', () => {
  it('two replicas claiming at the same time never get the same entry, and together get all of them', async () => {
    const schema = db.newSchema();
    const a = await openStore(schema);
    const b = await openStore(schema);
    await enqueueMany(a, 60);

    const claimed: Record<'a' | 'b', number[]> = { a: [], b: [] };
    const drain = async (store: PgStore, who: 'a' | 'b') => {
      for (;;) {
        const batch = await store.claimDueOutbox(at(1000), 7, who, 60_000);
        if (batch.length === 0) return;
        claimed[who].push(...batch.map((e) => e.id));
      }
    };
    await Promise.all([drain(a, 'a'), drain(b, 'b'), drain(a, 'a'), drain(b, 'b')]);

    const all = [...claimed.a, ...claimed.b];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(60);
  });

  it('a claimed entry is not handed out again until its claim expires, and a delivered one never', async () => {
    const a = await openStore();
    await enqueueMany(a, 2);
    const [first, second] = await a.claimDueOutbox(at(0), 10, 'replica-a', 30_000);
    expect([first!.key, second!.key]).toEqual(['alert:slack:C0:c0', 'alert:slack:C1:c1']);
    expect(first!.message).toEqual(message('story 0'));

    expect(await a.claimDueOutbox(at(10_000), 10, 'replica-b', 30_000)).toEqual([]);
    expect(await a.due(at(10_000), 10)).toEqual([]);

    await a.markSent(first!.id, 'ts-1', at(11_000));
    // replica-a died holding `second`: after the claim runs out, replica-b takes it over.
    const takenOver = await a.claimDueOutbox(at(31_000), 10, 'replica-b', 30_000);
    expect(takenOver.map((e) => e.key)).toEqual(['alert:slack:C1:c1']);
    expect((await a.getByKey('alert:slack:C0:c0'))).toMatchObject({ status: 'sent', remoteId: 'ts-1', sentAt: at(11_000) });
  });

  it('a retried entry is free for any replica once it is due again', async () => {
    const a = await openStore();
    await enqueueMany(a, 1);
    const [entry] = await a.claimDueOutbox(at(0), 10, 'replica-a', 60_000);
    await a.markRetry(entry!.id, 'HTTP 503', at(5_000));
    expect(await a.claimDueOutbox(at(4_000), 10, 'replica-b', 60_000)).toEqual([]);
    const again = await a.claimDueOutbox(at(5_000), 10, 'replica-b', 60_000);
    expect(again).toMatchObject([{ id: entry!.id, attempts: 1, lastError: 'HTTP 503', nextAttemptAt: at(5_000) }]);
  });

  it('leaves the entries of a channel the claimer is still busy with for another replica, at once', async () => {
    const a = await openStore();
    await enqueueMany(a, 6); // channels C0, C1, C2, two entries each
    const claimed = await a.claimDueOutbox(at(0), 10, 'replica-a', 60_000, [{ platform: 'slack', channelId: 'C1' }]);
    expect(claimed.map((e) => e.channelId).sort()).toEqual(['C0', 'C0', 'C2', 'C2']);
    const other = await a.claimDueOutbox(at(1_000), 10, 'replica-b', 60_000);
    expect(other.map((e) => e.channelId)).toEqual(['C1', 'C1']);
  });

  it('enqueue of the same key from two replicas at once stores one entry', async () => {
    const schema = db.newSchema();
    const [a, b] = [await openStore(schema), await openStore(schema)];
    const e = { key: 'digest:slack:C1:2026-W10', platform: 'slack', channelId: 'C1', kind: 'digest' as const, message: message('weekly'), now: T0 };
    const results = await Promise.all([a.enqueue(e), b.enqueue(e), a.enqueue(e), b.enqueue(e)]);
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
    expect(await a.depth()).toEqual({ pending: 1, dead: 0, sent: 0 });
  });

  it('a digest period is claimed by exactly one replica', async () => {
    const schema = db.newSchema();
    const [a, b] = [await openStore(schema), await openStore(schema)];
    const claims = await Promise.all([a, b, a, b].map((s) => s.claimDigestRun('slack', 'C1', '2026-W10', T0)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});

describe('PgStore replicas: leases', () => {
  it('a lease held by A is refused to B until it expires, then B gets it', async () => {
    const schema = db.newSchema();
    const [a, b] = [await openStore(schema), await openStore(schema)];
    expect(await a.tryAcquireLease('digest-scheduler', 'A', 30_000, at(0))).toBe(true);
    expect(await b.tryAcquireLease('digest-scheduler', 'B', 30_000, at(10_000))).toBe(false);
    expect(await b.tryAcquireLease('digest-scheduler', 'B', 30_000, at(30_000))).toBe(false);
    expect(await b.tryAcquireLease('digest-scheduler', 'B', 30_000, at(30_001))).toBe(true);
    expect(await a.tryAcquireLease('digest-scheduler', 'A', 30_000, at(40_000))).toBe(false);
  });

  it('the owner renews its lease, which keeps others out for the renewed time', async () => {
    const a = await openStore();
    expect(await a.tryAcquireLease('poller', 'A', 30_000, at(0))).toBe(true);
    expect(await a.tryAcquireLease('poller', 'A', 30_000, at(20_000))).toBe(true);
    expect(await a.tryAcquireLease('poller', 'B', 30_000, at(40_000))).toBe(false);
    expect(await a.tryAcquireLease('poller', 'B', 30_000, at(50_001))).toBe(true);
  });

  it('a released lease is free at once; releasing someone else\'s lease does nothing', async () => {
    const a = await openStore();
    expect(await a.tryAcquireLease('poller', 'A', 30_000, at(0))).toBe(true);
    await a.releaseLease('poller', 'B');
    expect(await a.tryAcquireLease('poller', 'B', 30_000, at(1_000))).toBe(false);
    await a.releaseLease('poller', 'A');
    expect(await a.tryAcquireLease('poller', 'B', 30_000, at(1_000))).toBe(true);
  });

  it('of many replicas racing for a free lease, exactly one wins', async () => {
    const schema = db.newSchema();
    const stores = [await openStore(schema), await openStore(schema), await openStore(schema)];
    const wins = await Promise.all(
      Array.from({ length: 12 }, (_, i) => stores[i % 3]!.tryAcquireLease('scheduler', `R${i}`, 30_000, at(0))),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('leases with different names are independent', async () => {
    const a = await openStore();
    expect(await a.tryAcquireLease('poller', 'A', 30_000, at(0))).toBe(true);
    expect(await a.tryAcquireLease('scheduler', 'B', 30_000, at(0))).toBe(true);
  });
});

describe('PgStore replicas: baseline', () => {
  it('confirmations applied by two replicas at once are all counted, none lost', async () => {
    const schema = db.newSchema();
    const [a, b] = [await openStore(schema), await openStore(schema)];
    const seed = makeBaselineEntry();
    await a.seedBaseline([seed]);
    const sources = Array.from({ length: 10 }, (_, i) => `Wire ${i}`);
    await Promise.all(sources.map((source, i) => (i % 2 ? a : b).applyComparison(
      { fact: seed.fact, status: 'confirms', previous: seed, key: seed.key }, { date: '2024-01', source, itemId: `i${i}` },
    )));
    const latest = await b.getBaselineEntry('US', seed.key);
    expect(latest).toMatchObject({ ...seed, corroboration: 11 });
    expect([...latest!.sources!].sort()).toEqual(['config', ...sources].sort());
    const counts = (await a.baselineHistory('US', seed.key)).map((h) => h.corroboration);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a subject first learned by two replicas at once gets one latest value', async () => {
    const schema = db.newSchema();
    const [a, b] = [await openStore(schema), await openStore(schema)];
    const fact = thresholdFact(1000);
    const key = 'threshold:creator_followers';
    await Promise.all([
      a.applyComparison({ fact, status: 'new', previous: null, key }, { date: '2025-01', source: 'Wire A', itemId: 'a' }),
      b.applyComparison({ fact, status: 'new', previous: null, key }, { date: '2025-01', source: 'Wire B', itemId: 'b' }),
    ]);
    expect(await a.baselineEntries()).toHaveLength(1);
    expect(await a.baselineHistory('US', key)).toHaveLength(2);
  });
});

describe('PgStore migrations', () => {
  it('replicas starting together migrate the schema once', async () => {
    const schema = db.newSchema();
    const stores = await Promise.all([openStore(schema), openStore(schema), openStore(schema)]);
    const versions = PG_MIGRATIONS.map((m) => m.version);
    expect(stores.flatMap((s) => s.migrationsApplied).sort()).toEqual(versions);
    const rows = await db.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual(versions);
    // All of them work on the same tables.
    await stores[0]!.enqueue({ key: 'notice:slack:C1:1', platform: 'slack', channelId: 'C1', kind: 'notice', message: message('n'), now: T0 });
    expect(await stores[2]!.depth()).toEqual({ pending: 1, dead: 0, sent: 0 });
  });

  it('reopening a migrated schema applies nothing and keeps the data', async () => {
    const schema = db.newSchema();
    const first = await openStore(schema);
    await enqueueMany(first, 3);
    await first.close();
    opened.splice(opened.indexOf(first), 1);
    const again = await openStore(schema);
    expect(again.migrationsApplied).toEqual([]);
    expect((await again.depth()).pending).toBe(3);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(PgStore.open({ connectionString: db.connectionString, schema: 'x; DROP TABLE outbox' }))
      .rejects.toThrow(/schema/);
  });
});


describe('openStore with DATABASE_URL', () => {
  it('opens the Postgres store in its own schema', async () => {
    const { openStore } = await import('../../src/store/open-store.ts');
    const { PgStore } = await import('../../src/store/postgres/pg-store.ts');
    const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `t_open_${process.pid}_${Date.now().toString(36)}`;
    const store = await openStore({ databaseUrl: url, databaseSchema: schema, sqlitePath: ':memory:' });
    try {
      expect(store).toBeInstanceOf(PgStore);
      expect(await store.claimDigestRun('slack', 'C1', 'weekly:2026-W01', '2026-01-05T01:00:00.000Z')).toBe(true);
      expect(await store.claimDigestRun('slack', 'C1', 'weekly:2026-W01', '2026-01-05T01:00:00.000Z')).toBe(false);
    } finally {
      await store.close();
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});

describe('Postgres: migrating subscriptions to rules', () => {
  it('turns each existing row into its market × tag rules and keeps its digest', async () => {
    const { migratePg } = await import('../../src/store/postgres/pg-migrations.ts');
    const pgModule = (await import('pg')).default;
    const schema = db.newSchema();
    const pool = new pgModule.Pool({ connectionString: db.connectionString, max: 1 });
    try {
      await migratePg(pool, schema, PG_MIGRATIONS.slice(0, 1));
      const digest = { cadence: 'daily', day: 1, hour: 8, timeZone: 'Asia/Shanghai' };
      await pool.query(`INSERT INTO "${schema}".subscriptions (platform, channel_id, markets, tags, min_severity, digest, created_by)
        VALUES ('slack', 'C1', '["US","SEA"]', '["ban"]', 'high', $1, 'U1'), ('discord', '42', '[]', '[]', 'low', $1, NULL)`, [JSON.stringify(digest)]);
    } finally {
      await pool.end();
    }
    const store = await openStore(schema);
    expect(await store.subscriptionsForChannel('slack', 'C1')).toEqual([{
      platform: 'slack', channelId: 'C1', createdBy: 'U1', digest: { cadence: 'daily', day: 1, hour: 8, timeZone: 'Asia/Shanghai' },
      rules: [
        { market: 'US', tag: 'ban', minSeverity: 'high', confirms: false },
        { market: 'SEA', tag: 'ban', minSeverity: 'high', confirms: false },
      ],
    }]);
    expect((await store.subscriptionsForChannel('discord', '42'))[0]!.rules).toEqual([{ market: null, tag: null, minSeverity: 'low', confirms: false }]);
  });
});

describe('Postgres: migrating reported changes to value columns', () => {
  it('finds the reports stored before by their value, as it finds new ones', async () => {
    const { migratePg } = await import('../../src/store/postgres/pg-migrations.ts');
    const { OLD_REPORTS, VALUE_QUERIES } = await import('./report-value-migration-cases.ts');
    const pgModule = (await import('pg')).default;
    const schema = db.newSchema();
    const pool = new pgModule.Pool({ connectionString: db.connectionString, max: 1 });
    try {
      await migratePg(pool, schema, PG_MIGRATIONS.filter((m) => m.version <= 4));
      for (const r of OLD_REPORTS) {
        await pool.query(`INSERT INTO "${schema}".reported_changes (market, key, fact, date, source, outlet, outlet_key, state, created_at)
          VALUES ('US', $1, $2, '2026-11-30', 'https://a.example/x', 'A', 'a.example', 'pending', '2026-12-01T10:00:00.000Z')`, [r.key, JSON.stringify(r.fact)]);
      }
    } finally {
      await pool.end();
    }
    const store = await openStore(schema);
    for (const q of VALUE_QUERIES) {
      const found = await store.listReports({ market: 'US', key: q.key, states: ['pending'], sameValueAs: q.fact });
      expect(found.map((r) => OLD_REPORTS.findIndex((o) => JSON.stringify(o.fact) === JSON.stringify(r.fact))), JSON.stringify(q.fact)).toEqual(q.expected);
    }
  });
});
