// SqliteStore on real files in a temp directory: the shared store contract, plus what only SQLite has —
// the file and its directory, WAL, migrations on every start, a second process on the same file.
import { copyFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports.ts';
import { runMigrations, SQLITE_MIGRATIONS, schemaVersion } from '../../src/store/sqlite/migrations.ts';
import { SqliteStore, WAL_AUTOCHECKPOINT_PAGES } from '../../src/store/sqlite/sqlite-store.ts';
import { at, makeBaselineEntry, makeClassifiedItem, makeMessage, T0 } from './fixtures.ts';
import { runStoreContract } from './store-contract.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-store-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const files = new WeakMap<Store, string>();
runStoreContract('SqliteStore (temp file)', async () => {
  const file = path.join(await tempDir(), 'radar.sqlite');
  const store = SqliteStore.open(file);
  files.set(store, file);
  return store;
}, {
  async reopen(store) {
    const file = files.get(store)!;
    await store.close();
    const again = SqliteStore.open(file);
    files.set(again, file);
    return again;
  },
});

describe('SqliteStore on a file', () => {
  const opened: { close(): unknown }[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });
  const open = (file: string, opts?: Parameters<typeof SqliteStore.open>[1]) => {
    const store = SqliteStore.open(file, opts);
    opened.push(store);
    return store;
  };
  const raw = (file: string) => {
    const db = new Database(file, { readonly: true });
    opened.push(db);
    return db;
  };

  it('creates the file and any missing directories, and everything is still there after reopening', async () => {
    const file = path.join(await tempDir(), 'data', 'nested', 'radar.sqlite');
    const first = SqliteStore.open(file);
    await first.saveClassifiedItem(makeClassifiedItem({ id: 'a' }), T0);
    await first.seedBaseline([makeBaselineEntry()]);
    await first.enqueue({ key: 'alert:slack:C1:a', platform: 'slack', channelId: 'C1', kind: 'alert', message: makeMessage('A'), now: T0 });
    await first.close();
    await first.close(); // closing twice is harmless (shutdown paths may overlap)

    const again = open(file);
    expect(await again.knownItemIds(['a'])).toEqual(new Set(['a']));
    expect(await again.getBaselineEntry('US', makeBaselineEntry().key)).toEqual(makeBaselineEntry());
    expect((await again.due(T0, 10)).map((e) => e.key)).toEqual(['alert:slack:C1:a']);
  });

  it('writes in WAL mode so commands can read while the poller writes', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    open(file);
    expect(raw(file).pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('migrates a new file to the newest schema once; reopening applies nothing again and keeps the data', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const newest = SQLITE_MIGRATIONS.at(-1)!.version;
    const store = SqliteStore.open(file);
    await store.saveClassifiedItem(makeClassifiedItem({ id: 'kept' }), T0);
    await store.close();
    expect(schemaVersion(raw(file))).toBe(newest);

    const db = new Database(file);
    opened.push(db);
    expect(runMigrations(db)).toEqual([]);
    expect(runMigrations(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(newest);
    expect(await open(file).countItems()).toBe(1);
  });

  it('applies only the steps a database lacks, in order', async () => {
    const db = new Database(':memory:');
    opened.push(db);
    const steps = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'b', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' },
    ];
    expect(runMigrations(db, steps.slice(0, 1))).toEqual([1]);
    expect(runMigrations(db, steps)).toEqual([2]);
    expect(runMigrations(db, steps)).toEqual([]);
    expect(db.prepare('SELECT name FROM pragma_table_info(\'a\') ORDER BY cid').pluck().all()).toEqual(['x', 'y']);
  });

  it('leaves the database as it was when a migration step fails', async () => {
    const db = new Database(':memory:');
    opened.push(db);
    const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE half (x INTEGER); CREATE TABLE half (x INTEGER);' }];
    expect(() => runMigrations(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  });

  it('refuses a database written by a newer release, saying what to do', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => SqliteStore.open(file)).toThrow(/schema version 999.*upgrade tts-radar/);
  });

  it('lets a second process (the CLI beside the bot) read and write the same file', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const bot = open(file);
    const cli = open(file);
    await bot.saveClassifiedItem(makeClassifiedItem({ id: 'seen-by-bot' }), T0);
    expect(await cli.countItems()).toBe(1);
    await cli.upsertSubscription({ platform: 'slack', channelId: 'C1', rules: [{ market: null, tag: null, minSeverity: 'low', confirms: false }], digest: { cadence: 'off', day: 1, hour: 9, timeZone: 'UTC' } });
    expect(await bot.listSubscriptions()).toHaveLength(1);
  });

  it('stamps baseline history with the injected clock', async () => {
    const store = open(':memory:', { clock: { now: () => new Date(at(42_000)) } });
    await store.seedBaseline([makeBaselineEntry()]);
    expect((await store.baselineHistory('US', makeBaselineEntry().key)).map((h) => h.recordedAt)).toEqual([at(42_000)]);
  });

  it('accepts times in other ISO shapes and returns them in one shape, so due entries are found', async () => {
    const store = open(':memory:');
    const { entry } = await store.enqueue({ key: 'k', platform: 'slack', channelId: 'C1', kind: 'notice', message: makeMessage('N'), now: '2026-03-02T10:00:00+01:00' });
    expect(entry.nextAttemptAt).toBe(T0);
    expect(await store.due('2026-03-02T09:00:00Z', 10)).toHaveLength(1);
    expect(await store.due('2026-03-02T09:59:59+01:00', 10)).toEqual([]);
  });
});

// The WAL is copied into the database file by a COMMIT only once it holds WAL_AUTOCHECKPOINT_PAGES pages (more than
// SQLite's default, src/store/sqlite/sqlite-store.ts). What must hold: until then what a batch committed is in the
// log and read from there; closing the store folds the log into one complete file and removes it.
/** Items found in the database file alone, as if its WAL were lost: what checkpoints have copied in. */
function itemsInFileAlone(file: string): number {
  const copy = `${file}.alone`;
  copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    // Even the tables are still in the log until a checkpoint has run once.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'items'").get()) return 0;
    return (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

let batchNo = 0;
async function ingestBatches(store: SqliteStore, batches: number, perBatch = 5): Promise<void> {
  for (let b = 0; b < batches; b++) {
    const n = batchNo++;
    await store.runInBatch(async (tx) => {
      for (let i = 0; i < perBatch; i++) await tx.saveClassifiedItem(makeClassifiedItem({ id: `item-${n}-${i}` }), T0);
    });
  }
}

describe('the write-ahead log', () => {
  it('keeps committed batches in the log, read from there, and folds it into one complete file on close', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const store = SqliteStore.open(file);
    await ingestBatches(store, 4);
    expect(await store.countItems()).toBe(20);
    expect(itemsInFileAlone(file)).toBe(0);
    const reader = SqliteStore.open(file);
    expect(await reader.countItems()).toBe(20);
    await reader.close();
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(itemsInFileAlone(file)).toBe(20);
    const again = SqliteStore.open(file);
    expect(await again.countItems()).toBe(20);
    await again.close();
  });

  it('is copied into the file by the COMMIT that takes it past WAL_AUTOCHECKPOINT_PAGES pages', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const store = SqliteStore.open(file);
    const long = 'x'.repeat(3000);
    let batches = 0;
    // About one page an item: the log passes the mark after some 10,000 items, and the file then has them.
    while (itemsInFileAlone(file) === 0 && batches < 400) {
      const n = batches++;
      await store.runInBatch(async (tx) => {
        for (let i = 0; i < 50; i++) await tx.saveClassifiedItem(makeClassifiedItem({ id: `long-${n}-${i}`, tags: [], item: { summary: long } }), T0);
      });
    }
    expect(batches * 50).toBeGreaterThan(WAL_AUTOCHECKPOINT_PAGES / 2);
    expect(batches * 50).toBeLessThanOrEqual(WAL_AUTOCHECKPOINT_PAGES * 1.1);
    expect(itemsInFileAlone(file)).toBe(batches * 50);
    await store.close();
  });
});
