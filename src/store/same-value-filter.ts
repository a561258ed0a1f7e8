// Finding the pending reports of the same value without reading them all (docs/adr/report-value-columns.md).
// reported_changes keeps copies of the fact's value fields in columns (fact_low_usd, fact_high_usd, fact_from,
// fact_to, fact_date, fact_by) inside the subject index, and a WHERE condition on them keeps every row whose fact
// has the same value as a given one (core/baseline/compare-facts.ts `sameValue`) and few others. The condition is
// necessary, not sufficient: two amounts sameAmount calls equal differ by at most 5 % of the larger one, hence by at
// most 5.3 % of either; the condition allows 10 %, so float rounding cannot drop a match. The store applies
// sameValue itself to what gets through. Written once for both stores; the dialect names parameters.
import type { Fact } from '../core/types.ts';
import { sameValue } from '../core/baseline/compare-facts.ts';

/** The value columns in the order the stores write them. */
export const FACT_VALUE_COLUMNS = ['fact_low_usd', 'fact_high_usd', 'fact_from', 'fact_to', 'fact_date', 'fact_by'] as const;

/** The fact's value fields for FACT_VALUE_COLUMNS (null when the fact has no such field). */
export function factValueColumns(fact: Fact): (number | string | null)[] {
  const f = fact as unknown as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return [num(f.low_usd), num(f.high_usd), num(f.from), num(f.to), text(f.date), text(f.by)];
}

export interface SqlDialect {
  /** A value column as the query names it (qualified by its table's alias). */
  column(name: string): string;
  /** Adds a parameter and returns its placeholder, which may be used more than once. */
  param(value: unknown): string;
  /** Null-safe equality of a text column and a placeholder. */
  isSame(column: string, placeholder: string): string;
}

/** Amounts sameAmount may call equal to `b` lie in this window (see above). */
function window(b: number): [number, number] {
  return [b - 0.1 * Math.abs(b), b + 0.1 * Math.abs(b)];
}

/** The condition, or null when sameValue accepts any stored value (the fact states none to hold it to). */
export function sameValueCondition(fact: Fact, d: SqlDialect): string | null {
  const near = (column: string, b: number) => {
    const [lo, hi] = window(b);
    return `${column} BETWEEN ${d.param(lo)} AND ${d.param(hi)}`;
  };
  const [low, high, from, to, date, by] = FACT_VALUE_COLUMNS.map((c) => d.column(c)) as [string, string, string, string, string, string];
  switch (fact.type) {
    case 'gmv': {
      // overlaps(): the ranges [x0, x1] and [y0, y1] meet, or their nearest ends are the same amount; so x0 is not
      // above y1's window and x1 not below y0's. A stored point has one of low/high, hence the ORs. No amount at all
      // is only the same as no amount.
      const lo = fact.low_usd ?? fact.high_usd;
      const hi = fact.high_usd ?? fact.low_usd;
      if (lo === null || hi === null) return `(${low} IS NULL AND ${high} IS NULL)`;
      const top = window(Math.max(lo, hi))[1];
      const bottom = window(Math.min(lo, hi))[0];
      return `((${low} <= ${d.param(top)} OR ${high} <= ${d.param(top)}) AND (${low} >= ${d.param(bottom)} OR ${high} >= ${d.param(bottom)}))`;
    }
    case 'threshold':
      // A stored bar with no `to` is held by its `from` or by nothing; one with a `to`, by the `to` when this has one.
      if (fact.to !== null) return `(${to} IS NULL OR ${near(to, fact.to)})`;
      if (fact.from === null) return null;
      return `(${from} IS NULL OR ${near(from, fact.from)})`;
    case 'launch': {
      // sameDate(): an unstated date contradicts nothing; otherwise one date is a prefix of the other.
      if (!fact.date) return null;
      const stated = d.param(fact.date);
      return `(${date} IS NULL OR ${date} = '' OR substr(${stated}, 1, length(${date})) = ${date} OR substr(${date}, 1, length(${stated})) = ${stated})`;
    }
    case 'ban':
      return d.isSame(by, d.param(fact.by ?? null));
  }
}

/**
 * The SELECT for a report query: `selected` is its FROM … WHERE … ORDER BY … LIMIT part. With conditions (the value
 * condition on `newest.*` columns, the outlet condition on `r.outlet_key`), they pick from the newest `limit`
 * reports the other fields select (as filtering them afterwards did), reading only the value columns of the index,
 * then the rows that pass. The query names the subselect `newest` and the full row `r`.
 */
export function reportSelect(selected: string, conditions: (string | null)[]): string {
  const kept = conditions.filter((c): c is string => c !== null);
  return kept.length
    ? `SELECT r.* FROM (SELECT id, ${FACT_VALUE_COLUMNS.join(', ')} ${selected}) AS newest JOIN reported_changes r ON r.id = newest.id WHERE ${kept.join(' AND ')} ORDER BY r.id DESC`
    : `SELECT * ${selected}`;
}

/** The rows a value query keeps: the condition is necessary, sameValue decides. */
export function keepSameValue<R extends { fact: Fact }>(rows: R[], fact: Fact | undefined): R[] {
  return fact ? rows.filter((r) => sameValue(r.fact, fact)) : rows;
}
