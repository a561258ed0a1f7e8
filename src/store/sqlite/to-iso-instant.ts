// Instants are compared as text in SQL (due outbox entries, items of a period), which orders by time only when
// every value has the one shape Date.toISOString() gives. Callers may hand in "…Z" without milliseconds or an
// offset; the store rewrites them on the way in, as Postgres does with TIMESTAMPTZ.

/** The instant in toISOString() form; text that is no readable date is kept as it is. */
export function toIsoInstant(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

export function toIsoInstantOrNull(text: string | null): string | null {
  return text === null ? null : toIsoInstant(text);
}
