// Inside a feed's batch, SQLite answers the evidence look-up ("a pending report of this value from another
// outlet?") from memory (src/store/sqlite/pending-reports-memo.ts). What a person would notice if that memory were
// stale: a report rejected from the CLI still corroborating the next article, or a report of a batch that failed
// (and was rolled back) confirming a value nobody stored. These check that the batch sees what the file holds.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeNewReport, thresholdFact } from './fixtures.ts';

const report = makeNewReport;

const dirs: string[] = [];
afterAll(async () => { await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))); });
async function storeFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-memo-'));
  dirs.push(dir);
  return path.join(dir, 'radar.sqlite');
}

const KEY = 'threshold:creator_followers';
/** The look-up ingest makes for a second outlet's article of the same value. */
const fromOthers = { market: 'US' as const, key: KEY, states: ['pending' as const], sameValueAs: thresholdFact(5000), notFromOutletKey: 'two.example' };

describe('the evidence look-up inside a batch', () => {
  it('finds a report written in an earlier batch and one written earlier in the same batch, newest first', async () => {
    const store = SqliteStore.open(await storeFile());
    const first = await store.runInBatch(async (tx) => {
      expect(await tx.listReports(fromOthers)).toEqual([]);
      return tx.addReport(report());
    });
    const ids = await store.runInBatch(async (tx) => {
      const second = await tx.addReport(report({ itemId: 'item-b', source: 'https://one.example/b' }));
      await tx.addReport(report({ itemId: 'item-c', fact: thresholdFact(9000) }));
      await tx.addReport(report({ itemId: 'item-d', outletKey: 'two.example', outlet: 'Two' }));
      return (await tx.listReports(fromOthers)).map((r) => r.id).concat([second.id]);
    });
    expect(ids.slice(0, 2)).toEqual([ids[2], first.id]);
    expect(await store.listReports(fromOthers)).toEqual(await store.runInBatch((tx) => tx.listReports(fromOthers)));
    await store.close();
  });

  it('no longer counts a report another process (the CLI) rejected between two batches', async () => {
    const file = await storeFile();
    const bot = SqliteStore.open(file);
    const pending = await bot.runInBatch(async (tx) => {
      const r = await tx.addReport(report());
      expect((await tx.listReports(fromOthers)).map((x) => x.id)).toEqual([r.id]);
      return r;
    });
    const cli = SqliteStore.open(file);
    await cli.updateReport(pending.id, { state: 'rejected', reason: 'rejected by U1', settledAt: '2026-12-01T11:00:00.000Z', settledBy: 'U1' });
    await cli.addReport(report({ itemId: 'item-e', fact: thresholdFact(5000), outletKey: 'three.example', outlet: 'Three' }));
    await cli.close();
    const seen = await bot.runInBatch(async (tx) => (await tx.listReports(fromOthers)).map((x) => x.outletKey));
    expect(seen).toEqual(['three.example']);
    await bot.close();
  });

  it('forgets the reports of a batch that failed and was rolled back', async () => {
    const store = SqliteStore.open(await storeFile());
    await store.runInBatch(async (tx) => { await tx.listReports(fromOthers); });
    await expect(store.runInBatch(async (tx) => {
      await tx.addReport(report());
      expect(await tx.listReports(fromOthers)).toHaveLength(1);
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(await store.runInBatch((tx) => tx.listReports(fromOthers))).toEqual([]);
    // The id of the rolled-back report is given again: the next report is found, the lost one is not.
    const again = await store.runInBatch(async (tx) => {
      await tx.addReport(report({ itemId: 'item-f' }));
      return tx.listReports(fromOthers);
    });
    expect(again.map((r) => r.itemId)).toEqual(['item-f']);
    await store.close();
  });

  it('keeps only the newest 100 pending reports of a subject in its window, as the query does', async () => {
    const store = SqliteStore.open(await storeFile());
    const ids = await store.runInBatch(async (tx) => {
      await tx.listReports(fromOthers);
      const out: number[] = [];
      for (let i = 0; i < 105; i++) out.push((await tx.addReport(report({ itemId: `item-${i}`, fact: thresholdFact(i < 3 ? 5000 : 7000) }))).id);
      return out;
    });
    // The three of the same value are the oldest, pushed out of the window by the 102 after them.
    expect(await store.runInBatch((tx) => tx.listReports(fromOthers))).toEqual([]);
    expect(await store.listReports(fromOthers)).toEqual([]);
    const window = await store.runInBatch((tx) => tx.listReports({ market: 'US', key: KEY, states: ['pending'] }));
    expect(window.map((r) => r.id)).toEqual(ids.slice(5).reverse());
    await store.close();
  });
});
