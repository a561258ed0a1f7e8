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
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
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

// WAL checkpoints run on a second connection in a worker thread, not inside the COMMIT of a feed's batch
// (src/store/sqlite/background-checkpoint.ts). What must hold: what a batch committed reaches the database file itself
// soon after, without the writer's COMMIT doing it; closing the store leaves one complete file (the log folded in and
// removed); and a store that opts out does as SQLite does by itself.
/**
 * Items found in the database file alone, as if its WAL were lost: what checkpoints have copied in. -1 when the copy
 * caught a checkpoint half-way (the copy is not atomic; the next look is).
 */
function itemsInFileAlone(file: string): number {
  const copy = `${file}.alone`;
  copyFileSync(file, copy);
  let db: Database.Database | null = null;
  try {
    db = new Database(copy, { readonly: true });
    // Even the tables are still in the log until a checkpoint has run once.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'items'").get()) return 0;
    return (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') return -1;
    throw error;
  } finally {
    db?.close();
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

async function eventually(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

describe('WAL checkpoints beside the writer', () => {
  it('copies what the batches committed into the database file soon after, though no COMMIT filled the log', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const store = SqliteStore.open(file);
    await ingestBatches(store, 3);
    // Three small batches are far below the 1,000 pages at which SQLite's own checkpoint would run.
    expect(await eventually(() => itemsInFileAlone(file) === 15)).toBe(true);
    await ingestBatches(store, 2);
    expect(await eventually(() => itemsInFileAlone(file) === 25)).toBe(true);
    expect(await store.countItems()).toBe(25);
    await store.close();
  });

  it('closes to one complete file: every item there, the log folded in and removed', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const store = SqliteStore.open(file);
    await ingestBatches(store, 4);
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(itemsInFileAlone(file)).toBe(20);
    const again = SqliteStore.open(file);
    expect(await again.countItems()).toBe(20);
    await again.close();
  });

  it('opted out, leaves small batches in the log until SQLite checkpoints by itself', async () => {
    const file = path.join(await tempDir(), 'radar.sqlite');
    const store = SqliteStore.open(file, { backgroundCheckpoint: false });
    await ingestBatches(store, 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(itemsInFileAlone(file)).toBe(0);
    expect(await store.countItems()).toBe(15);
    await store.close();
    expect(itemsInFileAlone(file)).toBe(15);
  });
});
