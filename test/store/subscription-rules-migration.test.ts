// A store written before subscriptions became rules keeps what each channel followed: markets × tags turn into
// one rule each, "all" into null, with the old severity; confirmations now go to the digest only.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMigrations, SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';

const dirs: string[] = [];
afterEach(async () => { await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))); });

describe('SQLite: migrating subscriptions to rules', () => {
  it('turns each existing row into its market × tag rules and keeps its digest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tts-subs-migrate-'));
    dirs.push(dir);
    const file = path.join(dir, 'old.sqlite');
    const db = new Database(file);
    runMigrations(db, SQLITE_MIGRATIONS.slice(0, 1));
    const insert = db.prepare('INSERT INTO subscriptions (platform, channel_id, markets, tags, min_severity, digest, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const digest = JSON.stringify({ cadence: 'daily', day: 1, hour: 8, timeZone: 'Asia/Shanghai' });
    insert.run('slack', 'C1', '["US","SEA"]', '["ban","gmv_figure"]', 'high', digest, 'U1');
    insert.run('discord', '42', '[]', '[]', 'low', digest, null);
    db.close();

    const store = SqliteStore.open(file);
    try {
      expect(await store.subscriptionsForChannel('slack', 'C1')).toEqual([{
        platform: 'slack', channelId: 'C1', createdBy: 'U1', digest: JSON.parse(digest),
        rules: [
          { market: 'US', tag: 'ban', minSeverity: 'high', confirms: false },
          { market: 'US', tag: 'gmv_figure', minSeverity: 'high', confirms: false },
          { market: 'SEA', tag: 'ban', minSeverity: 'high', confirms: false },
          { market: 'SEA', tag: 'gmv_figure', minSeverity: 'high', confirms: false },
        ],
      }]);
      expect((await store.subscriptionsForChannel('discord', '42'))[0]!.rules).toEqual([{ market: null, tag: null, minSeverity: 'low', confirms: false }]);
    } finally {
      await store.close();
    }
  });
});
