// Postgres migration 5: copies of the fact's value fields in the subject index, so the pending reports of one value
// are found without reading the others (store/same-value-filter.ts, docs/adr/report-value-columns.md). Rows from
// before are filled from their fact. Mirrors the SQLite step of the same name.
export const PG_REPORT_VALUE_COLUMNS = `
ALTER TABLE reported_changes
  ADD COLUMN fact_low_usd DOUBLE PRECISION,
  ADD COLUMN fact_high_usd DOUBLE PRECISION,
  ADD COLUMN fact_from DOUBLE PRECISION,
  ADD COLUMN fact_to DOUBLE PRECISION,
  ADD COLUMN fact_date TEXT,
  ADD COLUMN fact_by TEXT;
UPDATE reported_changes SET
  fact_low_usd = CASE WHEN json_typeof(fact->'low_usd') = 'number' THEN (fact->>'low_usd')::float8 END,
  fact_high_usd = CASE WHEN json_typeof(fact->'high_usd') = 'number' THEN (fact->>'high_usd')::float8 END,
  fact_from = CASE WHEN json_typeof(fact->'from') = 'number' THEN (fact->>'from')::float8 END,
  fact_to = CASE WHEN json_typeof(fact->'to') = 'number' THEN (fact->>'to')::float8 END,
  fact_date = CASE WHEN json_typeof(fact->'date') = 'string' THEN fact->>'date' END,
  fact_by = CASE WHEN json_typeof(fact->'by') = 'string' THEN fact->>'by' END;
CREATE INDEX reported_changes_value ON reported_changes (market, key, state, id) INCLUDE (fact_low_usd, fact_high_usd, fact_from, fact_to, fact_date, fact_by);
DROP INDEX reported_changes_subject;
`;
