// Versioned schema migrations for the SQLite store, tracked in PRAGMA user_version (kept in the database header,
// so no extra table can drift from it). Each step runs in one IMMEDIATE transaction together with the version
// bump: a crash leaves the whole step or none of it, and a second process opening the file at the same moment
// waits (busy_timeout) and then finds nothing left to do. Never edit a released step; append a new one.
import type Database from 'better-sqlite3';

export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
}

const SCHEMA_V1 = `
CREATE TABLE feed_state (
  feed_id TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_attempt_at TEXT,
  last_success_at TEXT,
  next_attempt_at TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  seeded INTEGER NOT NULL DEFAULT 0
);

-- Instants are text in Date.toISOString() form (the store normalises them), so text order is time order.
-- sort_time orders /tts latest: the publication time, or the fetch time when the feed gave none or a future one.
CREATE TABLE items (
  id TEXT PRIMARY KEY,
  feed_id TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  link TEXT,
  published TEXT,
  lang TEXT NOT NULL,
  source TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  sort_time TEXT NOT NULL,
  cluster_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  tags TEXT NOT NULL,
  markets TEXT NOT NULL,
  facts TEXT NOT NULL,
  comparisons TEXT NOT NULL
);
-- itemsBetween: the items first seen in a period (digests).
CREATE INDEX items_fetched_at ON items (fetched_at, id);

-- One row per (market or '*', tag or '*') of each tagged item, so every /tts latest filter (none, market, tag,
-- both) is one backwards range scan of the primary key instead of a scan over a million items.
CREATE TABLE item_tags (
  market TEXT NOT NULL,
  tag TEXT NOT NULL,
  sort_time TEXT NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (market, tag, sort_time, item_id)
) WITHOUT ROWID;

CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX clusters_last_seen ON clusters (last_seen);

CREATE TABLE baseline_latest (
  market TEXT NOT NULL,
  key TEXT NOT NULL,
  fact TEXT NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  label TEXT,
  corroboration INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (market, key)
);

-- Append-only: every value ever recorded for a subject, oldest first by id.
CREATE TABLE baseline_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  market TEXT NOT NULL,
  key TEXT NOT NULL,
  fact TEXT NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  label TEXT,
  corroboration INTEGER NOT NULL,
  item_id TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX baseline_history_subject ON baseline_history (market, key, id);

CREATE TABLE subscriptions (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  markets TEXT NOT NULL,
  tags TEXT NOT NULL,
  min_severity TEXT NOT NULL,
  digest TEXT NOT NULL,
  created_by TEXT,
  PRIMARY KEY (platform, channel_id)
);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('alert', 'alert_update', 'digest', 'notice')),
  message TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  remote_id TEXT,
  updates_key TEXT,
  cluster_id TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE digest_runs (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  period_key TEXT NOT NULL,
  ran_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel_id, period_key)
);
`;

// Subscriptions become rules (market × tag × severity, plus confirmations): each existing row's markets × tags
// turn into one rule each with its severity; "all" (an empty list) becomes null. Confirmations were delivered by
// default before; they now go to the digest only unless a channel asks, so migrated rules do not ask.
const SUBSCRIPTION_RULES = `
ALTER TABLE subscriptions ADD COLUMN rules TEXT NOT NULL DEFAULT '[]';
UPDATE subscriptions SET rules = (
  SELECT json_group_array(json_object('market', m.value, 'tag', t.value, 'minSeverity', subscriptions.min_severity, 'confirms', json('false')))
  FROM json_each(CASE WHEN subscriptions.markets = '[]' THEN '[null]' ELSE subscriptions.markets END) AS m,
       json_each(CASE WHEN subscriptions.tags = '[]' THEN '[null]' ELSE subscriptions.tags END) AS t
);
ALTER TABLE subscriptions DROP COLUMN markets;
ALTER TABLE subscriptions DROP COLUMN tags;
ALTER TABLE subscriptions DROP COLUMN min_severity;
`;

