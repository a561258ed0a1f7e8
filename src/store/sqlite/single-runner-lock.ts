// One `run` per SQLite file. Two bots on one file would both claim and send the same outbox entries (SQLite has
// no row claims like Postgres's SKIP LOCKED), so the second one is refused at start. The lock is SQLite's own
// exclusive file lock on a small companion file, held by an open transaction for the life of the process: the
// operating system drops it when the process ends in any way (kill -9 included), so there is no stale lock to
// clean up. The CLI (`outbox`, `status`, …) does not take it and keeps working beside the running bot.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StartupError } from '../../core/startup-error.ts';

/** Held locks, so the connection (and its lock) lives as long as the process, not as long as a variable. */
const held = new Set<Database.Database>();

export function lockFileFor(sqlitePath: string): string {
  return `${path.resolve(sqlitePath)}.run-lock`;
}

/** Takes the lock for `sqlitePath` or throws a StartupError saying another bot holds it. Returns a release function. */
export function acquireSingleRunnerLock(sqlitePath: string): () => void {
  if (sqlitePath === ':memory:' || sqlitePath === '') return () => undefined;
  const file = lockFileFor(sqlitePath);
  let db: Database.Database;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { timeout: 0 });
  } catch {
    // The directory cannot be written: opening the database itself reports that, naming the fix.
    return () => undefined;
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (cause) {
    db.close();
    if ((cause as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StartupError(
        `another tts-radar bot is already running on ${path.resolve(sqlitePath)} (it holds ${file}). `
        + 'Two bots on one SQLite file would post every alert twice: stop the other one first, give this one its own '
        + 'SQLITE_PATH, or run several replicas on PostgreSQL (DATABASE_URL).', { cause });
    }
    throw cause;
  }
  held.add(db);
  return () => {
    held.delete(db);
    if (db.open) db.close();
  };
}
