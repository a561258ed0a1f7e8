// The SQLite store copies its write-ahead log into the database file from a worker thread, not inside the COMMIT
// of a feed's batch (src/store/sqlite/background-checkpoint.ts). What must hold: what a batch committed reaches the
// database file itself soon after, without the writer's COMMIT doing it; closing the store leaves one complete file
// (the log folded in and removed); and a store that opts out does as SQLite does by itself.
import { copyFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeClassifiedItem, T0 } from './fixtures.ts';

const dirs: string[] = [];
afterAll(async () => { await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))); });
async function storeFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-ckpt-'));
  dirs.push(dir);
  return path.join(dir, 'radar.sqlite');
}

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
    const file = await storeFile();
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
    const file = await storeFile();
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
    const file = await storeFile();
    const store = SqliteStore.open(file, { backgroundCheckpoint: false });
    await ingestBatches(store, 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(itemsInFileAlone(file)).toBe(0);
    expect(await store.countItems()).toBe(15);
    await store.close();
    expect(itemsInFileAlone(file)).toBe(15);
  });
});
