// Migration 1: the tables of the SQLite store in Postgres dialect, plus what replicas need (outbox claims, leases).
// Instants are TIMESTAMPTZ (read back as ISO strings with milliseconds and 'Z', see pg-connection.ts); report
// dates of the baseline ("2024", "2024-05") stay text. Documents the app reads back whole (items, clusters,
// facts, messages) are JSON, which keeps the text as written like SQLite does (JSONB would reorder object keys,
// and the pipeline compares facts by their JSON text); arrays the queries filter on are JSONB.
export const PG_SCHEMA_V1 = `
CREATE TABLE feed_states (
  feed_id TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_attempt_at TIMESTAMPTZ,
  last_success_at TIMESTAMPTZ,
  next_attempt_at TIMESTAMPTZ,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  seeded BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE items (
  id TEXT PRIMARY KEY,
  feed_id TEXT NOT NULL,
  cluster_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  tags JSONB NOT NULL,
  markets JSONB NOT NULL,
  published TEXT,
  fetched_at TIMESTAMPTZ NOT NULL,
  data JSON NOT NULL
);
CREATE INDEX items_fetched_at ON items (fetched_at);
CREATE INDEX items_markets ON items USING GIN (markets);
CREATE INDEX items_tags ON items USING GIN (tags);

CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  first_seen TIMESTAMPTZ NOT NULL,
  last_seen TIMESTAMPTZ NOT NULL,
  data JSON NOT NULL
);
CREATE INDEX clusters_last_seen ON clusters (last_seen);

CREATE TABLE baseline (
  market TEXT NOT NULL,
  key TEXT NOT NULL,
  fact JSON NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  label TEXT,
  corroboration INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (market, key)
);

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
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  markets JSONB NOT NULL,
  tags JSONB NOT NULL,
  min_severity TEXT NOT NULL,
  digest_cadence TEXT NOT NULL,
  digest_day INTEGER NOT NULL,
  digest_hour INTEGER NOT NULL,
  digest_time_zone TEXT NOT NULL,
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
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';

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