// Reported changes (issue 13): one outlet's word waits here until a second outlet, a trusted source or a user
// settles it; history rows of a rejected item stop counting.
const REPORTED_CHANGES = `
CREATE TABLE reported_changes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  market TEXT NOT NULL,
  key TEXT NOT NULL,
  fact TEXT NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  outlet TEXT NOT NULL,
  outlet_key TEXT NOT NULL,
  item_id TEXT,
  cluster_id TEXT,
  state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'accepted', 'rejected')),
  reason TEXT,
  applied INTEGER NOT NULL DEFAULT 0,
  replaced TEXT,
  created_at TEXT NOT NULL,
  settled_at TEXT,
  settled_by TEXT
);
CREATE INDEX reported_changes_subject ON reported_changes (market, key, state);
CREATE INDEX reported_changes_cluster ON reported_changes (cluster_id);
ALTER TABLE baseline_history ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
`;

// The outlets counted in a value's corroboration (JSON array; NULL on rows from before: just `source`), and the
// baseline file's entries the store has taken in, by content hash (app/merge-baseline-file.ts).
const OUTLETS_AND_FILE_ENTRIES = `
ALTER TABLE baseline_latest ADD COLUMN sources TEXT;
CREATE TABLE baseline_file_entries (
  hash TEXT PRIMARY KEY,
  market TEXT NOT NULL,
  key TEXT NOT NULL,
  seen_at TEXT NOT NULL
);
`;

// Copies of the fact's value fields, in the subject index, so the pending reports of one value are found from the
// index without reading the others (store/same-value-filter.ts, docs/adr/report-value-columns.md). Rows from
// before are filled from their fact; the new index starts with the columns of the one it replaces.
const REPORT_VALUE_COLUMNS = `
ALTER TABLE reported_changes ADD COLUMN fact_low_usd REAL;
ALTER TABLE reported_changes ADD COLUMN fact_high_usd REAL;
ALTER TABLE reported_changes ADD COLUMN fact_from REAL;
ALTER TABLE reported_changes ADD COLUMN fact_to REAL;
ALTER TABLE reported_changes ADD COLUMN fact_date TEXT;
ALTER TABLE reported_changes ADD COLUMN fact_by TEXT;
UPDATE reported_changes SET
  fact_low_usd = CASE json_type(fact, '$.low_usd') WHEN 'integer' THEN json_extract(fact, '$.low_usd') WHEN 'real' THEN json_extract(fact, '$.low_usd') END,
  fact_high_usd = CASE json_type(fact, '$.high_usd') WHEN 'integer' THEN json_extract(fact, '$.high_usd') WHEN 'real' THEN json_extract(fact, '$.high_usd') END,
  fact_from = CASE json_type(fact, '$.from') WHEN 'integer' THEN json_extract(fact, '$.from') WHEN 'real' THEN json_extract(fact, '$.from') END,
  fact_to = CASE json_type(fact, '$.to') WHEN 'integer' THEN json_extract(fact, '$.to') WHEN 'real' THEN json_extract(fact, '$.to') END,
  fact_date = CASE json_type(fact, '$.date') WHEN 'text' THEN json_extract(fact, '$.date') END,
  fact_by = CASE json_type(fact, '$.by') WHEN 'text' THEN json_extract(fact, '$.by') END;
CREATE INDEX reported_changes_value ON reported_changes (market, key, state, id, fact_low_usd, fact_high_usd, fact_from, fact_to, fact_date, fact_by);
DROP INDEX reported_changes_subject;
`;

/** In order of version. */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  { version: 1, name: 'initial schema', sql: SCHEMA_V1 },
  { version: 2, name: 'subscription rules', sql: SUBSCRIPTION_RULES },
  { version: 3, name: 'reported changes', sql: REPORTED_CHANGES },
  { version: 4, name: 'counted outlets and baseline file entries', sql: OUTLETS_AND_FILE_ENTRIES },
  { version: 5, name: 'report value columns', sql: REPORT_VALUE_COLUMNS },
];

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest version; returns the versions this call applied (empty when it was
 * already current). Refuses a database written by a newer release rather than guess at its tables.
 */
export function runMigrations(db: Database.Database, migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS): number[] {
  const newest = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  const step = db.transaction((m: SqliteMigration) => {
    // Read again inside the write lock: another process may have applied the step while this one waited.
    if (schemaVersion(db) >= m.version) return;
    db.exec(m.sql);
    db.pragma(`user_version = ${m.version}`);
    applied.push(m.version);
  });
  const current = schemaVersion(db);
  if (current > newest) {
    throw new Error(`the database is at schema version ${current}, newer than this release knows (${newest}); upgrade tts-radar or use another SQLITE_PATH`);
  }
  for (const m of migrations) {
    if (m.version > current) step.immediate(m);
  }
  return applied;
}
