// Migration 3 (issue 13): reported changes wait here until a second outlet, a trusted source or a user settles
// them; history rows of a rejected item stop counting. Mirrors the SQLite step of the same name.
export const PG_SCHEMA_REPORTED_CHANGES = `
CREATE TABLE reported_changes (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  market TEXT COLLATE "C" NOT NULL,
  key TEXT COLLATE "C" NOT NULL,
  fact JSON NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  outlet TEXT NOT NULL,
  outlet_key TEXT NOT NULL,
  item_id TEXT,
  cluster_id TEXT,
  state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'accepted', 'rejected')),
  reason TEXT,
  applied BOOLEAN NOT NULL DEFAULT FALSE,
  replaced JSON,
  created_at TIMESTAMPTZ NOT NULL,
  settled_at TIMESTAMPTZ,
  settled_by TEXT
);
CREATE INDEX reported_changes_subject ON reported_changes (market, key, state);
CREATE INDEX reported_changes_cluster ON reported_changes (cluster_id);
ALTER TABLE baseline_history ADD COLUMN rejected BOOLEAN NOT NULL DEFAULT FALSE;
`;
