// A store written before reports kept their values in columns still finds the pending reports of one value: the
// migration fills the columns from each stored fact.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMigrations, SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { OLD_REPORTS, VALUE_QUERIES } from './report-value-migration-cases.ts';

const dirs: string[] = [];
afterEach(async () => { await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))); });

describe('SQLite: migrating reported changes to value columns', () => {
  it('finds the reports stored before by their value, as it finds new ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tts-report-values-'));
    dirs.push(dir);
    const file = path.join(dir, 'old.sqlite');
    const db = new Database(file);
    runMigrations(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 4));
    const insert = db.prepare(`INSERT INTO reported_changes (market, key, fact, date, source, outlet, outlet_key, state, created_at)
      VALUES ('US', ?, ?, '2026-11-30', 'https://a.example/x', 'A', 'a.example', 'pending', '2026-12-01T10:00:00.000Z')`);
    for (const r of OLD_REPORTS) insert.run(r.key, JSON.stringify(r.fact));
    db.close();

    const store = SqliteStore.open(file);
    try {
      for (const q of VALUE_QUERIES) {
        const found = await store.listReports({ market: 'US', key: q.key, states: ['pending'], sameValueAs: q.fact });
        expect(found.map((r) => OLD_REPORTS.findIndex((o) => JSON.stringify(o.fact) === JSON.stringify(r.fact))), JSON.stringify(q.fact)).toEqual(q.expected);
      }
    } finally {
      await store.close();
    }
  });
});
