// Postgres migration 4: the outlets counted in a value's corroboration (NULL on rows from before: just `source`),
// and the baseline file's entries the store has taken in, by content hash (app/merge-baseline-file.ts).
export const PG_OUTLETS_AND_FILE_ENTRIES = `
ALTER TABLE baseline_latest ADD COLUMN sources JSON;
CREATE TABLE baseline_file_entries (
  hash TEXT COLLATE "C" PRIMARY KEY,
  market TEXT NOT NULL,
  key TEXT NOT NULL,
  seen_at TIMESTAMPTZ NOT NULL
);
`;
