// Migration 1: the tables, columns and indexes of the SQLite store (src/store/sqlite/migrations.ts) in Postgres
// dialect, plus what replicas need: outbox claims (claimed_by, claimed_until) and leases.
// Instants are TIMESTAMPTZ (read back as ISO strings with milliseconds and 'Z', see pg-connection.ts); report
// dates of the baseline ("2024", "2024-05") and feed publication dates stay text, as given. Objects read back
// whole (facts, comparisons, clusters, messages, digest schedules) are JSON, which keeps the text as written,
// like SQLite's TEXT: JSONB would reorder object keys, and the pipeline compares facts by their JSON text.
// Lists of market codes and tags are JSONB, whose arrays keep their order and which the queries can filter on.
// Text columns that results are ordered by use the "C" collation: byte order, as SQLite compares, whatever
// locale the database was created with.
export const PG_SCHEMA_V1 = `
CREATE TABLE feed_state (
  feed_id TEXT COLLATE "C" PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_attempt_at TIMESTAMPTZ,
  last_success_at TIMESTAMPTZ,
  next_attempt_at TIMESTAMPTZ,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  seeded BOOLEAN NOT NULL DEFAULT FALSE
);

-- published is kept as the feed gave it; sort_time orders /tts latest: the publication time, or the fetch time
-- when the feed gave none or a future one.
CREATE TABLE items (
  id TEXT COLLATE "C" PRIMARY KEY,
  feed_id TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  link TEXT,
  published TEXT,
  lang TEXT NOT NULL,
  source TEXT NOT NULL,
  fetched_at TIMESTAMPTZ NOT NULL,
  sort_time TIMESTAMPTZ NOT NULL,
  cluster_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  tags JSONB NOT NULL,
  markets JSONB NOT NULL,
  facts JSON NOT NULL,
  comparisons JSON NOT NULL
);
-- itemsBetween: the items first seen in a period (digests).
CREATE INDEX items_fetched_at ON items (fetched_at, id);

-- One row per (market or '*', tag or '*') of each tagged item, so every /tts latest filter (none, market, tag,
-- both) is one backwards range scan of the primary key.
CREATE TABLE item_tags (
  market TEXT COLLATE "C" NOT NULL,
  tag TEXT COLLATE "C" NOT NULL,
  sort_time TIMESTAMPTZ NOT NULL,
  item_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (market, tag, sort_time, item_id)
);

CREATE TABLE clusters (
  id TEXT COLLATE "C" PRIMARY KEY,
  first_seen TIMESTAMPTZ NOT NULL,
  last_seen TIMESTAMPTZ NOT NULL,
  data JSON NOT NULL
);
CREATE INDEX clusters_last_seen ON clusters (last_seen);

CREATE TABLE baseline_latest (
  market TEXT COLLATE "C" NOT NULL,
  key TEXT COLLATE "C" NOT NULL,
  fact JSON NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  label TEXT,
  corroboration INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (market, key)
);

-- Append-only: every value ever recorded for a subject, oldest first by id.
CREATE TABLE baseline_history (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  market TEXT NOT NULL,
  key TEXT NOT NULL,
  fact JSON NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  label TEXT,
  corroboration INTEGER NOT NULL,
  item_id TEXT,
  recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX baseline_history_subject ON baseline_history (market, key, id);

CREATE TABLE subscriptions (
  platform TEXT COLLATE "C" NOT NULL,
  channel_id TEXT COLLATE "C" NOT NULL,
  markets JSONB NOT NULL,
  tags JSONB NOT NULL,
  min_severity TEXT NOT NULL,
  digest JSON NOT NULL,
  created_by TEXT,
  PRIMARY KEY (platform, channel_id)
);

CREATE TABLE outbox (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('alert', 'alert_update', 'digest', 'notice')),
  message JSON NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_error TEXT,
  remote_id TEXT,
  updates_key TEXT,
  cluster_id TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  sent_at TIMESTAMPTZ,
  -- Which replica is delivering the entry, and until when its claim holds (claimDueOutbox).
  claimed_by TEXT,
  claimed_until TIMESTAMPTZ
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE digest_runs (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  period_key TEXT NOT NULL,
  ran_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, channel_id, period_key)
);

CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  until TIMESTAMPTZ NOT NULL
);
`;
